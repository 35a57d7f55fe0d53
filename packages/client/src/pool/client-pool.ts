import { EventEmitter } from 'node:events';
import {
  attach,
  commandFactories,
  withOptionsProxy,
  type Command,
  type CommandExecutor,
  type CommandParser,
  type RedisArgument,
  type RedisFunctions,
  type RedisModules,
  type RedisScript,
  type RedisScripts,
  type ReplyUnion,
  type RespVersions,
  type TransformReply,
  type TypeMapping,
  type WithCommands,
  type WithExtensions,
} from '@x/modules';
import { isBlockingCommand } from '../blocking-commands';
import type { RedisClient, RedisClientType } from '../client';
import { COMMANDS } from '../commands';
import { AbortError, ClientClosedError, TimeoutError } from '../errors';
import { multiCommandFactories, RedisClientMultiCommand, type MultiExecutor, type MultiQueuedCommand } from '../multi-command';
import type { RedisClientMultiCommandType } from '../multi-command-types';
import type { CommandOptions, RedisClientOptions } from '../options';
import { DEFAULT_COMMAND_TIMEOUT } from '../resolve-options';
import { POOL_COMMANDS, stickyArgumentsRefusal, stickyDefinitionRefusal, type PoolCommands } from './pool-commands';
import { PoolAcquireTimeoutError } from './pool-errors';
import { resolvePoolOptions, type RedisPoolOptions, type ResolvedPoolOptions } from './pool-options';
import { WaitingTasks, type WaitLimits, type WaitingTask } from './waiting-tasks';

/** Events of a pool. */
export interface RedisClientPoolEvents {
  /** An error of one of the pool's clients (emitted only when listened to, as a client's are). */
  error: [error: Error];
}

/** What `pool.execute(fn)` runs: `fn` gets one client of the pool to itself until what it returns settles. */
export type PoolTask<
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TYPE_MAPPING extends TypeMapping,
  T = unknown,
> = (client: RedisClientType<M, F, S, RESP, TYPE_MAPPING>) => T;

/** A pool with its methods: the built-in commands (those a pool has) plus the configuration's modules, functions and scripts. */
export type RedisClientPoolType<
  M extends RedisModules = Record<never, never>,
  F extends RedisFunctions = Record<never, never>,
  S extends RedisScripts = Record<never, never>,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
> = RedisClientPool<M, F, S, RESP, TYPE_MAPPING> & WithCommands<PoolCommands, RESP, TYPE_MAPPING> & WithExtensions<M, F, S, RESP, TYPE_MAPPING>;

/** One client of the pool and where it is. */
interface PoolMember {
  readonly client: RedisClient;
  state: 'connecting' | 'idle' | 'busy';
  /** The pool closed or destroyed it (or dropped it): its `'end'` is expected, it takes no task. */
  retired: boolean;
  /** It ended by itself (its reconnect strategy gave up, a task closed it): dropped when its task ends. */
  dead: boolean;
  /** Hands it back once a task settled; made once per member, so a task costs no closure for it. */
  readonly release: () => void;
}

/** What runs on a client: a command, a transaction, a task. Returns a promise and never throws. */
type Work = (client: RedisClient, options: CommandOptions | undefined) => Promise<unknown>;

interface Closing {
  readonly promise: Promise<void>;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
  finishing: boolean;
}

/**
 * What a wait of `waited` ms leaves of a `budget` ms deadline, rounded down to a 32nd of the budget:
 * a client tracks deadlines in one FIFO per distinct timeout value, so the values must stay few
 * (rounding down: a command may give up slightly early, never late).
 */
export function remainingTimeout(budget: number, waited: number): number {
  const remaining = budget - waited;
  const step = Math.ceil(budget / 32);
  if (remaining >= step) return Math.floor(remaining / step) * step;
  return Math.max(1, Math.floor(remaining));
}

function viewOf(client: RedisClient, options: CommandOptions | undefined): RedisClient {
  return options === undefined ? client : client.withCommandOptions(options);
}

/**
 * node-redis's `RedisClientPool`: clients to one server, each given to one task at a time. Every
 * command method (`pool.get(key)`), `sendCommand` and `multi().exec()` takes a free client for that
 * one command — a blocking `BLPOP key 0` holds one client and stalls nothing else — and
 * `execute(client => …)` hands a client to a task of several commands (a WATCH … MULTI … EXEC,
 * a blocking loop).
 *
 * Create it with {@link createClientPool} or `client.createPool()`. Methods may run on an options
 * view (`withTypeMapping`, `withCommandOptions`, `withAbortSignal`), an `Object.create` of the pool,
 * so state is reached through `_self`.
 */
