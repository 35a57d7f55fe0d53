// keyPrefix, live, x against node-redis: the cases of cases/key-prefix.ts on clients and clusters
// both made with the same keyPrefix (every target, protocol and type mapping, the data left behind
// compared), then what the cases can't say: WATCH, the scan iterators, configured scripts and
// functions, subscriptions, the pool, duplicate() and the options views.
import { describeCases } from './support/cases';
import { keyPrefixCases, PREFIX } from './cases/key-prefix';

describeCases('keyPrefix', keyPrefixCases, { keyPrefix: PREFIX });
