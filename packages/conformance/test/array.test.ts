import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { ARRAY_COMMAND_NAMES, arrayCases } from './cases/array';

describeGroupCoverage('array', ARRAY_COMMAND_NAMES, arrayCases);
describeCases('array', arrayCases);
