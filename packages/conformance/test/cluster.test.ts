import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { CLUSTER_COMMAND_NAMES, clusterCases } from './cases/cluster';

describeGroupCoverage('cluster', CLUSTER_COMMAND_NAMES, clusterCases);
describeCases('cluster', clusterCases);
