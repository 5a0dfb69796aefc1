import { useState } from 'react';
import { backupBlocker } from '../../domain/cache-actions';
import { clusterKey, type RedisCluster } from '../../domain/cluster';

/**
 * Which rows are checked (by clusterKey), and whether they make a valid Backup source:
 * exactly one cluster, which can be backed up now. `shown` is what the table shows: a
 * checked row that vanished or that the filter hides is never acted on.
 */
export function useClusterSelection(shown: readonly RedisCluster[] | undefined) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const rows = (shown ?? []).filter((c) => selected.has(clusterKey(c)));

  const toggle = (key: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  /** Unchecks the rows `keep` rejects, as the AWS console does when a filter hides them. */
  const retain = (keep: (cluster: RedisCluster) => boolean, all: readonly RedisCluster[]) =>
    setSelected((prev) => new Set(all.filter((c) => prev.has(clusterKey(c)) && keep(c)).map(clusterKey)));

  const only = rows.length === 1 ? rows[0] : undefined;
  const blocker =
    rows.length === 0
      ? 'Select a cluster to back up.'
      : rows.length > 1
        ? `${rows.length} clusters are selected; select one cluster to back up.`
        : only
          ? backupBlocker(only)
          : null;

  const deletable = only && only.status === 'available' ? only : undefined;
  return { selected, toggle, retain, backupSource: blocker === null ? only : undefined, blocker, deletable };
}
