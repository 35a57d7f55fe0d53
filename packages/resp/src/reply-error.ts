import { RedisError, type RedisErrorOptions } from './redis-error';

/**
 * An error reply from the server (`-ERR ...`, or a RESP3 bulk error `!`). `message` is the server's
 * text; `code` is its first word (`'ERR'`, `'MOVED'`, `'WRONGTYPE'`, `'NOSCRIPT'`...), parsed once
 * here so callers switch on `err.code` instead of matching the message.
 */
export class ReplyError extends RedisError {
  static {
    this.defineBrand('@x/resp:ReplyError', 'ReplyError');
  }

  constructor(message: string, options?: Omit<RedisErrorOptions, 'code'>) {
    super(message, { ...options, code: firstWord(message) });
  }
}

/** The text up to the first space; `'ERR'` for an empty message (the server never sends one). */
function firstWord(message: string): string {
  const space = message.indexOf(' ');
  const word = space === -1 ? message : message.slice(0, space);
  return word.length === 0 ? 'ERR' : word;
}
