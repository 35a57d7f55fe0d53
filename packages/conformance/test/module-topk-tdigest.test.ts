import { DEFAULT_MODULES } from '@x/cluster';
import { describeCases } from './support/cases';
import { oracle } from './support/oracle';
import { describeModuleCoverage } from './cases/module-json';
import { asHarnessCases, describeMappedReplies, tDigestCases, topKCases } from './cases/module-topk-tdigest';

const xModules = DEFAULT_MODULES as unknown as Record<string, Record<string, object> | undefined>;

for (const [namespace, cases] of [['topK', topKCases], ['tDigest', tDigestCases]] as const) {
  describeModuleCoverage(namespace, oracle.modules[namespace]!, xModules[namespace], asHarnessCases(cases));
  describeCases(`module ${namespace}: arguments and keys`, asHarnessCases(cases));
  describeCases(`module ${namespace}: arguments and keys (keyPrefix)`, asHarnessCases(cases), { keyPrefix: 'app:' });
  describeMappedReplies(`module ${namespace}: replies, RESP2 and RESP3, every type mapping`, cases);
}
