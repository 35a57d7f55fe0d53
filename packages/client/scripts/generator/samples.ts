// Sample invocations of a generated definition, built from the same argument tree and the same
// layout rules as its parameters: what the key-position test feeds to `parseCommand` and compares
// with `COMMAND GETKEYS`. Keys are `key:1`, `key:2`, … in the order they are created.
import type { ArgumentDoc, CommandMeta } from './metadata';
import { altKind, argumentsOf, isPairBlock, layout, shapeOf, type ObjectShape } from './signature';

interface Variant {
  /** Which alternative of every oneof (modulo its length). */
  choice: number;
  /** Two values for every `multiple` argument instead of one. */
  many: boolean;
  /** Every optional argument given. */
  all: boolean;
}

/** A few argument lists for `parseCommand` (after the parser) covering required-only, all options, every oneof alternative. */
export function sampleInvocations(meta: CommandMeta): Array<Array<unknown>> {
  const { positional, options } = layout(meta.name, argumentsOf(meta));
  const widest = Math.max(1, ...argumentsOf(meta).map(widestChoice));
  const variants: Array<Variant> = [
    { choice: 0, many: false, all: false },
    { choice: 0, many: true, all: true },
  ];
  for (let choice = 1; choice < widest; choice++) variants.push({ choice, many: choice % 2 === 1, all: true });
  const seen = new Set<string>();
  const samples: Array<Array<unknown>> = [];
  for (const variant of variants) {
    const sampler = new Sampler(meta.name, variant);
    const args: Array<unknown> = [];
    for (const arg of positional) {
      if (arg.optional && !variant.all) break;
      args.push(sampler.value(arg, false));
    }
    if (options !== undefined && variant.all) args.push(sampler.object(options, true));
    const text = JSON.stringify(args);
    if (!seen.has(text)) {
      seen.add(text);
      samples.push(args);
    }
  }
  return samples;
}

function widestChoice(arg: ArgumentDoc): number {
  const own = arg.type === 'oneof' ? arg.arguments.length : 1;
  return Math.max(own, ...arg.arguments.map(widestChoice));
}

class Sampler {
  readonly #command: string;
  readonly #variant: Variant;
  #keys = 0;

  constructor(command: string, variant: Variant) {
    this.#command = command;
    this.#variant = variant;
  }

  value(arg: ArgumentDoc, inChoice: boolean): unknown {
    if (!arg.multiple) return this.#one(arg);
    if (isPairBlock(arg)) {
      const pairs = (this.#variant.many ? [0, 1] : [0]).map(() => arg.arguments.map((child) => this.#one(child)));
      return this.#variant.choice % 2 === 1 ? Object.fromEntries(pairs) : pairs;
    }
    const single = { ...arg, multiple: false };
    if (this.#variant.many) return [this.#one(single), this.#one(single)];
    return inChoice ? [this.#one(single)] : this.#one(single);
  }

  /** An object of these fields: the required ones, and with `all` the optional ones and groups too. */
  object(shape: ObjectShape, all: boolean): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    for (const field of shape.fields) {
      if (!field.optional || all) object[field.key] = this.value(field.arg, false);
    }
    if (all) for (const group of shape.groups) Object.assign(object, this.object(group, true));
    return object;
  }

  #one(arg: ArgumentDoc): unknown {
    switch (arg.type) {
      case 'key':
        this.#keys += 1;
        return `key:${this.#keys}`;
      case 'string':
        return 'value';
      case 'pattern':
        return 'pattern*';
      case 'integer':
        return 1;
      case 'unix-time':
        return 1700000000;
      case 'double':
        return 1.5;
      case 'pure-token':
        return true;
      case 'block':
        return this.object(shapeOf(this.#command, arg.arguments), this.#variant.all);
      case 'oneof': {
        const alt = arg.arguments[this.#variant.choice % arg.arguments.length]!;
        const kind = altKind(this.#command, alt);
        if (kind === 'literal') return alt.token;
        if (kind !== 'object') return this.value(alt, true);
        if (alt.token === undefined) return { type: alt.name, ...this.object(shapeOf(this.#command, alt.arguments), this.#variant.all) };
        if (alt.type === 'block') return { type: alt.token, ...this.object(shapeOf(this.#command, alt.arguments), this.#variant.all) };
        return { type: alt.token, value: this.value({ ...alt, token: undefined }, false) };
      }
    }
  }
}
