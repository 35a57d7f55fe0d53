import type { Command, RespVersions, TransformReply } from './command';

/**
 * The `transformReply` a command uses under a protocol version: the function itself, its entry for
 * `resp` when it differs per version, or `undefined` (resolve with the decoded reply). Pick it once,
 * when the method is created, not on every call.
 */
export function getTransformReply(command: Command, resp: RespVersions): TransformReply | undefined {
  const transform = command.transformReply;
  if (typeof transform === 'function') return transform;
  if (typeof transform === 'object' && transform !== null) return transform[resp];
  return undefined;
}
