// The hand-tuned vector-set commands, under both of node-redis's spellings. A command listed here wins over a
// generated definition of the same name (see ../index.ts).

export const VECTOR_SET_COMMANDS = {} as const;
