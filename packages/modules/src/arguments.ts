// What a command is made of on the wire, and the protocol it is sent with: the types every other
// file of the contract (the parser, the definitions) builds on.

/** One argument of a command on the wire: a string (sent as UTF-8) or raw bytes. */
export type RedisArgument = string | Buffer;

/** One argument or several: what `pushVariadic`, `pushKeys` and variadic commands accept. */
export type RedisVariadicArgument = RedisArgument | Array<RedisArgument>;

/** The protocol versions: RESP2 (`2`) or RESP3 (`3`, negotiated with `HELLO 3`). */
export type RespVersions = 2 | 3;
