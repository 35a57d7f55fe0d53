import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { scriptingCases, SCRIPTING_COMMANDS } from './cases/scripting';

describeGroupCoverage('scripting', SCRIPTING_COMMANDS, scriptingCases);
describeCases('scripting', scriptingCases);
