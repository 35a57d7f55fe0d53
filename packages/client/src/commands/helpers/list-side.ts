/** The end of a list a command pops from or pushes to (`LMOVE`, `BLMOVE`, `LMPOP`, `BLMPOP`, …). */
export type ListSide = 'LEFT' | 'RIGHT';

/** The accepted {@link ListSide} tokens. */
export const LIST_SIDES: ReadonlyArray<ListSide> = ['LEFT', 'RIGHT'];
