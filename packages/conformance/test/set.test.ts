import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { SET_COMMANDS, setCases } from './cases/set';

describeGroupCoverage('set', SET_COMMANDS, setCases);
describeCases('set', setCases);
