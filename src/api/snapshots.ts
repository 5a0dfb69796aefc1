import { queryOptions } from '@tanstack/react-query';
import { toBackup } from '../domain/backup';
import { isTransitional } from '../domain/status';
import { POLL_INTERVAL_MS } from './clusters';
import { elasticache } from './elasticache-client';
import { listAll } from './list-all';

export const snapshotQueries = {
  all: () => ['snapshots'] as const,
  /** Every backup in the account: all DescribeSnapshots pages (50 a page). */
  list: () =>
    queryOptions({
      queryKey: [...snapshotQueries.all(), 'list'] as const,
      queryFn: async ({ signal }) => {
        const snapshots = await listAll(async (Marker) => {
          const out = await elasticache.call('DescribeSnapshots', { Marker, MaxRecords: 50 }, { abortSignal: signal });
          return { items: out.Snapshots, marker: out.Marker };
        });
        return snapshots.map(toBackup);
      },
      refetchInterval: (query) => (query.state.data?.some((b) => isTransitional(b.status)) ? POLL_INTERVAL_MS : false),
    }),
  /** One backup by name; polls while it is creating, copying, restoring or deleting. */
  detail: (name: string) =>
    queryOptions({
      queryKey: [...snapshotQueries.all(), 'detail', name] as const,
      queryFn: async ({ signal }) => {
        const out = await elasticache.call('DescribeSnapshots', { SnapshotName: name }, { abortSignal: signal });
        return out.Snapshots?.[0] ?? null;
      },
      refetchInterval: (query) => (isTransitional(query.state.data?.SnapshotStatus) ? POLL_INTERVAL_MS : false),
    }),
  /** A backup's tags, by its ARN (ListTagsForResource). */
  tags: (arn: string) =>
    queryOptions({
      queryKey: [...snapshotQueries.all(), 'tags', arn] as const,
      queryFn: async ({ signal }) =>
        (await elasticache.call('ListTagsForResource', { ResourceName: arn }, { abortSignal: signal })).TagList ?? [],
    }),
};
