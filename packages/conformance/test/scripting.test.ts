import { describeCases } from './support/cases';
import { describeCoverage } from './support/coverage';
import { scriptingCases, SCRIPTING_COMMANDS } from './cases/scripting';

describeCoverage('scripting', scriptingCases, SCRIPTING_COMMANDS);
describeCases('scripting', scriptingCases);
