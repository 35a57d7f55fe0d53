import type { Case } from '../support/cases';

/** A few calls every client gets right: proves the harness itself (it must pass on day one). */
export const smokeCases: Case[] = [
  { method: 'set', args: ['{c}k', 'v'] },
  { method: 'get', args: ['{c}k'], setup: [['SET', '{c}k', 'v']] },
  { method: 'get', args: ['{c}missing'] },
  { method: 'incr', args: ['{c}n'] },
  { method: 'hGetAll', args: ['{c}h'], setup: [['HSET', '{c}h', 'a', '1', 'b', '2']] },
  { method: 'zPopMax', args: ['{c}z'], setup: [['ZADD', '{c}z', '1', 'a', '2', 'b']] },
  { method: 'mSetNX', args: [['{c}1', 'v1', '{c}2', 'v2']] },
];
