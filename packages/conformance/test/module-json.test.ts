import { DEFAULT_MODULES } from '@x/cluster';
import { describeCases } from './support/cases';
import { oracle } from './support/oracle';
import { asHarnessCases, describeMappedReplies, describeModuleCoverage, JSON_REASON, jsonCases } from './cases/module-json';

const xModules = DEFAULT_MODULES as unknown as Record<string, Record<string, object> | undefined>;
const cases = asHarnessCases(jsonCases, JSON_REASON);

describeModuleCoverage('json', oracle.modules.json!, xModules.json, jsonCases);
describeCases('module json: arguments and keys', cases);
// On a client with a keyPrefix: every key, MSET's and MGET's included, gets it.
describeCases('module json: arguments and keys (keyPrefix)', cases, { keyPrefix: 'app:' });
describeMappedReplies('module json: replies, RESP2 and RESP3, every type mapping', jsonCases);
