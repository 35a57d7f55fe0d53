import type { Command, CommandParser } from '@x/modules';

/** A connection as `CLIENT INFO` / `CLIENT LIST` describe it (node-redis's field names). */
export interface ClientInfoReply {
  id: number;
  addr: string;
  laddr?: string;
  fd: number;
  name: string;
  age: number;
  idle: number;
  flags: string;
  db: number;
  sub: number;
  psub: number;
  ssub?: number;
  multi: number;
  qbuf: number;
  qbufFree: number;
  argvMem: number;
  multiMem?: number;
  obl: number;
  oll: number;
  omem: number;
  totMem: number;
  events: string;
  cmd: string;
  user: string;
  redir?: number;
  resp?: number;
  libName?: string;
  libVer?: string;
  watch?: number;
  rbs?: number;
  rbp?: number;
}

const FIELD = /([^\s=]+)=(\S*)/g;

/**
 * One `field=value field=value …` line read into an object: numbers as numbers, the fields newer
 * servers add (`laddr`, `ssub`, `multi-mem`, `resp`, …) only when the server sent them.
 */
export function parseClientInfo(line: unknown): ClientInfoReply {
  const fields: Record<string, string> = {};
  for (const [, name, value] of String(line).matchAll(FIELD)) fields[name!] = value!;
  const reply: ClientInfoReply = {
    id: Number(fields.id),
    addr: fields.addr!,
    fd: Number(fields.fd),
    name: fields.name!,
    age: Number(fields.age),
    idle: Number(fields.idle),
    flags: fields.flags!,
    db: Number(fields.db),
    sub: Number(fields.sub),
    psub: Number(fields.psub),
    multi: Number(fields.multi),
    qbuf: Number(fields.qbuf),
    qbufFree: Number(fields['qbuf-free']),
    argvMem: Number(fields['argv-mem']),
    obl: Number(fields.obl),
    oll: Number(fields.oll),
    omem: Number(fields.omem),
    totMem: Number(fields['tot-mem']),
    events: fields.events!,
    cmd: fields.cmd!,
    user: fields.user!,
    libName: fields['lib-name'],
    libVer: fields['lib-ver'],
  };
  if (fields.laddr !== undefined) reply.laddr = fields.laddr;
  if (fields.redir !== undefined) reply.redir = Number(fields.redir);
  if (fields.ssub !== undefined) reply.ssub = Number(fields.ssub);
  if (fields['multi-mem'] !== undefined) reply.multiMem = Number(fields['multi-mem']);
  if (fields.resp !== undefined) reply.resp = Number(fields.resp);
  if (fields.watch !== undefined) reply.watch = Number(fields.watch);
  if (fields.rbs !== undefined) reply.rbs = Number(fields.rbs);
  if (fields.rbp !== undefined) reply.rbp = Number(fields.rbp);
  return reply;
}

/** `CLIENT INFO`: this connection, read into an object (node-redis's shape) in both protocols. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLIENT', 'INFO');
  },
  transformReply: (reply: string): ClientInfoReply => parseClientInfo(reply),
} as const satisfies Command;
