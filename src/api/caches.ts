import { queryOptions } from '@tanstack/react-query';
import { clusterDetail, groupDetail } from '../domain/cache-detail';
import type { RedisCluster } from '../domain/cluster';
import { isTransitional } from '../domain/status';
import { POLL_INTERVAL_MS } from './clusters';
import { elasticache } from './elasticache-client';
import { listAll } from './list-all';

/** One cache's page: its detail (endpoints, nodes, settings) and its tags. */
export const cacheQueries = {
  all: () => ['clusters', 'cache'] as const,
  detail: (cache: Pick<RedisCluster, 'kind' | 'id' | 'status'>) =>
    queryOptions({
      queryKey: [...cacheQueries.all(), 'detail', cache.kind, cache.id] as const,
      queryFn: async ({ signal }) => {
        if (cache.kind === 'single') {
          const out = await elasticache.call('DescribeCacheClusters', { CacheClusterId: cache.id, ShowCacheNodeInfo: true }, { abortSignal: signal });
          const found = out.CacheClusters?.[0];
          return found ? clusterDetail(found) : null;
        }
        const out = await elasticache.call('DescribeReplicationGroups', { ReplicationGroupId: cache.id }, { abortSignal: signal });
        const group = out.ReplicationGroups?.[0];
        if (!group) return null;
        const members = await listAll(async (Marker) => {
          const page = await elasticache.call('DescribeCacheClusters', { Marker, MaxRecords: 100, ShowCacheNodeInfo: true }, { abortSignal: signal });
          return { items: page.CacheClusters, marker: page.Marker };
        });
        return groupDetail(group, members.filter((m) => m.ReplicationGroupId === cache.id));
      },
      // Node statuses follow the cache's: look again while it moves.
      refetchInterval: isTransitional(cache.status) ? POLL_INTERVAL_MS : false,
    }),
  tags: (arn: string) =>
    queryOptions({
      queryKey: [...cacheQueries.all(), 'tags', arn] as const,
      queryFn: async ({ signal }) =>
        (await elasticache.call('ListTagsForResource', { ResourceName: arn }, { abortSignal: signal })).TagList ?? [],
    }),
};
