import { useState } from 'react';
import { clusterKey, type RedisCluster } from '../../domain/cluster';

/**
 * The one selected row (by clusterKey, as today's console: a radio per row). `shown` is
 * what the table shows: a selected row that vanished or that the filter hides is never acted on.
 */
export function useClusterSelection(shown: readonly RedisCluster[] | undefined) {
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selected = (shown ?? []).find((c) => clusterKey(c) === selectedKey);

  /** Clears the selection when `keep` rejects it, as the AWS console does when a filter hides it. */
  const retain = (keep: (cluster: RedisCluster) => boolean, all: readonly RedisCluster[]) =>
    setSelectedKey((prev) => (all.some((c) => clusterKey(c) === prev && keep(c)) ? prev : null));

  return { selectedKey: selected ? selectedKey : null, select: setSelectedKey, retain, selected };
}
