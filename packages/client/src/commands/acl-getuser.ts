import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** A selector of an ACL user (Redis 7): the commands, keys and channels it allows. */
export interface AclSelector {
  commands: string;
  keys: string;
  channels: string;
}

/** A user as `ACL GETUSER` describes it. */
export interface AclUser {
  flags: Array<string>;
  passwords: Array<string>;
  commands: string;
  keys: string;
  channels: string;
  selectors: Array<AclSelector>;
}

/**
 * `ACL GETUSER username`: the user's rules, or null when there is no such user. RESP2's flat
 * `[field, value, …]` array is read into `{ flags, passwords, commands, keys, channels, selectors }`;
 * RESP3 sends a map, which arrives as the type mapping shapes maps (node-redis's shapes).
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, username: RedisArgument) {
    parser.push('ACL', 'GETUSER', username);
  },
  transformReply: {
    2: (reply: Array<unknown> | null): AclUser | null => {
      if (reply === null) return null;
      const selectors = reply[11] as Array<Array<unknown>> | undefined;
      return {
        flags: reply[1] as Array<string>,
        passwords: reply[3] as Array<string>,
        commands: reply[5] as string,
        keys: reply[7] as string,
        channels: reply[9] as string,
        selectors: selectors?.map((s) => ({ commands: s[1] as string, keys: s[3] as string, channels: s[5] as string })) as Array<AclSelector>,
      };
    },
    3: undefined as unknown as () => AclUser | null,
  },
} as const satisfies Command;
