// Narrowing a decoded reply to what a test expects, with an error that names the command (never its
// arguments: they may hold passwords).
import type { CommandArg } from './raw-connection';
import type { RespStringReply } from './resp2-reader';

/** Narrows a reply to a string, or throws a TypeError naming the command (never its arguments). */
export function expectText(args: ReadonlyArray<CommandArg>, reply: RespStringReply): string {
  if (typeof reply !== 'string') throw new TypeError(`${String(args[0])}: expected a string reply, got ${describeReply(reply)}`);
  return reply;
}

/** Narrows a reply to an integer, or throws a TypeError naming the command. */
export function expectInteger(args: ReadonlyArray<CommandArg>, reply: RespStringReply): number {
  if (typeof reply !== 'number') throw new TypeError(`${String(args[0])}: expected an integer reply, got ${describeReply(reply)}`);
  return reply;
}

function describeReply(reply: RespStringReply): string {
  return reply === null ? 'null' : Array.isArray(reply) ? `an array of ${reply.length}` : typeof reply;
}

export function parseInfo(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\r\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon > 0) out[line.slice(0, colon)] = line.slice(colon + 1);
  }
  return out;
}
