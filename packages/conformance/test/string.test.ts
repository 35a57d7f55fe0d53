import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { stringCases, STRING_COMMANDS } from './cases/string';

describeGroupCoverage('string', STRING_COMMANDS, stringCases);
describeCases('string', stringCases);
