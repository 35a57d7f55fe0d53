// Terminal output for the demo: a timestamp on every line, colours only on a terminal.

const color = process.stdout.isTTY && process.env.NO_COLOR === undefined;
const paint = (code: string) => (text: string): string => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

export const bold = paint('1');
export const dim = paint('2');
export const green = paint('32');
export const yellow = paint('33');
export const cyan = paint('36');
export const red = paint('31');

const started = Date.now();

/** A narrated line, prefixed with the seconds since the demo started. */
export function say(text: string): void {
  const t = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
  console.log(`${dim(`[${t}s]`)} ${text}`);
}

export function heading(text: string): void {
  console.log(`\n${bold(cyan(`── ${text} `.padEnd(72, '─')))}`);
}

export function table(rows: Array<[string, string]>): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${bold(v)}`);
}

export const fmt = (n: number): string => n.toLocaleString('en-US');
export const ms = (n: number): string => `${Math.round(n).toLocaleString('en-US')} ms`;
