// respjs 4.2.0 ships no types; the part the cross-check uses.
declare module 'respjs' {
  import { EventEmitter } from 'node:events';
  class Resp extends EventEmitter {
    constructor(options?: { bufBulk?: boolean });
    write(chunk: Buffer): boolean;
    static encodeRequest(args: Array<string | Buffer>): Buffer;
  }
  export = Resp;
}
