// The argument tree of `COMMAND DOCS` → the parameters of `parseCommand` and the code that pushes
// them. The mapping (documented in src/commands/README.md):
//
// - Required arguments are positional parameters, in wire order. An integer `numkeys` right before
//   a `multiple` argument is not a parameter: the count is pushed from the array.
// - Optional arguments: when all of them come after the last required one and each is a plain
//   untokened value (or a choice of such values/tokens), they are optional positional parameters
//   (`PING [message]` → `ping(message?)`); otherwise they are the fields of a last `options`
//   parameter, keyed by their token (`{ COUNT: 10, WITHSCORES: true }`) or, untokened, by their
//   name in camel case (`{ condition: 'NX' }`). An untokened optional block is flattened into the
//   object: its fields appear together or not at all (`{ start, end, unit? }`).
// - Values: string/key/pattern → `RedisArgument`, integer/unix-time → `number`, double →
//   `number | RedisArgument` (numbers as Redis doubles, strings as given: `'(1'`, `'-inf'`), a pure
//   token → `boolean`, `multiple` → one value or an array, a block → an object of its arguments
//   (a repeated `field value` block also as a record), a `oneof` → a union: its tokens as literals
//   (`'NX' | 'XX'`), untokened values as themselves, tokened values as `{ type: 'EX', value: 10 }`,
//   blocks as `{ type: …, …fields }`.
// - Every `key` argument is pushed with `pushKey`/`pushKeys` wherever it sits.
import type { ArgumentDoc, CommandMeta } from './metadata';

/** One parameter of `parseCommand` after the parser. */
export interface Parameter {
  name: string;
  type: string;
  optional: boolean;
}

/** The options object type: one line per field (with its syntax for the doc comment), then flattened groups. */
export interface OptionsType {
  fields: Array<{ declaration: string; syntax: string; since: string | undefined }>;
  /** `({ start: number; end: number } | { start?: never; end?: never })` per flattened optional block. */
  groups: Array<string>;
}

/** What a command's definition is made of. */
export interface Signature {
  parameters: Array<Parameter>;
  /** The options type (`XxxOptions`), when the command takes an options object. */
  options: OptionsType | undefined;
  /** The statements of `parseCommand` after the command name, one per line, unindented. */
  body: Array<string>;
  /** Helper functions the body calls (from `../helpers/generated-arguments`). */
  helpers: Set<string>;
}

/** A member of an object type: a field of a block or of the options object. */
export interface Field {
  key: string;
  arg: ArgumentDoc;
  optional: boolean;
}

/** A flattened untokened optional block inside an object: its fields appear all together or not at all. */
export interface FlatGroup {
  arg: ArgumentDoc;
  fields: Array<Field>;
  groups: Array<FlatGroup>;
}

export interface ObjectShape {
  fields: Array<Field>;
  groups: Array<FlatGroup>;
}

const RESERVED = new Set([
  'arguments', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete',
  'do', 'else', 'enum', 'eval', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements',
  'import', 'in', 'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public',
  'return', 'static', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with',
  'yield', 'parser', 'options', 'item', 'entry',
]);

