import { type CredentialsError, UnableToObtainNewCredentialsError } from './errors';

/** A user name and password, as a credentials provider gives them (node-redis's `BasicAuth`). */
export interface BasicAuth {
  username?: string;
  password?: string;
}

/** Something to release (a credentials subscription). */
export interface Disposable {
  dispose(): void;
}

/** node-redis's async provider: asked for credentials before every connect and every reconnect. */
export interface AsyncCredentialsProvider {
  readonly type: 'async-credentials-provider';
  credentials: () => Promise<BasicAuth>;
}

/** What a streaming provider calls: new credentials (`onNext`), or a fatal error of its stream. */
export interface StreamingCredentialsListener<T> {
  onNext: (credentials: T) => void;
  onError: (error: Error) => void;
}

/** Either error a streaming provider's `onReAuthenticationError` gets. */
export type ReAuthenticationError = CredentialsError | UnableToObtainNewCredentialsError;

/**
 * node-redis's streaming provider: subscribed to on every (re)connect — its first credentials
 * authenticate that connection — and every later `onNext` re-authenticates the live connection
 * (`AUTH`, in line with the commands: none is dropped). A failed re-authentication goes to
 * `onReAuthenticationError` and is an `'error'` event.
 */
export interface StreamingCredentialsProvider {
  readonly type: 'streaming-credentials-provider';
  subscribe: (listener: StreamingCredentialsListener<BasicAuth>) => Promise<[BasicAuth, Disposable]>;
  onReAuthenticationError: (error: ReAuthenticationError) => void;
}

/** `credentialsProvider`: where a connection gets its user name and password, instead of fixed options. */
export type CredentialsProvider = AsyncCredentialsProvider | StreamingCredentialsProvider;

/** Checks what a provider handed over: `{ username?: string, password?: string }` and nothing else. */
export function checkCredentials(value: unknown): BasicAuth {
  if (typeof value !== 'object' || value === null) {
    throw new UnableToObtainNewCredentialsError('the credentials provider gave something that is not { username?, password? }');
  }
  const { username, password } = value as Record<string, unknown>;
  // Never echo the values: only their types.
  if (username !== undefined && typeof username !== 'string') {
    throw new UnableToObtainNewCredentialsError(`the credentials provider gave a username of type ${typeof username}`);
  }
  if (password !== undefined && typeof password !== 'string') {
    throw new UnableToObtainNewCredentialsError(`the credentials provider gave a password of type ${typeof password}`);
  }
  return { username, password };
}

/** What a connection does with a streaming provider's later events. */
export interface CredentialsHandlers {
  /** New credentials for the live connection. */
  reauthenticate(credentials: BasicAuth): void;
  /** The provider's stream failed, or gave something unusable. */
  failed(error: UnableToObtainNewCredentialsError): void;
}

/**
 * One connection's side of a credentials provider: the credentials for each handshake and, for a
 * streaming provider, the subscription of the current socket (replaced on every reconnect, released
 * when the connection ends).
 */
export class ConnectionCredentials {
  readonly #provider: CredentialsProvider;
  readonly #handlers: CredentialsHandlers;
  /** How long a provider may take to answer (the connect timeout): a connect never hangs on it. */
  readonly #timeout: number;
  #subscription: Disposable | undefined;
  /** Bumped by every subscribe and by release: a listener of an older subscription is ignored. */
  #generation = 0;
  #released = false;

  constructor(provider: CredentialsProvider, handlers: CredentialsHandlers, timeout: number) {
    this.#provider = provider;
    this.#handlers = handlers;
    this.#timeout = timeout;
  }

  /**
   * The credentials for the handshake about to run. Rejects with an UnableToObtainNewCredentialsError
   * (its `cause` what the provider threw) when the provider fails.
   */
  async forHandshake(): Promise<BasicAuth> {
    const provider = this.#provider;
    this.#released = false;
    if (provider.type === 'async-credentials-provider') {
      return checkCredentials(await obtain(() => provider.credentials(), this.#timeout));
    }
    const generation = ++this.#generation;
    const current = (): boolean => generation === this.#generation && !this.#released;
    const listener: StreamingCredentialsListener<BasicAuth> = {
      onNext: (credentials) => {
        if (!current()) return;
        let checked: BasicAuth;
        try {
          checked = checkCredentials(credentials);
        } catch (error) {
          this.#handlers.failed(error as UnableToObtainNewCredentialsError);
          return;
        }
        this.#handlers.reauthenticate(checked);
      },
      onError: (error) => {
        if (!current()) return;
        const message = error instanceof Error ? error.message : String(error);
        this.#handlers.failed(new UnableToObtainNewCredentialsError(`the credentials stream failed: ${message}`, { cause: error }));
      },
    };
    const subscribing = Promise.resolve().then(() => provider.subscribe(listener));
    let result: unknown;
    try {
      result = await obtain(() => subscribing, this.#timeout);
    } catch (error) {
      // A late subscription must not stay behind: its events are ignored and it is disposed.
      if (generation === this.#generation) this.#generation++;
      subscribing.then(
        (late) => {
          if (Array.isArray(late) && typeof (late[1] as Disposable | undefined)?.dispose === 'function') safeDispose(late[1] as Disposable);
        },
        () => undefined,
      );
      throw error;
    }
    const disposable = Array.isArray(result) ? (result[1] as Disposable | undefined) : undefined;
    if (!Array.isArray(result) || typeof disposable?.dispose !== 'function') {
      throw new UnableToObtainNewCredentialsError('subscribe() must resolve with [credentials, { dispose() }]');
    }
    if (!current()) {
      // Released (closed) or subscribed again while this subscribe was pending.
      safeDispose(disposable);
      return checkCredentials(result[0] as unknown);
    }
    // Dispose the previous subscription after subscribing, not before: a provider that drops to no
    // listener may stop refreshing its token and start over on the next subscribe.
    const previous = this.#subscription;
    this.#subscription = disposable;
    if (previous !== undefined) safeDispose(previous);
    return checkCredentials(result[0] as unknown);
  }

  /** Tell a streaming provider's `onReAuthenticationError` (a throw there must not escape). */
  report(error: ReAuthenticationError): void {
    const provider = this.#provider;
    if (provider.type !== 'streaming-credentials-provider') return;
    try {
      provider.onReAuthenticationError(error);
    } catch {
      // The provider's own handler failed: the 'error' event still reports the failure.
    }
  }

  /** The connection ended: drop the subscription (later events are ignored). */
  release(): void {
    this.#released = true;
    this.#generation++;
    const subscription = this.#subscription;
    this.#subscription = undefined;
    if (subscription !== undefined) safeDispose(subscription);
  }
}

/**
 * Call a provider, for at most `timeout` ms; anything it throws or rejects with, and no answer in
 * time, becomes an UnableToObtainNewCredentialsError.
 */
async function obtain<T>(call: () => Promise<T>, timeout: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new UnableToObtainNewCredentialsError(`the credentials provider did not answer within ${timeout} ms`)), timeout);
  });
  try {
    return await Promise.race([Promise.resolve().then(call), late]);
  } catch (error) {
    if (error instanceof UnableToObtainNewCredentialsError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new UnableToObtainNewCredentialsError(`the credentials provider failed: ${message}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

function safeDispose(disposable: Disposable): void {
  try {
    disposable.dispose();
  } catch {
    // A provider's dispose that throws must not break a reconnect or a close.
  }
}
