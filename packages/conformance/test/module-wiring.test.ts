import { describeCases } from './support/cases';
import { moduleWiringCases } from './cases/module-wiring';

describeCases('bundled module namespaces, live', moduleWiringCases);
