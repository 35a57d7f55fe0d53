import { describeCases } from './support/cases';
import { describeCoverage } from './support/coverage';
import { bitmapCases, BITMAP_COMMANDS } from './cases/bitmap';

describeCoverage('bitmap', bitmapCases, BITMAP_COMMANDS);
describeCases('bitmap', bitmapCases);
