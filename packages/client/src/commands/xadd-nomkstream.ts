import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushXAddArguments, type XAddMessage, type XAddOptions } from './xadd';

/** `XADD key NOMKSTREAM … id field value …`: the new entry's ID, or null when the stream does not exist (it is not created). */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, id: RedisArgument, message: XAddMessage, options?: XAddOptions) {
    pushXAddArguments(parser, 'XADD', true, key, id, message, options);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
