import { describeCases } from './support/cases';
import { describeCoverage } from './support/coverage';
import { stringCases, STRING_COMMANDS } from './cases/string';

describeCoverage('string', stringCases, STRING_COMMANDS);
describeCases('string', stringCases);
