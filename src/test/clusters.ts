import type { RedisCluster } from '../domain/cluster';

/** The demo account's mynonclusteredredis as the clusters list shows it: one node, no replicas. */
export const singleCluster: RedisCluster = {
  id: 'mynonclusteredredis',
  kind: 'single',
  clusterModeEnabled: false,
  shards: 1,
  nodes: [{ id: 'mynonclusteredredis' }],
  nodeType: 'cache.m3.2xlarge',
  engine: 'redis',
  engineVersion: '3.2.4',
  status: 'available',
};
