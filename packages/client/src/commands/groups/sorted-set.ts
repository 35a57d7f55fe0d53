// The hand-tuned sorted-set commands (group `sorted-set` of COMMAND DOCS), under both of node-redis's spellings,
// with node-redis's variants as their own methods (`ZPOPMAX_COUNT`/`zPopMaxCount`, `ZUNION_WITHSCORES`, …).
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import BZMOVE from '../bzmove';
import BZMPOP from '../bzmpop';
import BZPOPMAX from '../bzpopmax';
import BZPOPMIN from '../bzpopmin';
import ZADD from '../zadd';
import ZADD_INCR from '../zadd-incr';
import ZCARD from '../zcard';
import ZCOUNT from '../zcount';
import ZDIFF from '../zdiff';
import ZDIFF_WITHSCORES from '../zdiff-withscores';
import ZDIFFSTORE from '../zdiffstore';
import ZINCRBY from '../zincrby';
import ZINTER from '../zinter';
import ZINTER_WITHSCORES from '../zinter-withscores';
import ZINTERCARD from '../zintercard';
import ZINTERSTORE from '../zinterstore';
import ZLEXCOUNT from '../zlexcount';
import ZMOVE from '../zmove';
import ZMOVEMEMBER from '../zmovemember';
import ZMPOP from '../zmpop';
import ZMSCORE from '../zmscore';
import ZPOPMAX from '../zpopmax';
import ZPOPMAX_COUNT from '../zpopmax-count';
import ZPOPMIN from '../zpopmin';
import ZPOPMIN_COUNT from '../zpopmin-count';
import ZRANDMEMBER from '../zrandmember';
import ZRANDMEMBER_COUNT from '../zrandmember-count';
import ZRANDMEMBER_COUNT_WITHSCORES from '../zrandmember-count-withscores';
import ZRANGE from '../zrange';
import ZRANGE_WITHSCORES from '../zrange-withscores';
import ZRANGEBYLEX from '../zrangebylex';
import ZRANGEBYSCORE from '../zrangebyscore';
import ZRANGEBYSCORE_WITHSCORES from '../zrangebyscore-withscores';
import ZRANGESTORE from '../zrangestore';
import ZRANK from '../zrank';
import ZRANK_WITHSCORE from '../zrank-withscore';
import ZREM from '../zrem';
import ZREMRANGEBYLEX from '../zremrangebylex';
import ZREMRANGEBYRANK from '../zremrangebyrank';
import ZREMRANGEBYSCORE from '../zremrangebyscore';
import ZREVRANK from '../zrevrank';
import ZREVRANK_WITHSCORE from '../zrevrank-withscore';
import ZSCAN from '../zscan';
import ZSCORE from '../zscore';
import ZUNION from '../zunion';
import ZUNION_WITHSCORES from '../zunion-withscores';
import ZUNIONSTORE from '../zunionstore';

export const SORTED_SET_COMMANDS = {
  BZMOVE,
  BZMPOP,
  BZPOPMAX,
  BZPOPMIN,
  ZADD,
  ZADD_INCR,
  ZCARD,
  ZCOUNT,
  ZDIFF,
  ZDIFF_WITHSCORES,
  ZDIFFSTORE,
  ZINCRBY,
  ZINTER,
  ZINTER_WITHSCORES,
  ZINTERCARD,
  ZINTERSTORE,
  ZLEXCOUNT,
  ZMOVE,
  ZMOVEMEMBER,
  ZMPOP,
  ZMSCORE,
  ZPOPMAX,
  ZPOPMAX_COUNT,
  ZPOPMIN,
  ZPOPMIN_COUNT,
  ZRANDMEMBER,
  ZRANDMEMBER_COUNT,
  ZRANDMEMBER_COUNT_WITHSCORES,
  ZRANGE,
  ZRANGE_WITHSCORES,
  ZRANGEBYLEX,
  ZRANGEBYSCORE,
  ZRANGEBYSCORE_WITHSCORES,
  ZRANGESTORE,
  ZRANK,
  ZRANK_WITHSCORE,
  ZREM,
  ZREMRANGEBYLEX,
  ZREMRANGEBYRANK,
  ZREMRANGEBYSCORE,
  ZREVRANK,
  ZREVRANK_WITHSCORE,
  ZSCAN,
  ZSCORE,
  ZUNION,
  ZUNION_WITHSCORES,
  ZUNIONSTORE,
  bzMove: BZMOVE,
  bzmPop: BZMPOP,
  bzPopMax: BZPOPMAX,
  bzPopMin: BZPOPMIN,
  zAdd: ZADD,
  zAddIncr: ZADD_INCR,
  zCard: ZCARD,
  zCount: ZCOUNT,
  zDiff: ZDIFF,
  zDiffWithScores: ZDIFF_WITHSCORES,
  zDiffStore: ZDIFFSTORE,
  zIncrBy: ZINCRBY,
  zInter: ZINTER,
  zInterWithScores: ZINTER_WITHSCORES,
  zInterCard: ZINTERCARD,
  zInterStore: ZINTERSTORE,
  zLexCount: ZLEXCOUNT,
  zMove: ZMOVE,
  zMoveMember: ZMOVEMEMBER,
  zmPop: ZMPOP,
  zmScore: ZMSCORE,
  zPopMax: ZPOPMAX,
  zPopMaxCount: ZPOPMAX_COUNT,
  zPopMin: ZPOPMIN,
  zPopMinCount: ZPOPMIN_COUNT,
  zRandMember: ZRANDMEMBER,
  zRandMemberCount: ZRANDMEMBER_COUNT,
  zRandMemberCountWithScores: ZRANDMEMBER_COUNT_WITHSCORES,
  zRange: ZRANGE,
  zRangeWithScores: ZRANGE_WITHSCORES,
  zRangeByLex: ZRANGEBYLEX,
  zRangeByScore: ZRANGEBYSCORE,
  zRangeByScoreWithScores: ZRANGEBYSCORE_WITHSCORES,
  zRangeStore: ZRANGESTORE,
  zRank: ZRANK,
  zRankWithScore: ZRANK_WITHSCORE,
  zRem: ZREM,
  zRemRangeByLex: ZREMRANGEBYLEX,
  zRemRangeByRank: ZREMRANGEBYRANK,
  zRemRangeByScore: ZREMRANGEBYSCORE,
  zRevRank: ZREVRANK,
  zRevRankWithScore: ZREVRANK_WITHSCORE,
  zScan: ZSCAN,
  zScore: ZSCORE,
  zUnion: ZUNION,
  zUnionWithScores: ZUNION_WITHSCORES,
  zUnionStore: ZUNIONSTORE,
} as const;
