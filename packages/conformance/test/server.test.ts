import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { SERVER_COMMAND_NAMES, serverCases } from './cases/server';

describeGroupCoverage('server', SERVER_COMMAND_NAMES, serverCases);
describeCases('server', serverCases);
