import { RESP_TYPES, type Command, type CommandParser, type MapReply, type RedisVariadicArgument, type ReplyUnion, type TypeMapping } from '@x/modules';

/** A documentation map of `COMMAND DOCS` (summary, since, group, arguments, subcommands, …). */
export type CommandDocs = MapReply<string, ReplyUnion>;

/**
 * A RESP2 flat `[key, value, …]` array as RESP3 would send the map, under the `MAP` mapping: a plain
 * object by default, a `Map`, or a flat array; each value passed through `value`. Anything not an
 * array (already a map) is left alone.
 */
function docsMap(reply: unknown, typeMapping: TypeMapping | undefined, value: (key: string, raw: unknown) => unknown): unknown {
  if (!Array.isArray(reply)) return reply;
  const entries: Array<[string, unknown]> = [];
  for (let i = 0; i < reply.length; i += 2) {
    const key = String(reply[i]);
    entries.push([key, value(key, reply[i + 1])]);
  }
  const mapType = typeMapping?.[RESP_TYPES.MAP];
  if (mapType === Array) return entries.flat();
  if (mapType === Map) return new Map(entries);
  return Object.fromEntries(entries);
}

function argumentDoc(reply: unknown, typeMapping: TypeMapping | undefined): unknown {
  return docsMap(reply, typeMapping, (key, value) =>
    key === 'arguments' && Array.isArray(value) ? value.map((a) => argumentDoc(a, typeMapping)) : value,
  );
}

function commandDoc(reply: unknown, typeMapping: TypeMapping | undefined): unknown {
  return docsMap(reply, typeMapping, (key, value) => {
    if (key === 'arguments') return Array.isArray(value) ? value.map((a) => argumentDoc(a, typeMapping)) : value;
    if (key === 'subcommands') return commandsDocs(value, typeMapping);
    return value;
  });
}

function commandsDocs(reply: unknown, typeMapping: TypeMapping | undefined): unknown {
  return docsMap(reply, typeMapping, (_key, value) => commandDoc(value, typeMapping));
}

/**
 * `COMMAND DOCS [command …]`: the documentation of the named commands (all without names), by
 * command name. RESP3 sends nested maps; RESP2's nested flat arrays are shaped the same way
 * (objects, or `Map`s / flat arrays under the `MAP` mapping), arguments and subcommands included.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, commands?: RedisVariadicArgument) {
    parser.push('COMMAND', 'DOCS');
    if (commands !== undefined) parser.pushVariadic(commands);
  },
  transformReply: {
    2: (reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping) =>
      commandsDocs(reply, typeMapping) as MapReply<string, CommandDocs>,
    3: undefined as unknown as () => MapReply<string, CommandDocs>,
  },
} as const satisfies Command;
