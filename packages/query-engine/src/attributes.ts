// The option-writing machinery FT.CREATE's index options, its schema fields and a vector field's
// parameter block share: each is a list of (name, how it is written) pairs read off an options
// object in a fixed order — the order node-redis sends them in, which the server accepts.
import type { RedisArgument } from '@x/modules';

/**
 * How one option becomes wire arguments:
 * - `flag`: truthy → its name alone;
 * - `text`: truthy → name, value as given (a string or a Buffer; an empty string sends nothing);
 * - `given`: not undefined → name, value as given;
 * - `number`: not undefined → name, the value's decimal text (0 is sent);
 * - `nonzero`: truthy → name, the value's decimal text (0 sends nothing, e.g. `TEMPORARY`);
 * - `bool`: not undefined → name, `TRUE` or `FALSE`;
 * - `list`: not undefined → name, the count, each value (one value counts as a list of one);
 * - `sortable`: truthy → `SORTABLE`, and `UNF` after it when the value is `'UNF'`.
 */
export type AttributeKind = 'flag' | 'text' | 'given' | 'number' | 'nonzero' | 'bool' | 'list' | 'sortable';

/** One option: its name on the wire (and key in the options object), and how it is written. */
export type Attribute = readonly [name: string, kind: AttributeKind];

/** Where arguments go: a parser, or an array collected before a length-prefixed block. */
export interface ArgumentSink {
  push(...args: Array<RedisArgument>): unknown;
}

// `.toString()` rather than `String()`: a null where a number belongs throws a TypeError (the client
// rejects the call) instead of sending the text "null".
const decimal = (value: unknown): string => (value as { toString(): string }).toString();

/** Writes each attribute of `attributes` that `options` sets, in the table's order. */
export function writeAttributes(sink: ArgumentSink, options: object, attributes: ReadonlyArray<Attribute>): void {
  const values = options as Record<string, unknown>;
  for (const [name, kind] of attributes) {
    const value = values[name];
    switch (kind) {
      case 'flag':
        if (value) sink.push(name);
        break;
      case 'text':
        if (value) sink.push(name, value as RedisArgument);
        break;
      case 'given':
        if (value !== undefined) sink.push(name, value as RedisArgument);
        break;
      case 'number':
        if (value !== undefined) sink.push(name, decimal(value));
        break;
      case 'nonzero':
        if (value) sink.push(name, decimal(value));
        break;
      case 'bool':
        if (value !== undefined) sink.push(name, value ? 'TRUE' : 'FALSE');
        break;
      case 'list':
        if (value !== undefined) writeList(sink, name, value as RedisArgument | ReadonlyArray<RedisArgument>);
        break;
      case 'sortable':
        if (value) {
          sink.push('SORTABLE');
          if (value === 'UNF') sink.push('UNF');
        }
        break;
    }
  }
}

/** `name count value…`; values pushed one by one so a long list cannot overflow a spread. */
function writeList(sink: ArgumentSink, name: string, value: RedisArgument | ReadonlyArray<RedisArgument>): void {
  if (!Array.isArray(value)) {
    sink.push(name, '1', value as RedisArgument);
    return;
  }
  sink.push(name, String(value.length));
  for (const item of value) sink.push(item);
}
