import type { Command, CommandParser, RedisArgument, ReplyUnion } from '@x/modules';
import { pushEvalArguments, type EvalOptions } from './helpers/eval';

/**
 * `EVAL script numkeys [key …] [arg …]`: runs a Lua script, with `{ keys, arguments }`; resolves with
 * whatever the script returns. Every key is recorded (a cluster routes by the first).
 */
export default {
  parseCommand(parser: CommandParser, script: RedisArgument, options?: EvalOptions) {
    parser.push('EVAL', script);
    pushEvalArguments(parser, options);
  },
  transformReply: undefined as unknown as () => ReplyUnion,
} as const satisfies Command;
