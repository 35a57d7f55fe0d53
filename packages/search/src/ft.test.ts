import { parseCommandArguments } from '@x/modules';
import { ft } from './ft';
import { transformInfoReply } from './index-admin';
import { transformSearchReply } from './search';

// What each definition sends and which arguments it declares as keys (a cluster routes by the first
// and checks that all share a slot). The replies are checked against a real server in test/.

describe('arguments and keys', () => {
  it('FT.CREATE: options before SCHEMA, each field with its attributes; the index is the key', () => {
    const parser = parseCommandArguments(
      ft.create,
      'idx',
      {
        title: { type: 'TEXT', WEIGHT: 5, NOSTEM: true, SORTABLE: true },
        body: 'TEXT',
        price: { type: 'NUMERIC', SORTABLE: true, NOINDEX: true },
        tags: { type: 'TAG', SEPARATOR: ';' },
        where: 'GEO',
      },
      { NOOFFSETS: true, NOFIELDS: true, NOFREQS: true, STOPWORDS: ['a', 'the'] },
    );
    expect(parser.redisArgs).toEqual([
      'FT.CREATE', 'idx', 'NOOFFSETS', 'NOFIELDS', 'NOFREQS', 'STOPWORDS', '2', 'a', 'the', 'SCHEMA',
      'title', 'TEXT', 'NOSTEM', 'WEIGHT', '5', 'SORTABLE',
      'body', 'TEXT',
      'price', 'NUMERIC', 'SORTABLE', 'NOINDEX',
      'tags', 'TAG', 'SEPARATOR', ';',
      'where', 'GEO',
    ]);
    expect(parser.keys).toEqual(['idx']);
  });

  it('FT.ADD: the index and the document id are keys; score 1 unless given', () => {
    const plain = parseCommandArguments(ft.add, 'idx', '{idx}d1', { title: 'hi', n: 3 });
    expect(plain.redisArgs).toEqual(['FT.ADD', 'idx', '{idx}d1', '1', 'FIELDS', 'title', 'hi', 'n', '3']);
    expect(plain.keys).toEqual(['idx', '{idx}d1']);
    const full = parseCommandArguments(ft.add, 'idx', 'd', { t: Buffer.from('x') }, {
      SCORE: 0.5, NOSAVE: true, REPLACE: 'PARTIAL', LANGUAGE: 'french', PAYLOAD: 'p',
    });
    expect(full.redisArgs).toEqual([
      'FT.ADD', 'idx', 'd', '0.5', 'NOSAVE', 'REPLACE', 'PARTIAL', 'LANGUAGE', 'french', 'PAYLOAD', 'p', 'FIELDS', 't', Buffer.from('x'),
    ]);
  });

  it('FT.SEARCH: every option in RediSearch 1.2 order; INKEYS ids are keys; the shape is kept for the reply', () => {
    const parser = parseCommandArguments(ft.search, 'idx', 'hello', {
      VERBATIM: true,
      NOSTOPWORDS: true,
      WITHSCORES: true,
      WITHPAYLOADS: true,
      FILTER: [{ field: 'price', min: 0, max: '(10' }, { field: 'n', min: '-inf', max: '+inf' }],
      GEOFILTER: { field: 'where', longitude: -122.4, latitude: 37.7, radius: 5, unit: 'km' },
      INKEYS: ['{idx}a', '{idx}b'],
      INFIELDS: 'title',
      RETURN: ['title', 'price'],
      SLOP: 1,
      INORDER: true,
      LANGUAGE: 'english',
      EXPANDER: 'SBSTEM',
      SCORER: 'TFIDF',
      PAYLOAD: 'p',
      SORTBY: { BY: 'price', DIRECTION: 'DESC' },
      LIMIT: { from: 10, size: 5 },
    });
    expect(parser.redisArgs).toEqual([
      'FT.SEARCH', 'idx', 'hello', 'VERBATIM', 'NOSTOPWORDS', 'WITHSCORES', 'WITHPAYLOADS',
      'FILTER', 'price', '0', '(10', 'FILTER', 'n', '-inf', '+inf',
      'GEOFILTER', 'where', '-122.4', '37.7', '5', 'km',
      'INKEYS', '2', '{idx}a', '{idx}b', 'INFIELDS', '1', 'title', 'RETURN', '2', 'title', 'price',
      'SLOP', '1', 'INORDER', 'LANGUAGE', 'english', 'EXPANDER', 'SBSTEM', 'SCORER', 'TFIDF', 'PAYLOAD', 'p',
      'SORTBY', 'price', 'DESC', 'LIMIT', '10', '5',
    ]);
    expect(parser.keys).toEqual(['idx', '{idx}a', '{idx}b']);
    expect(parser.preserve).toEqual({ withScores: true, withPayloads: true, withFields: true });
    // Kept on the master even with useReplicas: a replica answers FT.SEARCH without the fields.
    expect('IS_READ_ONLY' in ft.search).toBe(false);
    expect([ft.searchNoContent.IS_READ_ONLY, ft.get.IS_READ_ONLY, ft.info.IS_READ_ONLY]).toEqual([true, true, true]);
  });

  it('FT.SEARCH NOCONTENT, FT.GET, FT.DEL, FT.DROP, FT.INFO', () => {
    expect(parseCommandArguments(ft.searchNoContent, 'idx', '*', { SORTBY: 'price' }).redisArgs).toEqual([
      'FT.SEARCH', 'idx', '*', 'NOCONTENT', 'SORTBY', 'price',
    ]);
    expect(parseCommandArguments(ft.get, 'idx', 'd').keys).toEqual(['idx', 'd']);
    // RETURN 0 is NOCONTENT to RediSearch: the shape says no field list follows each id.
    const none = parseCommandArguments(ft.search, 'idx', '*', { RETURN: [] });
    expect(none.redisArgs).toEqual(['FT.SEARCH', 'idx', '*', 'RETURN', '0']);
    expect(none.preserve).toEqual({ withScores: false, withPayloads: false, withFields: false });
    expect(parseCommandArguments(ft.del, 'idx', 'd', true).redisArgs).toEqual(['FT.DEL', 'idx', 'd', 'DD']);
    expect(parseCommandArguments(ft.drop, 'idx', { KEEPDOCS: true }).redisArgs).toEqual(['FT.DROP', 'idx', 'KEEPDOCS']);
    expect(parseCommandArguments(ft.info, 'idx').keys).toEqual(['idx']);
  });

  it('both spellings are the same definitions', () => {
    expect(ft.SEARCH).toBe(ft.search);
    expect(ft.CREATE).toBe(ft.create);
  });
});

