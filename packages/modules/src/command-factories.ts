import type { Command, RedisFunction, RedisScript, RespVersions } from './command';
import { createParse } from './create-parse';
import type { CommandExecutor } from './executor';
import { functionArgumentsPrefix } from './function';
import { scriptArgumentsPrefix } from './script';
import { getTransformReply } from './transform-reply';

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

/**
 * The standard factories: each method fills a new parser ({@link createParse}) and hands it to the
 * executor ({@link CommandExecutor}), every key with the executor's `_keyPrefix` before it. A
 * function or script call is
 * prefixed with `FCALL`/`EVALSHA` and rejected with `NumberOfKeysError` before it is sent when
 * it pushed a different number of keys than its `NUMBER_OF_KEYS`. A `parseCommand` that throws
 * (bad arguments) makes the method reject, never throw.
 */
export const commandFactories: CommandFactories<CommandExecutor> = {
  createCommand(command, resp) {
    const transformReply = getTransformReply(command, resp);
    const parse = createParse(command, resp);
    return function (this: CommandExecutor, ...args) {
      let parser;
      try {
        parser = parse(args, this._keyPrefix);
      } catch (err) {
        return Promise.reject(err);
      }
      return this._executeCommand(command, parser, transformReply);
    };
  },

  createFunctionCommand(name, fn, resp, library) {
    const transformReply = getTransformReply(fn, resp);
    const parse = createParse(fn, resp, functionArgumentsPrefix(name, fn), `functions.${library}.${name}`);
    return function (this: CommandExecutor, ...args) {
      let parser;
      try {
        parser = parse(args, this._keyPrefix);
      } catch (err) {
        return Promise.reject(err);
      }
      return this._executeCommand(fn, parser, transformReply);
    };
  },

  createScriptCommand(script, resp, name) {
    const transformReply = getTransformReply(script, resp);
    const parse = createParse(script, resp, scriptArgumentsPrefix(script), `scripts.${name}`);
    return function (this: CommandExecutor, ...args) {
      let parser;
      try {
        parser = parse(args, this._keyPrefix);
      } catch (err) {
        return Promise.reject(err);
      }
      return this._executeScript(script, parser, transformReply);
    };
  },
};
