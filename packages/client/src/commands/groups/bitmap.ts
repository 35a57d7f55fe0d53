// The hand-tuned bitmap commands, under both of node-redis's spellings. A command listed here wins over a
// generated definition of the same name (see ../index.ts).

export const BITMAP_COMMANDS = {} as const;