export class RedisClientPool<
    M extends RedisModules = Record<never, never>,
    F extends RedisFunctions = Record<never, never>,
    S extends RedisScripts = Record<never, never>,
    RESP extends RespVersions = 3,
    TYPE_MAPPING extends TypeMapping = Record<never, never>,
  >
  extends EventEmitter<RedisClientPoolEvents>
  implements CommandExecutor, MultiExecutor
{
  /** The real instance (an options view inherits this field). */
  readonly _self: this;
  /** Per-call options of this view (type mapping, abort signal, timeout); undefined on the pool. */
  _commandOptions: CommandOptions | undefined;
  readonly #clientOptions: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING> | undefined;
  readonly #options: ResolvedPoolOptions;
  readonly #createMember: () => RedisClient;
  /** The first client, made when the pool is: it validates the client options up front. */
  #spare: RedisClient | undefined;
  /** The default command timeout of the clients (a task's wait counts against it). */
  readonly #defaultTimeout: number;
  /** Idle clients, least recently used first (the last one is given out next). */
  readonly #idle: PoolMember[] = [];
  readonly #members = new Set<PoolMember>();
  #busy = 0;
  #connecting = 0;
  readonly #waiting = new WaitingTasks<PoolMember>();
  #open = false;
  #closing: Closing | undefined;
  /** Bumped by destroy(): a connect() or close() that started before it leaves the pool alone. */
  #generation = 0;
  #cleanupTimer: NodeJS.Timeout | undefined;
  #lastRelease = 0;
  #Multi: (new (executor: MultiExecutor) => RedisClientMultiCommand) | undefined;

  /**
   * Use {@link createClientPool} or `client.createPool()`: they add the command methods. Throws an
   * InvalidOptionError naming a bad client or pool option.
   */
  constructor(
    clientOptions: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING> | undefined,
    options: Partial<RedisPoolOptions> | undefined,
    createMember: () => RedisClientType<M, F, S, RESP, TYPE_MAPPING>,
  ) {
    super();
    this._self = this;
    this._commandOptions = undefined;
    this.#options = resolvePoolOptions(options);
    this.#clientOptions = clientOptions;
    this.#createMember = createMember as unknown as () => RedisClient;
    this.#spare = this.#createMember();
    this.#defaultTimeout = clientOptions?.commandOptions?.timeout ?? DEFAULT_COMMAND_TIMEOUT;
  }

  /** Clients waiting for a task. */
  get idleClients(): number {
    return this._self.#idle.length;
  }

  /** Clients running a task, and clients still connecting. */
  get clientsInUse(): number {
    const self = this._self;
    return self.#busy + self.#connecting;
  }

  /** Every client of the pool: idle, in use and connecting. */
  get totalClients(): number {
    const self = this._self;
    return self.#idle.length + self.#busy + self.#connecting;
  }

  /** Tasks waiting for a client. */
  get tasksQueueLength(): number {
    return this._self.#waiting.length;
  }

  /** connect() was called, and neither a close() that finished nor destroy() since (true while closing). */
  get isOpen(): boolean {
    return this._self.#open;
  }

  /** close() was called and has not finished. */
  get isClosing(): boolean {
    return this._self.#closing !== undefined;
  }

  /** The pending timer of the next idle-client cleanup (node-redis exposes it too), if one is armed. */
  get cleanupTimeout(): NodeJS.Timeout | undefined {
    return this._self.#cleanupTimer;
  }

  /** node-redis's shared client-side cache: x's pool has none yet (the option is refused). */
  get clientSideCache(): undefined {
    return undefined;
  }

  /** A view of this pool whose commands use these options. */
  withCommandOptions<OPTIONS extends CommandOptions>(options: OPTIONS): this {
    return withOptionsProxy(this, options);
  }

  /** A view of this pool whose replies follow this type mapping (e.g. Buffers for strings). */
  withTypeMapping<TM extends TypeMapping>(typeMapping: TM): RedisClientPoolType<M, F, S, RESP, TM> {
    return withOptionsProxy(this, { typeMapping }) as unknown as RedisClientPoolType<M, F, S, RESP, TM>;
  }

  /** A view of this pool whose commands — and waits for a client — are aborted by this signal. */
  withAbortSignal(abortSignal: AbortSignal): this {
    return withOptionsProxy(this, { abortSignal });
  }

  /** A view whose commands go ahead of those already queued on the client they run on (node-redis's `asap`). */
  asap(): this {
    return withOptionsProxy(this, { asap: true });
  }

  /**
   * Open `minimum` clients. Resolves with the pool once they are ready, with undefined when it was
   * open already (as node-redis's does); if one fails, the pool is destroyed and it rejects with
   * that client's error.
   */
  connect(): Promise<this | undefined> {
    const self = this._self;
    if (self.#open) return Promise.resolve(undefined);
    self.#open = true;
    const generation = self.#generation;
    const count = self.#options.minimum;
    if (count === 0) return Promise.resolve(this);
    return new Promise<this>((resolve, reject) => {
      let left = count;
      for (let i = 0; i < count; i++) {
        void self.#grow(undefined).then((error) => {
          if (error === undefined) {
            if (--left === 0) resolve(this);
            return;
          }
          if (self.#generation === generation) self.destroy();
          reject(error);
        });
      }
    });
  }

  /**
   * Run `fn` with a client of the pool to itself (a free one, a new one while fewer than `maximum`
   * are open, or the first one freed — waiting at most `acquireTimeout`). The client goes back to the
   * pool once what `fn` returns settled; resolves or rejects as that does. `fn` gets the client with
   * this view's options (type mapping, …).
   */
  execute<T>(fn: PoolTask<M, F, S, RESP, TYPE_MAPPING, T>): Promise<Awaited<T>> {
    if (typeof fn !== 'function') return Promise.reject(new TypeError('pool.execute(fn): fn must be a function'));
    const run: Work = (client, options) => {
      let result: unknown;
      try {
        result = fn(viewOf(client, options) as unknown as RedisClientType<M, F, S, RESP, TYPE_MAPPING>);
      } catch (error) {
        return Promise.reject(error);
      }
      // A thenable of any kind is followed: the client comes back once it settled.
      return Promise.resolve(result);
    };
    return this._self.#submit(this._commandOptions, 0, run) as Promise<Awaited<T>>;
  }

  /**
   * Send any command on a free client: `pool.sendCommand(['SET', 'key', 'value'])`. Commands that
   * change one connection's state (SELECT, WATCH, MULTI, HELLO, AUTH, CLIENT TRACKING, …) are refused
   * with a PoolStickyCommandError: run them inside `execute()`.
   */
  sendCommand<T = ReplyUnion>(args: ReadonlyArray<RedisArgument>, options?: CommandOptions): Promise<T> {
    const self = this._self;
    const viewOptions = this._commandOptions;
    if (options === undefined) options = viewOptions;
    else if (viewOptions !== undefined) options = { ...viewOptions, ...options };
    if (!Array.isArray(args)) return Promise.reject(new TypeError('pool.sendCommand(args): args must be an array of strings and Buffers'));
    const refusal = stickyArgumentsRefusal(args);
    if (refusal !== undefined) return Promise.reject(refusal);
    // Copied: the caller may reuse its array while this waits for a client.
    const owned = args.slice();
    const run: Work = (client, runOptions) => client.sendCommand(owned, runOptions);
    return self.#submit(options, self.#budget(options, isBlockingCommand(owned)), run) as Promise<T>;
  }

  /** @internal The executor of every command method (see `CommandExecutor` in @x/modules). */
  _executeCommand(command: Command, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown> {
    const self = this._self;
    const refusal = stickyDefinitionRefusal(command);
    if (refusal !== undefined) return Promise.reject(refusal);
    const options = this._commandOptions;
    const run: Work = (client, runOptions) => viewOf(client, runOptions)._executeCommand(command, parser, transformReply);
    return self.#submit(options, self.#budget(options, isBlockingCommand(parser.redisArgs)), run);
  }

  /** @internal Scripts: EVALSHA, and EVAL on the same client when it answers NOSCRIPT. */
  _executeScript(script: RedisScript, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown> {
    const self = this._self;
    const options = this._commandOptions;
    const run: Work = (client, runOptions) => viewOf(client, runOptions)._executeScript(script, parser, transformReply);
    return self.#submit(options, self.#budget(options, false), run);
  }

  /**
   * A transaction (or pipeline) builder whose `exec()` runs on one free client:
   * `await pool.multi().set('a', '1').incr('n').exec()`. For WATCH, use `execute()`.
   */
  multi(): RedisClientMultiCommandType<[], M, F, S, RESP, TYPE_MAPPING> {
    const self = this._self;
    // The same class as the clients' multi (attach caches it per configuration).
    const Multi = (self.#Multi ??= attach({
      BaseClass: RedisClientMultiCommand,
      commands: COMMANDS,
      factories: multiCommandFactories,
      config: self.#clientOptions,
      defaultResp: 3,
    }));
    return new Multi(this) as unknown as RedisClientMultiCommandType<[], M, F, S, RESP, TYPE_MAPPING>;
  }

  /** node-redis's upper-case spelling of {@link multi}. */
  MULTI(): RedisClientMultiCommandType<[], M, F, S, RESP, TYPE_MAPPING> {
    return this.multi();
  }

  /** @internal Runs a transaction on one client (see `RedisClientMultiCommand.exec`). */
  _executeMulti(commands: ReadonlyArray<MultiQueuedCommand>): Promise<unknown[]> {
    const self = this._self;
    const options = this._commandOptions;
    const run: Work = (client, runOptions) => viewOf(client, runOptions)._executeMulti(commands);
    return self.#submit(options, self.#budget(options, commands.some((c) => isBlockingCommand(c.args))), run) as Promise<unknown[]>;
  }

  /** @internal Runs a pipeline on one client. */
  _executePipeline(commands: ReadonlyArray<MultiQueuedCommand>): Promise<unknown[]> {
    const self = this._self;
    const options = this._commandOptions;
    const run: Work = (client, runOptions) => viewOf(client, runOptions)._executePipeline(commands);
    return self.#submit(options, self.#budget(options, commands.some((c) => isBlockingCommand(c.args))), run) as Promise<unknown[]>;
  }

  /**
   * Close gracefully: new tasks are refused (ClientClosedError); the running ones and those already
   * waiting for a client still run; then every client closes. The same promise to every caller.
   */
  close(): Promise<void> {
    const self = this._self;
    if (self.#closing !== undefined) return self.#closing.promise;
    if (!self.#open) return Promise.resolve();
    self.#stopCleanup();
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    self.#closing = { promise, resolve, reject, finishing: false };
    self.#finishCloseIfDrained();
    return promise;
  }

  /**
   * Close now: waiting tasks are rejected with a ClientClosedError, every client is destroyed (their
   * pending commands reject as a destroyed client's do), and a close() in progress resolves.
   */
  destroy(): void {
    const self = this._self;
    self.#generation++;
    self.#open = false;
    self.#stopCleanup();
    const tasks = self.#waiting.takeAll();
    const members = [...self.#members];
    self.#members.clear();
    self.#idle.length = 0;
    self.#busy = 0;
    self.#connecting = 0;
    const closing = self.#closing;
    self.#closing = undefined;
    for (const member of members) {
      member.retired = true;
      member.client.destroy();
    }
    for (const task of tasks) task.fail(new ClientClosedError());
    closing?.resolve();
  }

  /** The deadline of a command: its own timeout, else the clients' default (none for blocking commands). */
  #budget(options: CommandOptions | undefined, blocking: boolean): number {
    return options?.timeout ?? (blocking ? 0 : this.#defaultTimeout);
  }

  /**
   * Run `work` on a client: a free one now, or wait for one. `budget` (ms, 0: none) is the
   * command's own deadline: the wait counts against it.
   */
  #submit(options: CommandOptions | undefined, budget: number, work: Work): Promise<unknown> {
    if (!this.#open || this.#closing !== undefined) return Promise.reject(new ClientClosedError());
    const signal = options?.abortSignal;
    if (signal?.aborted === true) return Promise.reject(new AbortError(false, signal.reason));
    const member = this.#takeIdle();
    if (member !== undefined) return this.#run(member, options, work);
    return new Promise<unknown>((resolve, reject) => {
      const start = (member: PoolMember, waited: number): void => {
        let runOptions = options;
        // The command's deadline started when it was called: it gets what the wait left of it.
        if (budget > 0 && waited >= 1) runOptions = { ...options, timeout: remainingTimeout(budget, waited) };
        this.#run(member, runOptions, work).then(resolve, reject);
      };
      const task = this.#waiting.add(start, reject, this.#waitLimits(budget, signal));
      if (this.totalClients < this.#options.maximum) void this.#grow(task);
    });
  }

  #waitLimits(budget: number, signal: AbortSignal | undefined): WaitLimits {
    const acquire = this.#options.acquireTimeout;
    const onAbort = (aborted: AbortSignal): Error => new AbortError(false, aborted.reason);
    if (budget > 0 && (acquire === 0 || budget < acquire)) {
      return { ms: budget, onTimeout: () => new TimeoutError(budget, false), signal, onAbort };
    }
    return { ms: acquire, onTimeout: () => new PoolAcquireTimeoutError(acquire), signal, onAbort };
  }

  #run(member: PoolMember, options: CommandOptions | undefined, work: Work): Promise<unknown> {
    const result = work(member.client, options);
    // Registered before the caller's own handlers: the client is back (and serving the next waiting
    // task) before the caller's continuation runs.
    result.then(member.release, member.release);
    return result;
  }

  /** A free client, ready ones first (one that is reconnecting serves only when no other is free). */
  #takeIdle(): PoolMember | undefined {
    const idle = this.#idle;
    const last = idle.length - 1;
    if (last < 0) return undefined;
    if (!idle[last]!.client.isReady) {
      for (let i = last - 1; i >= 0; i--) {
        if (idle[i]!.client.isReady) {
          const ready = idle[i]!;
          idle[i] = idle[last]!;
          idle[last] = ready;
          break;
        }
      }
    }
    const member = idle.pop()!;
    member.state = 'busy';
    this.#busy++;
    return member;
  }

  /** Open one more client; on behalf of `owner` (a waiting task), which its failure rejects. Resolves with the error, if any. */
  #grow(owner: WaitingTask<PoolMember> | undefined): Promise<Error | undefined> {
    let client: RedisClient;
    try {
      client = this.#spare ?? this.#createMember();
    } catch (error) {
      // The client options were checked when the pool was made; a factory (duplicate) may still throw.
      const failure = error instanceof Error ? error : new Error(String(error));
      if (owner !== undefined && this.#waiting.cancel(owner)) owner.fail(failure);
      return Promise.resolve(failure);
    }
    this.#spare = undefined;
    const member = this.#adopt(client);
    if (owner !== undefined) owner.growing = true;
    return client.connect().then(
      () => {
        if (owner !== undefined) owner.growing = false;
        if (member.retired) return undefined;
        this.#connecting--;
        member.state = 'busy';
        this.#busy++;
        this.#release(member);
        return undefined;
      },
      (error: Error) => {
        if (owner !== undefined) owner.growing = false;
        if (member.retired) return error;
        member.retired = true;
        this.#connecting--;
        this.#members.delete(member);
        // The task this client was opened for fails with the reason (others keep waiting for a client).
        if (owner !== undefined && this.#waiting.cancel(owner)) owner.fail(error);
        this.#growForWaiting();
        this.#finishCloseIfDrained();
        return error;
      },
    );
  }

  #adopt(client: RedisClient): PoolMember {
    const member: PoolMember = {
      client,
      state: 'connecting',
      retired: false,
      dead: false,
      release: () => this.#release(member),
    };
    client.on('error', (error) => {
      if (this.listenerCount('error') > 0) this.emit('error', error);
    });
    client.on('end', () => {
      if (!member.retired) this.#memberEnded(member);
    });
    this.#members.add(member);
    this.#connecting++;
    return member;
  }

  /** A client ended by itself: never given a task again; an idle one is dropped now. */
  #memberEnded(member: PoolMember): void {
    member.dead = true;
    if (member.state !== 'idle') return; // a busy one is dropped when its task ends; a connecting one when connect() rejects
    const index = this.#idle.indexOf(member);
    if (index !== -1) this.#idle.splice(index, 1);
    member.retired = true;
    this.#members.delete(member);
    this.#growForWaiting();
    this.#finishCloseIfDrained();
  }

  /** A task settled (or a client connected): the client serves the oldest waiting task, or goes idle. */
  #release(member: PoolMember): void {
    if (member.retired) return;
    if (member.dead) {
      member.retired = true;
      this.#busy--;
      this.#members.delete(member);
      this.#growForWaiting();
      this.#finishCloseIfDrained();
      return;
    }
    const task = this.#waiting.take();
    if (task !== undefined) {
      task.start(member, performance.now() - task.enqueuedAt);
      return;
    }
    this.#busy--;
    member.state = 'idle';
    this.#idle.push(member);
    if (this.#closing !== undefined) this.#finishCloseIfDrained();
    else this.#scheduleCleanup();
  }

  /** Tasks wait with no client being opened for them while there is room (a client died or failed to connect): open some. */
  #growForWaiting(): void {
    if (!this.#open) return;
    while (this.#waiting.length > 0 && this.totalClients < this.#options.maximum) {
      const task = this.#waiting.firstNotGrowing();
      if (task === undefined) return;
      void this.#grow(task);
    }
  }

  /** After `cleanupDelay` without a task finishing, close the idle clients above `minimum`. */
  #scheduleCleanup(): void {
    if (this.totalClients <= this.#options.minimum) return;
    // One timer, re-armed lazily when it fires: no clearTimeout/setTimeout on every release.
    this.#lastRelease = performance.now();
    if (this.#cleanupTimer !== undefined) return;
    this.#armCleanup(this.#options.cleanupDelay);
  }

  #armCleanup(delay: number): void {
    this.#cleanupTimer = setTimeout(() => this.#cleanup(), delay);
    this.#cleanupTimer.unref();
  }

  #cleanup(): void {
    this.#cleanupTimer = undefined;
    const quiet = performance.now() - this.#lastRelease;
    const delay = this.#options.cleanupDelay;
    if (quiet < delay) {
      this.#armCleanup(Math.ceil(delay - quiet));
      return;
    }
    const excess = Math.min(this.#idle.length, this.totalClients - this.#options.minimum);
    if (excess <= 0) return;
    // The least recently used ones.
    for (const member of this.#idle.splice(0, excess)) {
      member.retired = true;
      this.#members.delete(member);
      member.client.close().catch(() => member.client.destroy());
    }
  }

  #stopCleanup(): void {
    if (this.#cleanupTimer !== undefined) clearTimeout(this.#cleanupTimer);
    this.#cleanupTimer = undefined;
  }

  /** Closing, and nothing runs, connects or waits any more: close the clients. */
  #finishCloseIfDrained(): void {
    const closing = this.#closing;
    if (closing === undefined || closing.finishing) return;
    if (this.#busy > 0 || this.#connecting > 0 || this.#waiting.length > 0) return;
    closing.finishing = true;
    const generation = this.#generation;
    const members = this.#idle.splice(0);
    for (const member of members) {
      member.retired = true;
      this.#members.delete(member);
    }
    void Promise.allSettled(members.map((member) => member.client.close())).then((results) => {
      // destroy() meanwhile: it settled this close already, and the pool may be open again.
      if (this.#generation !== generation) return;
      let failure: PromiseRejectedResult | undefined;
      results.forEach((result, i) => {
        if (result.status === 'fulfilled') return;
        failure ??= result;
        members[i]!.client.destroy();
      });
      this.#open = false;
      this.#closing = undefined;
      if (failure === undefined) closing.resolve();
      else closing.reject(failure.reason);
    });
  }
}

/** Instance fields an extension may not be named after. */
const POOL_RESERVED_NAMES = ['_self', '_commandOptions'];

/**
 * @internal A pool with the command methods: the pool class of this configuration (built once per
 * configuration object by `attach`) given the function that opens a client.
 */
export function newClientPool<
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TYPE_MAPPING extends TypeMapping,
>(
  clientOptions: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING> | undefined,
  options: Partial<RedisPoolOptions> | undefined,
  createMember: () => RedisClientType<M, F, S, RESP, TYPE_MAPPING>,
): RedisClientPoolType<M, F, S, RESP, TYPE_MAPPING> {
  const Pool = attach({
    BaseClass: RedisClientPool,
    commands: POOL_COMMANDS,
    factories: commandFactories,
    config: clientOptions,
    defaultResp: 3,
    reservedNames: POOL_RESERVED_NAMES,
  });
  return new Pool(clientOptions, options, createMember) as unknown as RedisClientPoolType<M, F, S, RESP, TYPE_MAPPING>;
}
