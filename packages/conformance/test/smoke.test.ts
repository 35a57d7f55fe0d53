import { describeCases } from './support/cases';
import { smokeCases } from './cases/smoke';

describeCases('smoke', smokeCases);
