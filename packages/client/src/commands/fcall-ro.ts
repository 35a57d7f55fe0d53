import type { Command, CommandParser, RedisArgument, ReplyUnion } from '@x/modules';
import { pushEvalArguments, type EvalOptions } from './helpers/eval';

/**
 * `FCALL_RO functionName numkeys [key …] [arg …]`: calls a read-only Redis function, with `{ keys, arguments }`; resolves with
 * whatever the script returns. Every key is recorded (a cluster routes by the first).
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, functionName: RedisArgument, options?: EvalOptions) {
    parser.push('FCALL_RO', functionName);
    pushEvalArguments(parser, options);
  },
  transformReply: undefined as unknown as () => ReplyUnion,
} as const satisfies Command;
