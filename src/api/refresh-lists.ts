import type { QueryClient } from '@tanstack/react-query';
import { clusterQueries } from './clusters';
import { isRetryable } from './errors';
import { snapshotQueries } from './snapshots';

/** The caches and backups lists read again: after a write, every one of which changes them. */
export function refreshLists(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([queryClient.invalidateQueries({ queryKey: clusterQueries.all() }), queryClient.invalidateQueries({ queryKey: snapshotQueries.all() })]);
}

/** After a failed write: a refusal (a 4xx: the cache is gone, deleting, busy) says the lists may be out of date. */
export function refreshAfterRefusal(queryClient: QueryClient, error: unknown): void {
  if (!isRetryable(error)) void refreshLists(queryClient);
}
