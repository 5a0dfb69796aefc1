import { useState } from 'react';
import { backupBlocker } from '../../domain/backup-target';
import type { RedisCluster } from '../../domain/cluster';

/**
 * Which rows are checked, and whether they make a valid Backup source: exactly one
 * cluster, which can be backed up now. Ids of rows that vanished are ignored.
 */
export function useClusterSelection(clusters: RedisCluster[] | undefined) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const rows = (clusters ?? []).filter((c) => selected.has(c.id));

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

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
  return { selected, toggle, backupSource: blocker === null ? only : undefined, blocker, deletable };
}
