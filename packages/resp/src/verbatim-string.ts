/**
 * A RESP3 verbatim string (`=`) with its three-letter format (`'txt'`, `'mkd'`). The parser returns
 * one only when asked (`verbatimFormat: true`); otherwise a verbatim string is just its text.
 * `text` is a Buffer when the frame was decoded with `returnBuffers`.
 */
export class VerbatimString<T extends string | Buffer = string | Buffer> {
  constructor(
    /** The format, e.g. `'txt'` or `'mkd'`. */
    readonly format: string,
    /** The text after `format:`. */
    readonly text: T,
  ) {}

  /** The text as a string (decoded as UTF-8 when it is a Buffer). */
  toString(): string {
    return typeof this.text === 'string' ? this.text : this.text.toString('utf8');
  }
}
