import RedisParser from 'redis-parser';
import Resp from 'respjs';
import { Decoder } from '@redis/client/dist/lib/RESP/decoder';
import { Parser } from '@x/resp';

/**
 * The decoders measured, each behind the same face: feed chunks, count replies, keep the last one
 * (so the work cannot be optimised away, and `verify` can compare results).
 */
export interface DecoderUnderTest {
  readonly name: string;
  /** RESP3 support: RESP3 cases skip decoders without it. */
  readonly resp3: boolean;
  feed(chunks: readonly Buffer[]): void;
  /** Replies (and error replies) seen so far. */
  count: number;
  /** Everything decoded, when collecting (verification only). */
  collected: unknown[] | null;
}

abstract class Counting {
  count = 0;
  collected: unknown[] | null = null;
  protected readonly take = (reply: unknown): void => {
    this.count++;
    // Read large strings, as any real consumer does: a decoder that returns a lazily concatenated
    // string (a V8 rope, e.g. redis-parser's StringDecoder pieces) pays its flattening here
    // instead of getting the cost off the clock. Flat strings pay a byte count.
    if (typeof reply === 'string' && reply.length > 65536) Buffer.byteLength(reply);
    if (this.collected !== null) this.collected.push(reply);
  };
}

class Ours extends Counting implements DecoderUnderTest {
  readonly name = '@x/resp';
  readonly resp3 = true;
  private readonly parser = new Parser({
    returnReply: this.take,
    returnError: this.take,
    returnFatalError: (error) => {
      throw error;
    },
    returnPush: this.take,
  });
  feed(chunks: readonly Buffer[]): void {
    for (const chunk of chunks) this.parser.execute(chunk);
  }
}

class RedisParser300 extends Counting implements DecoderUnderTest {
  readonly name = 'redis-parser 3.0.0';
  readonly resp3 = false;
  private readonly parser = new RedisParser({
    returnReply: this.take,
    returnError: this.take,
    returnFatalError: (error) => {
      throw error;
    },
  });
  feed(chunks: readonly Buffer[]): void {
    for (const chunk of chunks) this.parser.execute(chunk);
  }
}

class Respjs420 extends Counting implements DecoderUnderTest {
  readonly name = 'respjs 4.2.0';
  readonly resp3 = false;
  private readonly resp = new Resp();
  constructor() {
    super();
    this.resp.on('data', this.take);
    this.resp.on('error', (error: Error) => {
      throw error;
    });
  }
  feed(chunks: readonly Buffer[]): void {
    for (const chunk of chunks) this.resp.write(chunk);
  }
}

class NodeRedis631 extends Counting implements DecoderUnderTest {
  readonly name = 'node-redis 6.3.1 (@redis/client Decoder)';
  readonly resp3 = true;
  // An empty type mapping: node-redis's defaults (strings, numbers, object maps, array sets).
  private readonly decoder = new Decoder({
    onReply: this.take,
    onErrorReply: this.take,
    onPush: this.take,
    getTypeMapping: () => ({}),
  });
  feed(chunks: readonly Buffer[]): void {
    for (const chunk of chunks) this.decoder.write(chunk);
  }
}

export function createDecoders(): DecoderUnderTest[] {
  return [new Ours(), new RedisParser300(), new Respjs420(), new NodeRedis631()];
}
