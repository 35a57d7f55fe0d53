import { describeCases } from './support/cases';
import { describeCoverage } from './support/coverage';
import { GEO_COMMANDS, geoCases } from './cases/geo';

describeCoverage('geo', GEO_COMMANDS, geoCases);
describeCases('geo', geoCases);
