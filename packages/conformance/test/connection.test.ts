import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { CONNECTION_COMMAND_NAMES, connectionCases } from './cases/connection';

describeGroupCoverage('connection', CONNECTION_COMMAND_NAMES, connectionCases);
describeCases('connection', connectionCases);
