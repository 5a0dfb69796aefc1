import { queryOptions } from '@tanstack/react-query';
import { clusterKey, toMemcachedClusters, toRedisClusters, type RedisCluster } from '../domain/cluster';
import { isTransitional } from '../domain/status';
import { elasticache } from './elasticache-client';
import { listAll } from './list-all';
import { listProgress } from './list-progress';

/** How often to look again while something is moving; never once all is settled. */
export const POLL_INTERVAL_MS = 2_000;

export const clusterQueries = {
  all: () => ['clusters'] as const,
  list: () =>
    queryOptions({
      queryKey: [...clusterQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchRedisClusters(signal),
      refetchInterval: (query) => (anyTransitional(query.state.data) ? POLL_INTERVAL_MS : false),
    }),
};

function anyTransitional(rows: RedisCluster[] | undefined): boolean {
  return rows?.some((r) => isTransitional(r.status)) ?? false;
}

async function fetchRedisClusters(abortSignal?: AbortSignal): Promise<RedisCluster[]> {
  let read = 0;
  const progress = (items: readonly unknown[]) => listProgress.report('clusters', (read += items.length));
  const [cacheClusters, replicationGroups] = await Promise.all([
    listAll(async (Marker) => {
      const out = await elasticache.call('DescribeCacheClusters', { Marker, MaxRecords: 100 }, { abortSignal });
      return { items: out.CacheClusters, marker: out.Marker };
    }, progress),
    listAll(async (Marker) => {
      const out = await elasticache.call('DescribeReplicationGroups', { Marker, MaxRecords: 100 }, {
        abortSignal,
      });
      return { items: out.ReplicationGroups, marker: out.Marker };
    }, progress),
  ]).finally(() => listProgress.done('clusters'));
  // Every engine's caches: each caches screen shows its engine's (ids share one namespace).
  return [...toRedisClusters(cacheClusters, replicationGroups), ...toMemcachedClusters(cacheClusters)];
}

/** Shows a status at once (before the next poll confirms it) on one cluster row, by its clusterKey. */
export function withClusterStatus(rows: RedisCluster[] | undefined, key: string, status: string) {
  return rows?.map((r) => (clusterKey(r) === key ? { ...r, status } : r));
}
