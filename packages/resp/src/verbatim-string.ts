/**
 * A RESP3 verbatim string (`=`): a `String` object holding the text, with its three-letter `format`
 * (`'txt'`, `'mkd'`). The parser returns one only when asked (`verbatimFormat: true`); otherwise a
 * verbatim string is just its text. Shaped as node-redis's `VerbatimString` (a `String` subclass
 * with `format`), so code written for one works with the other: string methods, `${v}`, `v.format`.
 */
export class VerbatimString extends String {
  /** The format, e.g. `'txt'` or `'mkd'`. */
  readonly format: string;

  constructor(format: string, text: string) {
    super(text);
    this.format = format;
  }

  /** The text after `format:` (the string value itself). */
  get text(): string {
    return this.valueOf();
  }
}