/** `unix-time-seconds` → `unixTimeSeconds`, `ip:port` → `ipPort`. */
export function camelCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const joined = words
    .map((word, i) => (i === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const propertyKey = (key: string): string => (IDENTIFIER.test(key) ? key : `'${key}'`);
const access = (object: string, key: string): string => (IDENTIFIER.test(key) ? `${object}.${key}` : `${object}['${key}']`);
const optionalAccess = (object: string, key: string): string => (IDENTIFIER.test(key) ? `${object}?.${key}` : `${object}?.['${key}']`);
const literal = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const isScalar = (arg: ArgumentDoc): boolean =>
  ['string', 'integer', 'double', 'key', 'pattern', 'unix-time'].includes(arg.type);
const isStringLike = (arg: ArgumentDoc): boolean => ['string', 'key', 'pattern'].includes(arg.type);
const isNumeric = (arg: ArgumentDoc): boolean => ['integer', 'unix-time'].includes(arg.type);

/** A `field value`-style repeated block: two untokened string arguments, also accepted as a record. */
export const isPairBlock = (arg: ArgumentDoc): boolean =>
  arg.type === 'block' &&
  arg.multiple &&
  arg.arguments.length === 2 &&
  arg.arguments.every((child) => child.token === undefined && !child.optional && !child.multiple && isStringLike(child));

/** A `numkeys` argument whose count the generated code pushes from the array that follows it. */
export const isCount = (args: ReadonlyArray<ArgumentDoc>, i: number): boolean => {
  const arg = args[i];
  return arg !== undefined && arg.type === 'integer' && arg.name === 'numkeys' && !arg.optional && args[i + 1]?.multiple === true;
};

/** May be an optional positional parameter (`[message]`, `[count]`, `[ASYNC | SYNC]`). */
const isPlainOptional = (arg: ArgumentDoc): boolean =>
  arg.token === undefined &&
  (isScalar(arg) ||
    (arg.type === 'oneof' &&
      !arg.multiple &&
      arg.arguments.every((alt) => (alt.type === 'pure-token' || isScalar(alt)) && (alt.type === 'pure-token' || alt.token === undefined) && !alt.multiple)));

export class SignatureError extends Error {}

/**
 * The arguments of a command: its documented tree, or — when the docs list none but the arity asks
 * for more words than the name (`DEBUG`, `COMMAND GETKEYS` in Redis 7.0) — one variadic `args`.
 */
export function argumentsOf(meta: CommandMeta): Array<ArgumentDoc> {
  const words = meta.name.split('|').length;
  if (meta.arguments.length > 0 || Math.abs(meta.arity) <= words) return meta.arguments;
  return [
    {
      name: 'args',
      type: 'string',
      token: undefined,
      optional: false,
      multiple: true,
      multipleToken: false,
      keySpecIndex: undefined,
      since: undefined,
      deprecatedSince: undefined,
      arguments: [],
    },
  ];
}

/** Where each top-level argument goes: a positional parameter, the options object, or nowhere (a count, a fixed token). */
export interface Layout {
  /** Top-level arguments after {@link simplify}. */
  args: Array<ArgumentDoc>;
  /** The positional parameters, in order. */
  positional: Array<ArgumentDoc>;
  /** The options object, when there is one. */
  options: ObjectShape | undefined;
}

export function layout(command: string, original: ReadonlyArray<ArgumentDoc>): Layout {
  const args = original.map(simplify);
  let lastRequired = -1;
  args.forEach((arg, i) => {
    if (!arg.optional) lastRequired = i;
  });
  const optionals = args.filter((arg) => arg.optional);
  const positionalOptionals = optionals.length > 0 && args.every((arg, i) => !arg.optional || (i > lastRequired && isPlainOptional(arg)));
  const positional = args.filter(
    (arg, i) => !isCount(args, i) && (!arg.optional || positionalOptionals) && !(arg.type === 'pure-token' && !arg.optional),
  );
  const options = optionals.length > 0 && !positionalOptionals ? shapeOf(command, optionals) : undefined;
  return { args, positional, options };
}

/** The fields of an object made of these arguments (untokened optional blocks flattened into groups). */
export function shapeOf(command: string, args: ReadonlyArray<ArgumentDoc>): ObjectShape {
  const shape: ObjectShape = { fields: [], groups: [] };
  const keys = new Set<string>();
  const visit = (list: ReadonlyArray<ArgumentDoc>, into: ObjectShape): void => {
    for (const arg of list) {
      if (arg.type === 'pure-token' && !arg.optional) continue; // always sent
      if (arg.type === 'block' && arg.token === undefined && !arg.multiple && arg.optional) {
        const group: FlatGroup = { arg, fields: [], groups: [] };
        visit(arg.arguments, group);
        into.groups.push(group);
        continue;
      }
      const key = arg.token ?? camelCase(arg.name);
      if (keys.has(key) || key === 'type') throw new SignatureError(`${command}: two arguments map to the field "${key}"; hand-tune this command`);
      keys.add(key);
      into.fields.push({ key, arg, optional: arg.optional });
    }
  };
  visit(args, shape);
  return shape;
}

/** How an alternative of a oneof is given: a token literal, a number, a string, an array, or an object with `type`. */
export function altKind(command: string, alt: ArgumentDoc): 'literal' | 'number' | 'double' | 'string' | 'array' | 'object' {
  if (alt.type === 'pure-token') return 'literal';
  if (alt.token !== undefined) return 'object';
  if (alt.multiple) return 'array';
  if (alt.type === 'double') return 'double';
  if (isNumeric(alt)) return 'number';
  if (isStringLike(alt)) return 'string';
  if (alt.type === 'oneof') throw new SignatureError(`${command}: untokened nested oneof "${alt.name}"; hand-tune this command`);
  return 'object';
}

/** Builds the parameters and the body of `parseCommand` from a command's argument tree. */
export function buildSignature(commandName: string, args: ReadonlyArray<ArgumentDoc>, optionsTypeName: string): Signature {
  const builder = new Builder(commandName);
  const signature = builder.build(layout(commandName, args), optionsTypeName);
  signature.body = collapseBlocks(mergePushes(signature.body));
  return signature;
}

/** `if (c) {` + one `parser.…;` + `}` → `if (c) parser.…;` when it fits on a line (the body is indented 4 more). */
function collapseBlocks(lines: ReadonlyArray<string>): Array<string> {
  const out: Array<string> = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^(\s*)if \((.*)\) \{$/.exec(lines[i]!);
    const body = lines[i + 1];
    if (head !== null && body !== undefined && lines[i + 2] === `${head[1]}}` && body.startsWith(`${head[1]}  parser.`)) {
      const line = `${head[1]}if (${head[2]}) ${body.trimStart()}`;
      if (line.length + 4 <= 120) {
        out.push(line);
        i += 2;
        continue;
      }
    }
    out.push(lines[i]!);
  }
  return out;
}

/**
 * Simpler shapes that send the same words: a block of one argument is that argument (`[ARGS arg
 * [arg ...]]` → a variadic `ARGS`), and an untokened block in a oneof that starts with a token takes
 * that token as its own (`BYRADIUS radius unit` → `{ type: 'BYRADIUS', radius, unit }`).
 */
export function simplify(arg: ArgumentDoc): ArgumentDoc {
  const children = arg.arguments.map(simplify);
  let result: ArgumentDoc = { ...arg, arguments: children };
  const only = children[0];
  if (arg.type === 'block' && children.length === 1 && only !== undefined && !only.optional && !(arg.token !== undefined && only.token !== undefined)) {
    result = {
      ...only,
      token: arg.token ?? only.token,
      optional: arg.optional,
      multiple: arg.multiple || only.multiple,
      multipleToken: arg.multiple ? arg.multipleToken : only.multipleToken,
    };
  }
  if (result.type === 'oneof') {
    result.arguments = result.arguments.map((alt) => {
      const first = alt.arguments[0];
      if (alt.type !== 'block' || alt.token !== undefined || first === undefined) return alt;
      if (first.token === undefined || first.optional || first.multiple || !isScalar(first)) return alt;
      return { ...alt, token: first.token, arguments: [{ ...first, token: undefined }, ...alt.arguments.slice(1)] };
    });
  }
  return result;
}

/** Consecutive `parser.push(a); parser.push(b);` at one level → `parser.push(a, b);` (one call, same words). */
function mergePushes(lines: ReadonlyArray<string>): Array<string> {
  const merged: Array<string> = [];
  const push = /^(\s*)parser\.push\((.*)\);$/;
  for (const line of lines) {
    const current = push.exec(line);
    const previous = merged.length === 0 ? null : push.exec(merged[merged.length - 1]!);
    if (current !== null && previous !== null && current[1] === previous[1]) {
      merged[merged.length - 1] = `${previous[1]}parser.push(${previous[2]}, ${current[2]});`;
    } else {
      merged.push(line);
    }
  }
  return merged;
}

class Builder {
  readonly helpers = new Set<string>();
  readonly #command: string;
  #loop = 0;

  constructor(command: string) {
    this.#command = command;
  }

  build({ args, positional, options: optionsShape }: Layout, optionsTypeName: string): Signature {
    const names = new Set<string>();
    const paramName = (arg: ArgumentDoc): string => {
      let base = camelCase(arg.name) || 'arg';
      if (RESERVED.has(base)) base = `${base}Value`;
      let name = base;
      for (let n = 2; names.has(name); n++) name = `${base}${n}`;
      names.add(name);
      return name;
    };

    const parameters: Array<Parameter> = [];
    const expressions = new Map<ArgumentDoc, string>();
    for (const arg of positional) {
      const name = paramName(arg);
      expressions.set(arg, name);
      parameters.push({ name, type: this.#valueType(arg, false), optional: arg.optional });
    }

    let options: OptionsType | undefined;
    if (optionsShape !== undefined) {
      options = {
        fields: optionsShape.fields.map((field) => ({
          declaration: this.#fieldDeclaration(field),
          syntax: argumentSyntax(field.arg),
          since: field.arg.since,
        })),
        groups: optionsShape.groups.map((group) => `(${this.#shapeType(group)} | ${absentType(group)})`),
      };
      parameters.push({ name: 'options', type: optionsTypeName, optional: true });
    }

    const body: Array<string> = [];
    args.forEach((arg, i) => {
      if (isCount(args, i)) return;
      if (arg.type === 'pure-token' && !arg.optional) {
        body.push(`parser.push(${literal(arg.token ?? '')});`);
        return;
      }
      const expression = expressions.get(arg);
      if (expression !== undefined) {
        if (arg.optional) this.#emitOptional(arg, expression, body);
        else this.#emit(arg, expression, body, isCount(args, i - 1));
        return;
      }
      // An optional argument of the options object (a field or a flattened block), in wire order.
      const shape = optionsShape!;
      const group = shape.groups.find((g) => g.arg === arg);
      if (group !== undefined) this.#emitGroup(group, 'options', body, true);
      else this.#emitField(shape.fields.find((f) => f.arg === arg)!, 'options', body, true);
    });
    return { parameters, options, body, helpers: this.helpers };
  }

  // ---- types ----

  /** The type of an argument's value (without `| undefined`); `inChoice`: as an alternative of a oneof. */
  #valueType(arg: ArgumentDoc, inChoice: boolean): string {
    const base = this.#baseType(arg);
    if (!arg.multiple) return base;
    if (isPairBlock(arg)) return base;
    if (inChoice) return `Array<${base}>`;
    if (base === 'RedisArgument') return 'RedisVariadicArgument';
    return `${base} | Array<${base}>`;
  }

  #baseType(arg: ArgumentDoc): string {
    switch (arg.type) {
      case 'string':
      case 'key':
      case 'pattern':
        return 'RedisArgument';
      case 'integer':
      case 'unix-time':
        return 'number';
      case 'double':
        return 'number | RedisArgument';
      case 'pure-token':
        return 'boolean';
      case 'oneof':
        return this.#choiceType(arg);
      case 'block':
        if (isPairBlock(arg)) return 'Record<string, RedisArgument> | Array<[RedisArgument, RedisArgument]>';
        return this.#shapeType(shapeOf(this.#command, arg.arguments));
    }
  }

  #choiceType(arg: ArgumentDoc): string {
    this.#checkChoice(arg);
    const members = arg.arguments.map((alt) => {
      if (alt.type === 'pure-token') return literal(alt.token ?? '');
      if (alt.token !== undefined) {
        if (alt.type === 'block') return this.#shapeType(shapeOf(this.#command, alt.arguments), `type: ${literal(alt.token)}`);
        return `{ type: ${literal(alt.token)}; value: ${this.#valueType({ ...alt, token: undefined }, false)} }`;
      }
      if (alt.type === 'block' && !alt.multiple) return this.#shapeType(shapeOf(this.#command, alt.arguments), `type: ${literal(alt.name)}`);
      return this.#valueType(alt, true);
    });
    return [...new Set(members)].join(' | ');
  }

  /** Fails on a oneof whose alternatives could not be told apart at run time. */
  #checkChoice(arg: ArgumentDoc): void {
    const kinds = arg.arguments.map((alt) => altKind(this.#command, alt));
    for (const kind of ['number', 'string', 'array'] as const) {
      if (kinds.filter((k) => k === kind).length > 1) {
        throw new SignatureError(`${this.#command}: "${arg.name}" has several ${kind} alternatives; hand-tune this command`);
      }
    }
    if (kinds.includes('double') && (kinds.includes('string') || kinds.includes('number'))) {
      throw new SignatureError(`${this.#command}: "${arg.name}" mixes a double with other values; hand-tune this command`);
    }
  }



  #fieldDeclaration(field: Field): string {
    return `${propertyKey(field.key)}${field.optional ? '?' : ''}: ${this.#valueType(field.arg, false)}`;
  }

  /** `{ a: T; b?: U } & ({ c: V } | { c?: never })`: a flattened group's fields come together or not at all. */
  #shapeType(shape: ObjectShape, discriminant?: string): string {
    const members = shape.fields.map((field) => this.#fieldDeclaration(field));
    if (discriminant !== undefined) members.unshift(discriminant);
    const parts: Array<string> = [];
    if (members.length > 0) parts.push(`{ ${members.join('; ')} }`);
    else if (shape.groups.length === 0) parts.push('{}');
    for (const group of shape.groups) parts.push(`(${this.#shapeType(group)} | ${absentType(group)})`);
    return parts.join(' & ');
  }

  // ---- code ----

  #next(base: string): string {
    this.#loop += 1;
    return this.#loop === 1 ? base : `${base}${this.#loop}`;
  }

  /** Pushes a required (or already checked) value. `counted`: a `numkeys` precedes it. */
  #emit(arg: ArgumentDoc, x: string, out: Array<string>, counted = false): void {
    const token = arg.token;
    if (arg.type === 'pure-token') {
      out.push(`parser.push(${literal(token ?? '')});`);
      return;
    }
    if (counted) {
      if (arg.type === 'key') out.push(`parser.pushKeysLength(${x});`);
      else if (isStringLike(arg)) out.push(`parser.pushVariadicWithLength(${x});`);
      else throw new SignatureError(`${this.#command}: numkeys before a ${arg.type}`);
      return;
    }
    if (arg.multiple && token !== undefined && arg.multipleToken) {
      const item = this.#next('item');
      out.push(isPairBlock(arg) ? `for (const ${item} of pairEntries(${x})) {` : `for (const ${item} of toArray(${x})) {`);
      if (isPairBlock(arg)) this.helpers.add('pairEntries');
      else this.helpers.add('toArray');
      out.push(`  parser.push(${literal(token)});`);
      const inner: Array<string> = [];
      this.#emitOne({ ...arg, token: undefined, multiple: false }, item, inner, isPairBlock(arg));
      out.push(...inner.map((line) => `  ${line}`), '}');
      return;
    }
    if (token !== undefined) out.push(`parser.push(${literal(token)});`);
    const plain = { ...arg, token: undefined };
    if (!arg.multiple) {
      this.#emitOne(plain, x, out, false);
      return;
    }
    if (arg.type === 'key') out.push(`parser.pushKeys(${x});`);
    else if (isStringLike(arg)) out.push(`parser.pushVariadic(${x});`);
    else if (arg.type === 'integer' || arg.type === 'unix-time') out.push(`parser.pushVariadicNumber(${x});`);
    else if (isPairBlock(arg)) {
      this.helpers.add('pairEntries');
      const item = this.#next('entry');
      out.push(`for (const ${item} of pairEntries(${x})) {`);
      const inner: Array<string> = [];
      this.#emitOne({ ...plain, multiple: false }, item, inner, true);
      out.push(...inner.map((line) => `  ${line}`), '}');
    } else {
      this.helpers.add('toArray');
      const item = this.#next('item');
      out.push(`for (const ${item} of toArray(${x})) {`);
      const inner: Array<string> = [];
      this.#emitOne({ ...plain, multiple: false }, item, inner, false);
      out.push(...inner.map((line) => `  ${line}`), '}');
    }
  }

  /** Pushes one untokened, non-multiple value. `pair`: `x` is a `[first, second]` tuple of a pair block. */
  #emitOne(arg: ArgumentDoc, x: string, out: Array<string>, pair: boolean): void {
    switch (arg.type) {
      case 'key':
        out.push(`parser.pushKey(${x});`);
        return;
      case 'string':
      case 'pattern':
        out.push(`parser.push(${x});`);
        return;
      case 'integer':
      case 'unix-time':
        out.push(`parser.push(String(${x}));`);
        return;
      case 'double':
        this.helpers.add('doubleArgument');
        out.push(`parser.push(doubleArgument(${x}));`);
        return;
      case 'pure-token':
        out.push(`if (${x}) parser.push(${literal(arg.token ?? '')});`);
        return;
      case 'oneof':
        this.#emitChoice(arg, x, out);
        return;
      case 'block':
        if (pair) {
          arg.arguments.forEach((child, i) => this.#emitOne(child, `${x}[${i}]`, out, false));
          return;
        }
        this.#emitShape(shapeOf(this.#command, arg.arguments), arg.arguments, x, out);
        return;
    }
  }

  /** Pushes the members of an object value in wire order. */
  #emitShape(shape: ObjectShape, args: ReadonlyArray<ArgumentDoc>, x: string, out: Array<string>): void {
    for (const arg of args) {
      if (arg.type === 'pure-token' && !arg.optional) {
        out.push(`parser.push(${literal(arg.token ?? '')});`);
        continue;
      }
      const group = shape.groups.find((g) => g.arg === arg);
      if (group !== undefined) this.#emitGroup(group, x, out, false);
      else this.#emitField(shape.fields.find((f) => f.arg === arg)!, x, out, false);
    }
  }

  #emitField(field: Field, object: string, out: Array<string>, maybeUndefined: boolean): void {
    const value = maybeUndefined ? optionalAccess(object, field.key) : access(object, field.key);
    const narrowed = access(object, field.key);
    if (!field.optional) {
      this.#emit(field.arg, narrowed, out);
      return;
    }
    this.#emitOptional(field.arg, value, out, narrowed);
  }

  /** An optional value: sent when given (a pure token when `true`). */
  #emitOptional(arg: ArgumentDoc, value: string, out: Array<string>, narrowed = value): void {
    if (arg.type === 'pure-token') {
      out.push(`if (${value}) parser.push(${literal(arg.token ?? '')});`);
      return;
    }
    const inner: Array<string> = [];
    this.#emit(arg, narrowed, inner);
    if (inner.length === 1) {
      out.push(`if (${value} !== undefined) ${inner[0]}`);
    } else {
      out.push(`if (${value} !== undefined) {`, ...inner.map((line) => `  ${line}`), '}');
    }
  }

  /** A flattened group: sent when its first required field is given (each optional field on its own otherwise). */
  #emitGroup(group: FlatGroup, object: string, out: Array<string>, maybeUndefined: boolean): void {
    const first = group.fields.find((field) => !field.optional);
    const shape: ObjectShape = { fields: group.fields, groups: group.groups };
    if (first === undefined) {
      this.#emitShape(shape, group.arg.arguments, object, out);
      return;
    }
    const test = maybeUndefined ? optionalAccess(object, first.key) : access(object, first.key);
    const inner: Array<string> = [];
    this.#emitShape(shape, group.arg.arguments, object, inner);
    out.push(`if (${test} !== undefined) {`, ...inner.map((line) => `  ${line}`), '}');
  }

  /** Tells the alternatives of a oneof apart at run time and pushes the one given. */
  #emitChoice(arg: ArgumentDoc, x: string, out: Array<string>): void {
    this.#checkChoice(arg);
    const branches: Array<{ test: string | undefined; lines: Array<string> }> = [];
    const literals = arg.arguments.filter((alt) => alt.type === 'pure-token');
    if (literals.length > 0) {
      branches.push({ test: literals.map((alt) => `${x} === ${literal(alt.token ?? '')}`).join(' || '), lines: [`parser.push(${x});`] });
    }
    const others = arg.arguments.filter((alt) => alt.type !== 'pure-token');
    const objects: Array<ArgumentDoc> = [];
    for (const alt of others) {
      const kind = altKind(this.#command, alt);
      const lines: Array<string> = [];
      if (kind === 'number' || kind === 'double') {
        this.#emitOne(alt, x, lines, false);
        const test = kind === 'number' ? `typeof ${x} === 'number'` : `typeof ${x} === 'number' || typeof ${x} === 'string' || Buffer.isBuffer(${x})`;
        branches.push({ test, lines });
      } else if (kind === 'string') {
        this.#emitOne(alt, x, lines, false);
        branches.push({ test: `typeof ${x} === 'string' || Buffer.isBuffer(${x})`, lines });
      } else if (kind === 'array') {
        this.#emit(alt, x, lines);
        branches.push({ test: `Array.isArray(${x})`, lines });
      } else {
        objects.push(alt);
      }
    }
    objects.forEach((alt, i) => {
      const lines: Array<string> = [];
      if (alt.token !== undefined) {
        lines.push(`parser.push(${literal(alt.token)});`);
        if (alt.type === 'block') this.#emitShape(shapeOf(this.#command, alt.arguments), alt.arguments, x, lines);
        else this.#emit({ ...alt, token: undefined }, `${x}.value`, lines);
      } else {
        this.#emitShape(shapeOf(this.#command, alt.arguments), alt.arguments, x, lines);
      }
      const discriminant = alt.token ?? alt.name;
      branches.push({ test: i === objects.length - 1 ? undefined : `${x}.type === ${literal(discriminant)}`, lines });
    });
    // The last branch needs no test: the types leave nothing else.
    const last = branches.at(-1);
    if (last !== undefined) last.test = undefined;
    if (branches.length === 1) {
      out.push(...branches[0]!.lines);
      return;
    }
    branches.forEach((branch, i) => {
      const head = i === 0 ? `if (${branch.test}) {` : branch.test === undefined ? '} else {' : `} else if (${branch.test}) {`;
      out.push(head, ...branch.lines.map((line) => `  ${line}`));
    });
    out.push('}');
  }
}

