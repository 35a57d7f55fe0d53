import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { HASH_COMMANDS, hashCases } from './cases/hash';

describeGroupCoverage('hash', HASH_COMMANDS, hashCases);
describeCases('hash', hashCases);
