import type { RedisArgument, RespVersions } from '@x/modules';
import { ReplyError } from '@x/resp';
import { HandshakeReplyError } from './errors';
import type { ResolvedClientOptions } from './options';

/** Sends one command on the connection being set up (ahead of every queued command). */
export type HandshakeSend = (args: RedisArgument[]) => Promise<unknown>;

/** What the handshake needs: the credentials it sends and the settings it applies. */
export type HandshakeOptions = Pick<ResolvedClientOptions, 'RESP' | 'username' | 'password' | 'name' | 'database' | 'readonly'>;

/**
 * Authenticates and configures a new connection, before any queued command is written:
 * `HELLO 3 AUTH … SETNAME …` for RESP3, falling back to RESP2 when the server does not know HELLO;
 * otherwise `AUTH` and `CLIENT SETNAME`; then `SELECT` and `READONLY`. Resolves with the protocol
 * version the connection speaks. Rejects with the server's error (WRONGPASS, NOAUTH, …), with any
 * password scrubbed from its message — or with a HandshakeReplyError when a reply is not what its
 * command answers (something spoke first: every later reply would be shifted onto the wrong caller).
 */
export async function handshake(send: HandshakeSend, options: HandshakeOptions, address: string): Promise<RespVersions> {
  // Each reply is checked against what its command answers: HELLO a map with `proto`, the others OK.
  const expect = (name: string, args: RedisArgument[], check: (reply: unknown) => boolean): Promise<unknown> =>
    send(args).then((reply) => {
      if (!check(reply)) throw new HandshakeReplyError(address, name, describeReply(reply));
      return reply;
    });
  try {
    let resp: RespVersions = 2;
    if (options.RESP === 3) {
      const hello: RedisArgument[] = ['HELLO', '3'];
      if (options.password !== undefined) hello.push('AUTH', options.username ?? 'default', options.password);
      if (options.name !== undefined) hello.push('SETNAME', options.name);
      try {
        await expect('HELLO', hello, isHelloReply);
        resp = 3;
      } catch (error) {
        if (!isHelloUnsupported(error)) throw error;
      }
    }
    // The rest goes out pipelined, in one write; the first failure (usually AUTH) is what we report.
    const steps: Array<Promise<unknown>> = [];
    if (resp === 2) {
      if (options.password !== undefined) {
        steps.push(expect('AUTH', options.username === undefined ? ['AUTH', options.password] : ['AUTH', options.username, options.password], isOk));
      }
      if (options.name !== undefined) steps.push(expect('CLIENT SETNAME', ['CLIENT', 'SETNAME', options.name], isOk));
    }
    if (options.database !== 0) steps.push(expect('SELECT', ['SELECT', String(options.database)], isOk));
    if (options.readonly) steps.push(expect('READONLY', ['READONLY'], isOk));
    // Attach a handler to each at once so a later failure is never an unhandled rejection.
    const settled = await Promise.allSettled(steps);
    for (const step of settled) if (step.status === 'rejected') throw step.reason;
    return resp;
  } catch (error) {
    throw scrub(error, options.password);
  }
}

function isOk(reply: unknown): boolean {
  return reply === 'OK' || (Buffer.isBuffer(reply) && reply.toString('latin1') === 'OK');
}

/** HELLO 3 answers a map holding `proto: 3` (an object, a Map or a flat array, by decode settings). */
function isHelloReply(reply: unknown): boolean {
  if (reply instanceof Map) return Number(reply.get('proto')) === 3;
  if (Array.isArray(reply)) {
    for (let i = 0; i + 1 < reply.length; i += 2) if (String(reply[i]) === 'proto') return Number(reply[i + 1]) === 3;
    return false;
  }
  if (typeof reply === 'object' && reply !== null && !Buffer.isBuffer(reply)) return Number((reply as Record<string, unknown>)['proto']) === 3;
  return false;
}

/** A short description of an unexpected reply: its type and, for a scalar, a bounded excerpt. */
function describeReply(reply: unknown): string {
  if (reply === null || reply === undefined) return 'a null reply';
  if (typeof reply === 'string' || Buffer.isBuffer(reply)) {
    const text = String(reply);
    return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  }
  if (Array.isArray(reply)) return `an array of ${reply.length}`;
  return typeof reply === 'object' ? 'a map' : `${typeof reply} ${String(reply)}`;
}

/** Redis before 6 answers `HELLO` with an unknown-command error; a server without RESP3 with NOPROTO. */
function isHelloUnsupported(error: unknown): boolean {
  if (!(error instanceof ReplyError)) return false;
  return error.code === 'NOPROTO' || (error.code === 'ERR' && /unknown command/i.test(error.message));
}

/** Some servers echo a command's arguments in errors; a password must never reach a message. */
export function scrub(error: unknown, password: string | undefined): unknown {
  if (password === undefined || password === '' || !(error instanceof Error)) return error;
  if (error.message.includes(password)) error.message = error.message.split(password).join('***');
  return error;
}
