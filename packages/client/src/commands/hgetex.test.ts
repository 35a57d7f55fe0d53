import { parseCommandArguments } from '@x/modules';
import HGETEX from './hgetex';

const wire = (...args: Array<unknown>) => parseCommandArguments(HGETEX, ...(args as [string, string])).redisArgs;

describe('HGETEX', () => {
  it('sends the expiration before the counted fields', () => {
    expect(wire('h', ['a', 'b'])).toEqual(['HGETEX', 'h', 'FIELDS', '2', 'a', 'b']);
    expect(wire('h', 'a', { expiration: { type: 'EX', value: 10 } })).toEqual(['HGETEX', 'h', 'EX', '10', 'FIELDS', '1', 'a']);
    expect(wire('h', 'a', { expiration: 'PERSIST' })).toEqual(['HGETEX', 'h', 'PERSIST', 'FIELDS', '1', 'a']);
    expect(wire('h', 'a', { expiration: { type: 'PERSIST' } })).toEqual(['HGETEX', 'h', 'PERSIST', 'FIELDS', '1', 'a']);
  });

  it('refuses a timed expiration without its value (node-redis would drop it silently) and an unknown type', () => {
    expect(() => wire('h', 'a', { expiration: { type: 'PX' } })).toThrow('HGETEX expiration PX must be a number, got undefined');
    expect(() => wire('h', 'a', { expiration: { type: 'KEEPTTL' } })).toThrow(TypeError);
  });
});
