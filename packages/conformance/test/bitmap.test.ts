import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { bitmapCases, BITMAP_COMMANDS } from './cases/bitmap';

describeGroupCoverage('bitmap', BITMAP_COMMANDS, bitmapCases);
describeCases('bitmap', bitmapCases);
