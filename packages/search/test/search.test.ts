import { createClient, ReplyError, RESP_TYPES, type RedisClientType } from '@x/client';
import { redisearchModule, startRedisServer, type RedisServer } from '@x/test-utils';
import { ft } from '../src';

// @x/search against a real redis-server with RediSearch 1.2 loaded, consumed as a user would: an
// ordinary module in `createClient({ modules: { ft } })`. Over RESP3 and RESP2 (RediSearch 1.2 knows
// only RESP2 shapes; the transforms must not care), with a Buffer type mapping, and in multi().

let server: RedisServer;

beforeAll(async () => {
  server = await startRedisServer({ loadModules: [redisearchModule()] });
});

afterAll(async () => {
  await server?.stop();
});

function connect<RESP extends 2 | 3>(RESP: RESP) {
  return createClient({ RESP, socket: { host: server.host, port: server.port }, modules: { ft } }).connect();
}

async function withIndex<RESP extends 2 | 3>(RESP: RESP, name: string, run: (client: RedisClientType<{ ft: typeof ft }, Record<never, never>, Record<never, never>, RESP>) => Promise<void>) {
  const client = await connect(RESP);
  try {
    await client.ft.create(name, {
      title: { type: 'TEXT', WEIGHT: 5 },
      body: 'TEXT',
      price: { type: 'NUMERIC', SORTABLE: true },
      tags: { type: 'TAG' },
      place: 'GEO',
    });
    await client.ft.add(name, `${name}:1`, { title: 'hello world', body: 'the first', price: 10, tags: 'a,b', place: '-122.41,37.77' }, { PAYLOAD: 'p1', SCORE: 0.5 });
    await client.ft.add(name, `${name}:2`, { title: 'hello there', body: 'the second', price: 20, tags: 'b' }, { LANGUAGE: 'english' });
    await client.ft.add(name, `${name}:3`, { title: 'goodbye', body: 'hello in the body', price: 30, tags: 'c' });
    await run(client);
  } finally {
    await client.ft.drop(name).catch(() => undefined);
    client.destroy();
  }
}

describe.each([3, 2] as const)('RESP%i', (RESP) => {
  it('create, add and search: the total and the documents with their fields, typed', async () => {
    await withIndex(RESP, `s${RESP}`, async (client) => {
      const reply = await client.ft.search(`s${RESP}`, 'hello', { SORTBY: { BY: 'price', DIRECTION: 'DESC' } });
      expect(reply.total).toBe(3);
      expect(reply.documents).toEqual([
        { id: `s${RESP}:3`, value: { title: 'goodbye', body: 'hello in the body', price: '30', tags: 'c' } },
        { id: `s${RESP}:2`, value: { title: 'hello there', body: 'the second', price: '20', tags: 'b' } },
        { id: `s${RESP}:1`, value: { title: 'hello world', body: 'the first', price: '10', tags: 'a,b', place: '-122.41,37.77' } },
      ]);
      // The types flow from the definition: a number and strings, no cast.
      const total: number = reply.total;
      const title: string | undefined = reply.documents[0]?.value['title'];
      expect([total, title]).toEqual([3, 'goodbye']);
    });
  });

  it('options: WITHSCORES/WITHPAYLOADS, FILTER, tags, INFIELDS, INKEYS, RETURN, LIMIT, NOCONTENT', async () => {
    const i = `o${RESP}`;
    await withIndex(RESP, i, async (client) => {
      const scored = await client.ft.search(i, 'hello', { WITHSCORES: true, WITHPAYLOADS: true, SORTBY: 'price' });
      expect(scored.documents.map((d) => [d.id, typeof d.score, d.payload])).toEqual([
        [`${i}:1`, 'number', 'p1'],
        [`${i}:2`, 'number', null],
        [`${i}:3`, 'number', null],
      ]);
      const cheap = await client.ft.search(i, 'hello', { FILTER: { field: 'price', min: 0, max: '(20' } });
      expect(cheap.documents.map((d) => d.id)).toEqual([`${i}:1`]);
      const tagged = await client.ft.searchNoContent(i, '@tags:{b}', { SORTBY: 'price' });
      expect(tagged).toEqual({ total: 2, documents: [`${i}:1`, `${i}:2`] });
      const inTitle = await client.ft.searchNoContent(i, 'hello', { INFIELDS: 'title', SORTBY: 'price' });
      expect(inTitle.documents).toEqual([`${i}:1`, `${i}:2`]);
      const near = await client.ft.searchNoContent(i, 'hello', { GEOFILTER: { field: 'place', longitude: -122.41, latitude: 37.77, radius: 1, unit: 'km' } });
      expect(near.documents).toEqual([`${i}:1`]);
      const only = await client.ft.search(i, 'hello', { INKEYS: [`${i}:2`], RETURN: ['title'] });
      expect(only).toEqual({ total: 1, documents: [{ id: `${i}:2`, value: { title: 'hello there' } }] });
      const page = await client.ft.searchNoContent(i, 'hello', { SORTBY: 'price', LIMIT: { from: 1, size: 1 } });
      expect(page).toEqual({ total: 3, documents: [`${i}:2`] });
    });
  });

  it('RETURN: [] (RETURN 0, which RediSearch answers as NOCONTENT): every id, with no fields', async () => {
    const i = `r${RESP}`;
    await withIndex(RESP, i, async (client) => {
      const none = await client.ft.search(i, 'hello', { RETURN: [], SORTBY: 'price' });
      expect(none).toEqual({
        total: 3,
        documents: [
          { id: `${i}:1`, value: {} },
          { id: `${i}:2`, value: {} },
          { id: `${i}:3`, value: {} },
        ],
      });
      const scored = await client.ft.search(i, 'hello', { RETURN: [], WITHSCORES: true, WITHPAYLOADS: true, SORTBY: 'price' });
      expect(scored.documents.map((d) => [d.id, typeof d.score, d.payload, d.value])).toEqual([
        [`${i}:1`, 'number', 'p1', {}],
        [`${i}:2`, 'number', null, {}],
        [`${i}:3`, 'number', null, {}],
      ]);
    });
  });

  it('searchNoContent refuses WITHSCORES and WITHPAYLOADS from a JavaScript caller, before sending', async () => {
    const i = `x${RESP}`;
    await withIndex(RESP, i, async (client) => {
      const untyped = client.ft as unknown as { searchNoContent(index: string, query: string, options: object): Promise<unknown> };
      for (const option of ['WITHSCORES', 'WITHPAYLOADS']) {
        const error = await untyped.searchNoContent(i, 'hello', { [option]: true }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toContain(option);
      }
      // Nothing was sent: the connection answers the next command with its own reply.
      expect(await client.ft.searchNoContent(i, 'goodbye')).toEqual({ total: 1, documents: [`${i}:3`] });
    });
  });

  it('get, del (with and without DD), info, drop; an unknown index is a ReplyError', async () => {
    const i = `g${RESP}`;
    await withIndex(RESP, i, async (client) => {
      expect(await client.ft.get(i, `${i}:2`)).toEqual({ title: 'hello there', body: 'the second', price: '20', tags: 'b' });
      expect(await client.ft.get(i, `${i}:none`)).toBeNull();
      expect(await client.ft.del(i, `${i}:2`)).toBe(1);
      expect(await client.exists(`${i}:2`)).toBe(1); // the hash stays without DD
      expect(await client.ft.del(i, `${i}:3`, true)).toBe(1);
      expect(await client.exists(`${i}:3`)).toBe(0);
      expect(await client.ft.del(i, `${i}:none`)).toBe(0);
      const info = await client.ft.info(i);
      expect(info).toMatchObject({ indexName: i, indexOptions: [], numDocs: 1 });
      expect(info.fields['title']).toEqual({ type: 'TEXT', attributes: ['WEIGHT', RESP === 3 ? 5 : '5'] });
      expect(info.fields['price']).toEqual({ type: 'NUMERIC', attributes: ['SORTABLE'] });
      expect(await client.ft.drop(i, { KEEPDOCS: true })).toBe('OK');
      expect(await client.exists(`${i}:1`)).toBe(1);
      const error = await client.ft.info(i).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReplyError);
      expect((error as Error).message).toMatch(/Unknown Index name/);
    });
  });
});

