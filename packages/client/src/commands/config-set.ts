import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** A configuration value: strings or Buffers, numbers as decimal strings. */
export type ConfigValue = RedisArgument | number;

function argument(value: ConfigValue): RedisArgument {
  return typeof value === 'number' ? String(value) : value;
}

/** `CONFIG SET parameter value [parameter value …]`: `configSet(name, value)` or `configSet({ name: value })`; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_nodes',
  RESPONSE_POLICY: 'all_succeeded',
  parseCommand(
    parser: CommandParser,
    ...[parameterOrConfig, value]: [parameter: RedisArgument, value: ConfigValue] | [config: Record<string, ConfigValue>]
  ) {
    parser.push('CONFIG', 'SET');
    if (typeof parameterOrConfig === 'string' || Buffer.isBuffer(parameterOrConfig)) {
      parser.push(parameterOrConfig, argument(value!));
    } else {
      for (const name of Object.keys(parameterOrConfig)) parser.push(name, argument(parameterOrConfig[name]!));
    }
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
