import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { LIST_COMMANDS, listCases } from './cases/list';

describeGroupCoverage('list', LIST_COMMANDS, listCases);
describeCases('list', listCases);
