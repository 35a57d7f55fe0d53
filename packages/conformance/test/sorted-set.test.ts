import { describeCases } from './support/cases';
import { describeCoverage } from './support/coverage';
import { SORTED_SET_COMMANDS, sortedSetCases } from './cases/sorted-set';

describeCoverage('sorted-set', SORTED_SET_COMMANDS, sortedSetCases);
describeCases('sorted-set', sortedSetCases);
