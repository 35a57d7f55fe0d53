import { BasicCommandParser } from '@x/modules';
import { pushEvalArguments } from './eval';

describe('pushEvalArguments', () => {
  it('no options: numkeys 0', () => {
    const parser = new BasicCommandParser();
    pushEvalArguments(parser);
    expect(parser.redisArgs).toEqual(['0']);
  });

  it('keys (recorded) then arguments', () => {
    const parser = new BasicCommandParser();
    pushEvalArguments(parser, { keys: ['a'], arguments: ['1', '2'] });
    expect(parser.redisArgs).toEqual(['1', 'a', '1', '2']);
    expect(parser.keys).toEqual(['a']);
  });

  it('empty keys: numkeys 0', () => {
    const parser = new BasicCommandParser();
    pushEvalArguments(parser, { keys: [] });
    expect(parser.redisArgs).toEqual(['0']);
  });
});
