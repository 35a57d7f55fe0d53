import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { VECTOR_SET_COMMAND_NAMES, vectorSetCases } from './cases/vector-set';

describeGroupCoverage('vector-set', VECTOR_SET_COMMAND_NAMES, vectorSetCases);
describeCases('vector-set', vectorSetCases);
