import type { Command, RedisArgument, RespVersions } from './command';
import { createCommandParser, type BasicCommandParser } from './command-parser';
import { assertNumberOfKeys } from './validate';

/**
 * Fills a new parser from a method's arguments, every key with `keyPrefix` before it (the caller's
 * `keyPrefix` option; undefined: none); throws what `parseCommand` throws (bad arguments).
 */
export type ParseArguments = (args: ReadonlyArray<unknown>, keyPrefix?: RedisArgument) => BasicCommandParser;

type ParseCommand = (parser: BasicCommandParser, ...args: ReadonlyArray<unknown>) => void;

/**
 * `parseCommand(parser, ...args)` without a spread for the usual arities. V8 forwards a function's
 * own rest parameter cheaply, but spreading an array handed to another function cost ~10 ns per call
 * (a GET method in a micro-benchmark, node 20: 39 ns before createParse, 48 with a spread, 30 with
 * this switch).
 */
function fill(parseCommand: ParseCommand, parser: BasicCommandParser, args: ReadonlyArray<unknown>): void {
  switch (args.length) {
    case 0:
      parseCommand(parser);
      return;
    case 1:
      parseCommand(parser, args[0]);
      return;
    case 2:
      parseCommand(parser, args[0], args[1]);
      return;
    case 3:
      parseCommand(parser, args[0], args[1], args[2]);
      return;
    default:
      parseCommand(parser, ...args);
  }
}

/**
 * What every factory's method does with its arguments (the client's, a multi's): a new parser for
 * `resp`, then the `prefix` (`FCALL name numkeys`, `EVALSHA sha1 numkeys`), then the definition's
 * `parseCommand`, then — for a call with a prefix — a `NumberOfKeysError` naming `where` when it
 * pushed a different number of keys than its `NUMBER_OF_KEYS`. Built once per definition, when a
 * class is attached; a definition without a prefix gets a function that does only the first two steps.
 */
export function createParse(
  definition: Command & { NUMBER_OF_KEYS?: number },
  resp: RespVersions,
  prefix?: ReadonlyArray<RedisArgument>,
  where?: string,
): ParseArguments {
  const parseCommand = definition.parseCommand as ParseCommand;
  if (prefix === undefined) {
    return (args, keyPrefix) => {
      const parser = createCommandParser(resp, keyPrefix);
      fill(parseCommand, parser, args);
      return parser;
    };
  }
  const numberOfKeys = definition.NUMBER_OF_KEYS;
  const name = where ?? 'definition';
  return (args, keyPrefix) => {
    const parser = createCommandParser(resp, keyPrefix);
    parser.push(...prefix);
    fill(parseCommand, parser, args);
    assertNumberOfKeys(name, numberOfKeys, parser);
    return parser;
  };
}
