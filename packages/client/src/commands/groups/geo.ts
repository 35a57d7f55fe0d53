// The hand-tuned geo commands, under both of node-redis's spellings, with node-redis's variants as their
// own methods (`GEORADIUS_WITH`/`geoRadiusWith`, `GEOSEARCH_WITH`, `GEORADIUS_STORE`, …). A command listed
// here wins over a generated definition of the same name (see ../index.ts).

import GEOADD from '../geoadd';
import GEODIST from '../geodist';
import GEOHASH from '../geohash';
import GEOPOS from '../geopos';
import GEORADIUS from '../georadius';
import GEORADIUS_RO from '../georadius-ro';
import GEORADIUS_RO_WITH from '../georadius-ro-with';
import GEORADIUS_STORE from '../georadius-store';
import GEORADIUS_WITH from '../georadius-with';
import GEORADIUSBYMEMBER from '../georadiusbymember';
import GEORADIUSBYMEMBER_RO from '../georadiusbymember-ro';
import GEORADIUSBYMEMBER_RO_WITH from '../georadiusbymember-ro-with';
import GEORADIUSBYMEMBER_STORE from '../georadiusbymember-store';
import GEORADIUSBYMEMBER_WITH from '../georadiusbymember-with';
import GEOSEARCH from '../geosearch';
import GEOSEARCH_WITH from '../geosearch-with';
import GEOSEARCHSTORE from '../geosearchstore';

export const GEO_COMMANDS = {
  GEOADD,
  GEODIST,
  GEOHASH,
  GEOPOS,
  GEORADIUS,
  GEORADIUS_RO,
  GEORADIUS_RO_WITH,
  GEORADIUS_STORE,
  GEORADIUS_WITH,
  GEORADIUSBYMEMBER,
  GEORADIUSBYMEMBER_RO,
  GEORADIUSBYMEMBER_RO_WITH,
  GEORADIUSBYMEMBER_STORE,
  GEORADIUSBYMEMBER_WITH,
  GEOSEARCH,
  GEOSEARCH_WITH,
  GEOSEARCHSTORE,
  geoAdd: GEOADD,
  geoDist: GEODIST,
  geoHash: GEOHASH,
  geoPos: GEOPOS,
  geoRadius: GEORADIUS,
  geoRadiusRo: GEORADIUS_RO,
  geoRadiusRoWith: GEORADIUS_RO_WITH,
  geoRadiusStore: GEORADIUS_STORE,
  geoRadiusWith: GEORADIUS_WITH,
  geoRadiusByMember: GEORADIUSBYMEMBER,
  geoRadiusByMemberRo: GEORADIUSBYMEMBER_RO,
  geoRadiusByMemberRoWith: GEORADIUSBYMEMBER_RO_WITH,
  geoRadiusByMemberStore: GEORADIUSBYMEMBER_STORE,
  geoRadiusByMemberWith: GEORADIUSBYMEMBER_WITH,
  geoSearch: GEOSEARCH,
  geoSearchWith: GEOSEARCH_WITH,
  geoSearchStore: GEOSEARCHSTORE,
} as const;