it('index options reach the server: FT.INFO lists them', async () => {
  const client = await connect(3);
  try {
    await client.ft.create('opts', { t: 'TEXT' }, { NOOFFSETS: true, NOFIELDS: true, NOFREQS: true, STOPWORDS: [] });
    expect((await client.ft.info('opts')).indexOptions).toEqual(expect.arrayContaining(['NOOFFSETS', 'NOFIELDS', 'NOFREQS']));
    // No stop-words: 'the' is searchable now.
    await client.ft.add('opts', 'opts:1', { t: 'the' });
    expect((await client.ft.searchNoContent('opts', 'the')).documents).toEqual(['opts:1']);
    await client.ft.drop('opts');
  } finally {
    client.destroy();
  }
});

it('a document added with NOSAVE is found, without fields; REPLACE PARTIAL updates one field', async () => {
  await withIndex(3, 'n3', async (client) => {
    await client.ft.add('n3', 'n3:4', { title: 'hello unsaved' }, { NOSAVE: true });
    const found = await client.ft.search('n3', 'unsaved');
    expect(found).toEqual({ total: 1, documents: [{ id: 'n3:4', value: {} }] });
    await client.ft.add('n3', 'n3:2', { price: 25 }, { REPLACE: 'PARTIAL' });
    expect(await client.ft.get('n3', 'n3:2')).toMatchObject({ title: 'hello there', price: '25' });
  });
});

it('under a Buffer type mapping, strings are Buffers and numbers stay numbers', async () => {
  await withIndex(3, 'b3', async (client) => {
    const buffers = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    const reply = await buffers.ft.search('b3', 'goodbye', { WITHSCORES: true });
    expect(reply.total).toBe(1);
    const doc = reply.documents[0]!;
    const title: Buffer | undefined = doc.value['title'];
    expect(title).toEqual(Buffer.from('goodbye'));
    expect(doc.id).toEqual(Buffer.from('b3:3'));
    expect(typeof doc.score).toBe('number');
  });
});

it('in multi(): module commands queue, chain and resolve transformed', async () => {
  const client = await connect(3);
  try {
    const replies = await client
      .multi()
      .ft.create('m3', { title: 'TEXT' })
      .ft.add('m3', 'm3:1', { title: 'queued hello' })
      .ft.search('m3', 'hello')
      .ft.drop('m3')
      .exec<'typed'>();
    expect(replies).toEqual(['OK', 'OK', { total: 1, documents: [{ id: 'm3:1', value: { title: 'queued hello' } }] }, 'OK']);
    const search: { total: number } = replies[2];
    expect(search.total).toBe(1);
  } finally {
    client.destroy();
  }
});
