import { BasicCommandParser, createCommandParser, PrefixedCommandParser } from './command-parser';

describe('BasicCommandParser', () => {
  it('records arguments in order and keys separately', () => {
    const parser = new BasicCommandParser();
    parser.push('SET');
    parser.pushKey('k');
    parser.push('v', 'EX', '10');
    expect(parser.redisArgs).toEqual(['SET', 'k', 'v', 'EX', '10']);
    expect(parser.keys).toEqual(['k']);
    expect(parser.firstKey).toBe('k');
  });

  it('has no first key for a keyless command', () => {
    const parser = new BasicCommandParser();
    parser.push('PING');
    expect(parser.firstKey).toBeUndefined();
    expect(parser.keys).toEqual([]);
  });

  it('pushKeys records every key, not only the first', () => {
    const parser = new BasicCommandParser();
    parser.push('DEL');
    parser.pushKeys(['a', Buffer.from('b'), 'c']);
    expect(parser.redisArgs).toEqual(['DEL', 'a', Buffer.from('b'), 'c']);
    expect(parser.keys).toEqual(['a', Buffer.from('b'), 'c']);
    expect(parser.firstKey).toBe('a');
  });

  it('pushKeys accepts a single key', () => {
    const parser = new BasicCommandParser();
    parser.pushKeys('only');
    expect(parser.keys).toEqual(['only']);
    expect(parser.redisArgs).toEqual(['only']);
  });

  it('pushKeysLength prefixes the count', () => {
    const parser = new BasicCommandParser();
    parser.pushKeysLength(['a', 'b']);
    parser.pushKeysLength('c');
    expect(parser.redisArgs).toEqual(['2', 'a', 'b', '1', 'c']);
    expect(parser.keys).toEqual(['a', 'b', 'c']);
  });

  it('pushVariadic pushes one value or each of many, without recording keys', () => {
    const parser = new BasicCommandParser();
    parser.pushVariadic('x');
    parser.pushVariadic(['y', 'z']);
    expect(parser.redisArgs).toEqual(['x', 'y', 'z']);
    expect(parser.keys).toEqual([]);
  });

  it('pushVariadic handles arrays longer than a spread can take', () => {
    const parser = new BasicCommandParser();
    const many = Array.from({ length: 300_000 }, (_, i) => String(i));
    parser.pushVariadic(many);
    expect(parser.redisArgs.length).toBe(300_000);
    expect(parser.redisArgs[299_999]).toBe('299999');
  });

  it('pushVariadicWithLength prefixes the count', () => {
    const parser = new BasicCommandParser();
    parser.pushVariadicWithLength(['a', 'b', 'c']);
    parser.pushVariadicWithLength('d');
    expect(parser.redisArgs).toEqual(['3', 'a', 'b', 'c', '1', 'd']);
  });

  it('pushVariadicNumber writes decimal strings', () => {
    const parser = new BasicCommandParser();
    parser.pushVariadicNumber(1.5);
    parser.pushVariadicNumber([2, -3]);
    expect(parser.redisArgs).toEqual(['1.5', '2', '-3']);
  });

  it('keeps preserve (by setter or assignment), cachable and the RESP version', () => {
    const parser = new BasicCommandParser(2);
    expect(parser.respVersion).toBe(2);
    expect(parser.preserve).toBeUndefined();
    expect(parser.cachable).toBe(false);
    parser.setPreserve({ withScores: true });
    expect(parser.preserve).toEqual({ withScores: true });
    parser.preserve = 'node-redis style';
    expect(parser.preserve).toBe('node-redis style');
    parser.setCachable();
    expect(parser.cachable).toBe(true);
    expect(new BasicCommandParser().respVersion).toBe(3);
  });
  describe('with a keyPrefix', () => {
    it('puts it before every key pushed with pushKey, pushKeys and pushKeysLength (args and keys alike)', () => {
      const parser = createCommandParser(3, 'p:');
      parser.push('X');
      parser.pushKey('a');
      parser.pushKeys(['b', Buffer.from('c')]);
      parser.pushKeysLength('d');
      parser.push('value');
      expect(parser.redisArgs).toEqual(['X', 'p:a', 'p:b', Buffer.from('p:c'), '1', 'p:d', 'value']);
      expect(parser.keys).toEqual(['p:a', 'p:b', Buffer.from('p:c'), 'p:d']);
      expect(parser.firstKey).toBe('p:a');
    });

    it('leaves a key pushed with applyPrefix false alone (a routing key that is no key)', () => {
      const parser = createCommandParser(3, 'p:');
      parser.push('SPUBLISH');
      parser.pushKey('channel', false);
      expect(parser.redisArgs).toEqual(['SPUBLISH', 'channel']);
      expect(parser.keys).toEqual(['channel']);
    });

    it('never prefixes plain arguments', () => {
      const parser = createCommandParser(3, 'p:');
      parser.push('SCAN', '0', 'MATCH', 'user:*');
      parser.pushVariadic(['a', 'b']);
      parser.pushVariadicWithLength(['c']);
      expect(parser.redisArgs).toEqual(['SCAN', '0', 'MATCH', 'user:*', 'a', 'b', '1', 'c']);
    });

    it('pushPrefixedVariadicWithLength prefixes the values without recording them as keys', () => {
      const parser = createCommandParser(3, 'p:');
      parser.pushPrefixedVariadicWithLength(['a', 'b']);
      parser.pushPrefixedVariadicWithLength('c');
      expect(parser.redisArgs).toEqual(['2', 'p:a', 'p:b', '1', 'p:c']);
      expect(parser.keys).toEqual([]);
      const plain = createCommandParser(3);
      plain.pushPrefixedVariadicWithLength(['a']);
      expect(plain.redisArgs).toEqual(['1', 'a']);
    });

    it('is a PrefixedCommandParser; an empty prefix or none gives a plain parser', () => {
      expect(createCommandParser(3, 'p:')).toBeInstanceOf(PrefixedCommandParser);
      expect(createCommandParser(3, 'p:').keyPrefix).toBe('p:');
      for (const none of [undefined, '', Buffer.alloc(0)]) {
        const parser = createCommandParser(2, none);
        expect(parser).not.toBeInstanceOf(PrefixedCommandParser);
        expect(parser.respVersion).toBe(2);
        expect(parser.keyPrefix).toBeUndefined();
        parser.pushKey('a');
        expect(parser.redisArgs).toEqual(['a']);
      }
    });
  });
});
