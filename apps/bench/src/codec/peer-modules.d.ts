// redis-parser 3.0.0 and respjs 4.2.0 ship no types; the parts the benchmarks use.
declare module 'redis-parser' {
  interface RedisParserOptions {
    returnReply(reply: unknown): void;
    returnError(error: Error): void;
    returnFatalError?(error: Error): void;
    returnBuffers?: boolean;
    stringNumbers?: boolean;
  }
  class RedisParser {
    constructor(options: RedisParserOptions);
    execute(chunk: Buffer): void;
    reset(): void;
  }
  export = RedisParser;
}

declare module 'respjs' {
  import { EventEmitter } from 'node:events';
  class Resp extends EventEmitter {
    constructor(options?: { bufBulk?: boolean });
    write(chunk: Buffer): boolean;
  }
  export = Resp;
}
