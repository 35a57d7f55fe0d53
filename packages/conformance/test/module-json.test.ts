import { DEFAULT_MODULES } from '@x/cluster';
import { describeCases } from './support/cases';
import { oracle } from './support/oracle';
import { describeModuleCoverage, jsonCases } from './cases/module-json';

const xModules = DEFAULT_MODULES as unknown as Record<string, Record<string, object> | undefined>;

describeModuleCoverage('json', oracle.modules.json!, xModules.json, jsonCases);
describeCases('module json', jsonCases);
// The same definitions on a client with a keyPrefix: every key, MSET's and MGET's included, gets it.
describeCases('module json (keyPrefix)', jsonCases, { keyPrefix: 'app:' });
