import type { RedisArgument, RespVersions } from '@x/modules';
import { ReplyError } from '@x/resp';
import type { ResolvedClientOptions } from './options';

/** Sends one command on the connection being set up (ahead of every queued command). */
export type HandshakeSend = (args: RedisArgument[]) => Promise<unknown>;

/**
 * Authenticates and configures a new connection, before any queued command is written:
 * `HELLO 3 AUTH … SETNAME …` for RESP3, falling back to RESP2 when the server does not know HELLO;
 * otherwise `AUTH` and `CLIENT SETNAME`; then `SELECT` and `READONLY`. Resolves with the protocol
 * version the connection speaks. Rejects with the server's error (WRONGPASS, NOAUTH, …), with any
 * password scrubbed from its message.
 */
export async function handshake(
  send: HandshakeSend,
  options: Pick<ResolvedClientOptions, 'RESP' | 'username' | 'password' | 'name' | 'database' | 'readonly'>,
): Promise<RespVersions> {
  try {
    let resp: RespVersions = 2;
    if (options.RESP === 3) {
      const hello: RedisArgument[] = ['HELLO', '3'];
      if (options.password !== undefined) hello.push('AUTH', options.username ?? 'default', options.password);
      if (options.name !== undefined) hello.push('SETNAME', options.name);
      try {
        await send(hello);
        resp = 3;
      } catch (error) {
        if (!isHelloUnsupported(error)) throw error;
      }
    }
    // The rest goes out pipelined, in one write; the first failure (usually AUTH) is what we report.
    const steps: Array<Promise<unknown>> = [];
    if (resp === 2) {
      if (options.password !== undefined) {
        steps.push(send(options.username === undefined ? ['AUTH', options.password] : ['AUTH', options.username, options.password]));
      }
      if (options.name !== undefined) steps.push(send(['CLIENT', 'SETNAME', options.name]));
    }
    if (options.database !== 0) steps.push(send(['SELECT', String(options.database)]));
    if (options.readonly) steps.push(send(['READONLY']));
    // Attach a handler to each at once so a later failure is never an unhandled rejection.
    const settled = await Promise.allSettled(steps);
    for (const step of settled) if (step.status === 'rejected') throw step.reason;
    return resp;
  } catch (error) {
    throw scrub(error, options.password);
  }
}

/** Redis before 6 answers `HELLO` with an unknown-command error; a server without RESP3 with NOPROTO. */
function isHelloUnsupported(error: unknown): boolean {
  if (!(error instanceof ReplyError)) return false;
  return error.code === 'NOPROTO' || (error.code === 'ERR' && /unknown command/i.test(error.message));
}

/** Some servers echo a command's arguments in errors; a password must never reach a message. */
function scrub(error: unknown, password: string | undefined): unknown {
  if (password === undefined || password === '' || !(error instanceof Error)) return error;
  if (error.message.includes(password)) error.message = error.message.split(password).join('***');
  return error;
}
