// Commands the server lists that get no method on `COMMANDS`, each with the reason. The generator
// skips them, the coverage test allows exactly these, and src/commands/README.md lists them.

/** Redis command name (lower case, `|` before a subcommand) → why it is not a command method. */
export const NOT_A_METHOD: Readonly<Record<string, string>> = {
  'subscribe': 'pub/sub layer: `client.subscribe()` owns the subscribed connection state',
  'unsubscribe': 'pub/sub layer: `client.unsubscribe()`',
  'psubscribe': 'pub/sub layer: `client.pSubscribe()`',
  'punsubscribe': 'pub/sub layer: `client.pUnsubscribe()`',
  'ssubscribe': 'pub/sub layer: `client.sSubscribe()`',
  'sunsubscribe': 'pub/sub layer: `client.sUnsubscribe()`',
  'multi': 'transaction layer: `client.multi()` queues and sends MULTI … EXEC itself',
  'exec': 'transaction layer: `client.multi().exec()`',
  'discard': 'transaction layer: `client.multi().discard()`',
  'monitor': 'turns the connection into an endless feed of every command: needs its own API, not a reply',
  'quit': '`client.quit()`/`close()` own it: a bare QUIT would close the socket behind the client',
  'reset': 'resets the database, auth, protocol, name and subscriptions behind the client (the reconnect state would lie)',
  'client|reply': 'OFF and SKIP suppress replies: the reply queue would hand later replies to the wrong commands',
  'sync': 'replication protocol: the connection becomes an RDB transfer and command stream',
  'psync': 'replication protocol: the connection becomes an RDB transfer and command stream',
  'replconf': 'replication protocol between replica and master; `REPLCONF ACK` sends no reply',
};
