import type { Command, RedisFunction, RedisScript, RespVersions } from './command';
import { BasicCommandParser } from './command-parser';
import type { CommandExecutor } from './executor';
import { functionArgumentsPrefix } from './function';
import { scriptArgumentsPrefix } from './script';
import { getTransformReply } from './transform-reply';
import { assertNumberOfKeys } from './validate';

/** A method built from a definition; `this` is the executor (the instance or an options proxy). */
export type CommandMethod<EXECUTOR> = (this: EXECUTOR, ...args: Array<unknown>) => Promise<unknown>;

/**
 * Turns definitions into methods. `attach` calls these once per definition when it builds a class,
 * never per call, so whatever can be computed up front (the transform for the RESP version, the
 * `FCALL`/`EVALSHA` prefix) is computed here.
 */
export interface CommandFactories<EXECUTOR> {
  /** A built-in command, attached as a prototype method named `name`. */
  createCommand(command: Command, resp: RespVersions, name: string): CommandMethod<EXECUTOR>;
  /**
   * A module command (`name` is `namespace.command`). Optional: defaults to `createCommand`. The
   * method is called with the executor as `this` (the namespace object forwards to it).
   */
  createModuleCommand?(command: Command, resp: RespVersions, name: string): CommandMethod<EXECUTOR>;
  /** A Redis function `name` of library `library` (called with the executor as `this`). */
  createFunctionCommand(name: string, fn: RedisFunction, resp: RespVersions, library: string): CommandMethod<EXECUTOR>;
  /** A Lua script, attached as a prototype method named `name`. */
  createScriptCommand(script: RedisScript, resp: RespVersions, name: string): CommandMethod<EXECUTOR>;
}

type ParseCommand = (parser: BasicCommandParser, ...args: Array<unknown>) => void;

/**
 * The standard factories: each method creates a {@link BasicCommandParser}, lets the definition
 * fill it, and hands it to the executor ({@link CommandExecutor}). A function or script call is
 * prefixed with `FCALL`/`EVALSHA` and rejected with `NumberOfKeysError` before it is sent when
 * it pushed a different number of keys than its `NUMBER_OF_KEYS`. A `parseCommand` that throws
 * (bad arguments) makes the method reject, never throw.
 */
export const commandFactories: CommandFactories<CommandExecutor> = {
  createCommand(command, resp) {
    const transformReply = getTransformReply(command, resp);
    const parseCommand = command.parseCommand as ParseCommand;
    return function (this: CommandExecutor, ...args) {
      const parser = new BasicCommandParser(resp);
      try {
        parseCommand(parser, ...args);
      } catch (err) {
        return Promise.reject(err);
      }
      return this._executeCommand(command, parser, transformReply);
    };
  },

  createFunctionCommand(name, fn, resp, library) {
    const prefix = functionArgumentsPrefix(name, fn);
    const transformReply = getTransformReply(fn, resp);
    const parseCommand = fn.parseCommand as ParseCommand;
    const numberOfKeys = fn.NUMBER_OF_KEYS;
    const where = `functions.${library}.${name}`;
    return function (this: CommandExecutor, ...args) {
      const parser = new BasicCommandParser(resp);
      parser.push(...prefix);
      try {
        parseCommand(parser, ...args);
        assertNumberOfKeys(where, numberOfKeys, parser);
      } catch (err) {
        return Promise.reject(err);
      }
      return this._executeCommand(fn, parser, transformReply);
    };
  },

  createScriptCommand(script, resp, name) {
    const prefix = scriptArgumentsPrefix(script);
    const transformReply = getTransformReply(script, resp);
    const parseCommand = script.parseCommand as ParseCommand;
    const numberOfKeys = script.NUMBER_OF_KEYS;
    const where = `scripts.${name}`;
    return function (this: CommandExecutor, ...args) {
      const parser = new BasicCommandParser(resp);
      parser.push(...prefix);
      try {
        parseCommand(parser, ...args);
        assertNumberOfKeys(where, numberOfKeys, parser);
      } catch (err) {
        return Promise.reject(err);
      }
      return this._executeScript(script, parser, transformReply);
    };
  },
};
