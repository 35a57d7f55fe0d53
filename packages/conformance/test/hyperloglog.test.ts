import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { hyperloglogCases, HYPERLOGLOG_COMMANDS } from './cases/hyperloglog';

describeGroupCoverage('hyperloglog', HYPERLOGLOG_COMMANDS, hyperloglogCases);
describeCases('hyperloglog', hyperloglogCases);