describe('reply transforms', () => {
  it('search: ids, optional score and payload, fields; a document stored with NOSAVE has none', () => {
    const reply = [2, 'd1', '0.5', 'p1', ['title', 'hi', 'n', '3'], 'd2', 1, null, null];
    expect(transformSearchReply(reply, { withScores: true, withPayloads: true })).toEqual({
      total: 2,
      documents: [
        { id: 'd1', score: 0.5, payload: 'p1', value: { title: 'hi', n: '3' } },
        { id: 'd2', score: 1, payload: null, value: {} },
      ],
    });
    expect(transformSearchReply([1, 'd1', ['t', 'x']], { withScores: false, withPayloads: false })).toEqual({
      total: 1,
      documents: [{ id: 'd1', value: { t: 'x' } }],
    });
  });

  it('search with RETURN 0: ids (and scores) with no field list after them', () => {
    const shape = { withScores: true, withPayloads: false, withFields: false };
    expect(transformSearchReply([2, 'd2', '1', 'd1', '0.5'], shape)).toEqual({
      total: 2,
      documents: [
        { id: 'd2', score: 1, value: {} },
        { id: 'd1', score: 0.5, value: {} },
      ],
    });
  });

  it('a field named __proto__ stays a field', () => {
    const { documents } = transformSearchReply([1, 'd', ['__proto__', 'x']]);
    expect(Object.getPrototypeOf(documents[0]!.value)).toBe(Object.prototype);
    expect(Object.keys(documents[0]!.value)).toEqual(['__proto__']);
  });

  it('info: name, options, fields by name, counts as numbers', () => {
    const reply = [
      'index_name', 'idx', 'index_options', ['NOOFFSETS'],
      'fields', [['title', 'type', 'TEXT', 'WEIGHT', '5'], ['n', 'type', 'NUMERIC', 'SORTABLE']],
      'num_docs', '2', 'max_doc_id', '3', 'num_terms', '4', 'num_records', '5', 'gc_stats', ['current_hz', '10'],
    ];
    expect(transformInfoReply(reply)).toEqual({
      indexName: 'idx',
      indexOptions: ['NOOFFSETS'],
      fields: { title: { type: 'TEXT', attributes: ['WEIGHT', '5'] }, n: { type: 'NUMERIC', attributes: ['SORTABLE'] } },
      numDocs: 2,
      maxDocId: 3,
      numTerms: 4,
      numRecords: 5,
    });
  });
});
