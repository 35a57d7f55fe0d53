import { describeCases } from './support/cases';
import { describeCoverage } from './support/coverage';
import { hyperloglogCases, HYPERLOGLOG_COMMANDS } from './cases/hyperloglog';

describeCoverage('hyperloglog', hyperloglogCases, HYPERLOGLOG_COMMANDS);
describeCases('hyperloglog', hyperloglogCases);
