import { RedisError } from '@x/resp';
import { DefinitionNameConflictError, InvalidDefinitionError, NumberOfKeysError } from './errors';

describe('errors', () => {
  it.each([
    [new InvalidDefinitionError('scripts.s', 'bad'), 'InvalidDefinitionError', 'ERR_INVALID_DEFINITION'],
    [new DefinitionNameConflictError('scripts.get', 'get', 'x'), 'DefinitionNameConflictError', 'ERR_DEFINITION_NAME_CONFLICT'],
    [new NumberOfKeysError('scripts.s', 1, 2), 'NumberOfKeysError', 'ERR_NUMBER_OF_KEYS'],
  ])('%s is a RedisError with a name and a stable code', (err, name, code) => {
    expect(err).toBeInstanceOf(RedisError);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe(name);
    expect(err.code).toBe(code);
    expect(String(err)).toMatch(new RegExp(`^${name}: `));
  });

  it('instanceof tells the classes apart', () => {
    expect(new NumberOfKeysError('s', 1, 0)).not.toBeInstanceOf(InvalidDefinitionError);
    expect(new InvalidDefinitionError('s', 'p')).not.toBeInstanceOf(DefinitionNameConflictError);
  });

  it('NumberOfKeysError says "key" for one', () => {
    expect(new NumberOfKeysError('scripts.s', 2, 1).message).toBe('scripts.s declares NUMBER_OF_KEYS 2 but its parseCommand pushed 1 key');
  });
});
