import { DEFAULT_MODULES } from '@x/cluster';
import { describeCases } from './support/cases';
import { oracle } from './support/oracle';
import { asHarnessCases, describeMappedReplies, describeModuleCoverage } from './cases/module-json';
import { BLOOM_REASON, tDigestCases, topKCases } from './cases/module-topk-tdigest';

const xModules = DEFAULT_MODULES as unknown as Record<string, Record<string, object> | undefined>;

for (const [namespace, moduleCases] of [['topK', topKCases], ['tDigest', tDigestCases]] as const) {
  const cases = asHarnessCases(moduleCases, BLOOM_REASON);
  describeModuleCoverage(namespace, oracle.modules[namespace]!, xModules[namespace], moduleCases);
  describeCases(`module ${namespace}: arguments and keys`, cases);
  describeCases(`module ${namespace}: arguments and keys (keyPrefix)`, cases, { keyPrefix: 'app:' });
  describeMappedReplies(`module ${namespace}: replies, RESP2 and RESP3, every type mapping`, moduleCases);
}
