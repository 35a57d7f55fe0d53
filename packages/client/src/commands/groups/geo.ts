// The hand-tuned geo commands, under both of node-redis's spellings. A command listed here wins over a
// generated definition of the same name (see ../index.ts).

export const GEO_COMMANDS = {} as const;
