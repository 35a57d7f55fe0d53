import { describeCases } from './support/cases';
import { describeCoverage } from './support/coverage';
import { STREAM_COMMANDS, streamCases } from './cases/stream';

describeCoverage('stream', STREAM_COMMANDS, streamCases);
describeCases('stream', streamCases);
