import { RedisError, type RedisErrorOptions } from './redis-error';

/**
 * Malformed RESP input: what was wrong and at which byte. `offset` counts bytes from the start of the
 * stream fed to the parser (since it was created or last reset). Code `'ERR_PROTOCOL'`.
 */
export class ProtocolError extends RedisError {
  static {
    this.defineBrand('@x/resp:ProtocolError', 'ProtocolError');
  }

  /** Byte offset of the offending byte in the stream since the parser's creation or last reset. */
  readonly offset: number;

  constructor(reason: string, offset: number, options?: Omit<RedisErrorOptions, 'code'>) {
    super(`RESP protocol error at byte ${offset}: ${reason}`, { ...options, code: 'ERR_PROTOCOL' });
    this.offset = offset;
  }
}