function groupKeys(group: FlatGroup): Array<string> {
  return [...group.fields.map((field) => field.key), ...group.groups.flatMap(groupKeys)];
}

/** The "none of them" side of a flattened group. */
function absentType(group: FlatGroup): string {
  return `{ ${groupKeys(group).map((key) => `${propertyKey(key)}?: never`).join('; ')} }`;
}

/** The syntax line of a command, as the Redis docs write it: `SET key value [NX | XX] [GET] …`. */
export function syntax(name: string, args: ReadonlyArray<ArgumentDoc>): string {
  const words = [name.toUpperCase().replace('|', ' '), ...args.map(argumentSyntax)];
  return words.join(' ');
}

/** One argument as the Redis docs write it: `[COUNT count]`, `<NX | XX>`. */
export function argumentSyntax(arg: ArgumentDoc): string {
  let text: string;
  if (arg.type === 'pure-token') text = arg.token ?? '';
  else if (arg.type === 'oneof') text = arg.arguments.map(argumentSyntax).join(' | ');
  else if (arg.type === 'block') text = arg.arguments.map(argumentSyntax).join(' ');
  else text = arg.name;
  if (arg.token !== undefined && arg.type !== 'pure-token') {
    text = arg.type === 'oneof' ? `${arg.token} <${text}>` : `${arg.token} ${text}`;
  }
  if (arg.multiple) {
    const repeated = arg.multipleToken || arg.token === undefined ? text : text.slice(arg.token.length + 1);
    text = `${text} [${repeated} ...]`;
  }
  if (arg.optional) return `[${text}]`;
  if (arg.type === 'oneof' && arg.token === undefined) return `<${text}>`;
  return text;
}
