import { RedisError } from '@x/resp';

// The errors of the command contract: `RedisError`s (a `name`, a stable `code`, an `instanceof` that
// works across two installed copies). Thrown when a client or cluster class is built from a
// configuration (definition errors) or when a call is parsed, before anything is sent.

/** A definition (module command, function, script) is malformed. Code `ERR_INVALID_DEFINITION`. */
export class InvalidDefinitionError extends RedisError {
  static {
    this.defineBrand('@x/modules:InvalidDefinitionError', 'InvalidDefinitionError');
  }

  /** Where the definition is, e.g. `scripts.myScript` or `modules.json.get`. */
  readonly definition: string;

  constructor(definition: string, problem: string) {
    super(`Invalid definition ${definition}: ${problem}`, { code: 'ERR_INVALID_DEFINITION' });
    this.definition = definition;
  }
}

/**
 * A module namespace, function library or script name shadows a built-in command or method of the
 * client (or another extension of the same name). Code `ERR_DEFINITION_NAME_CONFLICT`.
 */
export class DefinitionNameConflictError extends RedisError {
  static {
    this.defineBrand('@x/modules:DefinitionNameConflictError', 'DefinitionNameConflictError');
  }

  /** Where the definition is, e.g. `scripts.get`. */
  readonly definition: string;
  /** The name that conflicts. */
  readonly conflictingName: string;

  constructor(definition: string, conflictingName: string, shadows: string) {
    super(`Invalid definition ${definition}: the name "${conflictingName}" would shadow ${shadows}`, {
      code: 'ERR_DEFINITION_NAME_CONFLICT',
    });
    this.definition = definition;
    this.conflictingName = conflictingName;
  }
}

/**
 * A function or script call pushed a different number of keys than its `NUMBER_OF_KEYS`. The call
 * is rejected before it is sent, instead of a server error or a wrong slot. Code `ERR_NUMBER_OF_KEYS`.
 */
export class NumberOfKeysError extends RedisError {
  static {
    this.defineBrand('@x/modules:NumberOfKeysError', 'NumberOfKeysError');
  }

  /** Which definition, e.g. `functions.mylib.square`. */
  readonly definition: string;
  readonly expected: number;
  readonly actual: number;

  constructor(definition: string, expected: number, actual: number) {
    super(
      `${definition} declares NUMBER_OF_KEYS ${expected} but its parseCommand pushed ${actual} key${actual === 1 ? '' : 's'}`,
      { code: 'ERR_NUMBER_OF_KEYS' },
    );
    this.definition = definition;
    this.expected = expected;
    this.actual = actual;
  }
}
