import type { Command, CommandParser, RedisArgument, ReplyUnion } from '@x/modules';
import { pushEvalArguments, type EvalOptions } from './helpers/eval';

/**
 * `EVALSHA sha1 numkeys [key …] [arg …]`: runs a script loaded earlier (by its SHA1), with `{ keys, arguments }`; resolves with
 * whatever the script returns. Every key is recorded (a cluster routes by the first).
 */
export default {
  parseCommand(parser: CommandParser, sha1: RedisArgument, options?: EvalOptions) {
    parser.push('EVALSHA', sha1);
    pushEvalArguments(parser, options);
  },
  transformReply: undefined as unknown as () => ReplyUnion,
} as const satisfies Command;
