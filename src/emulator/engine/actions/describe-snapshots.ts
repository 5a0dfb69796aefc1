import type { Action } from '../context';
import { faults } from '../faults';
import { paginate } from '../pagination';
import { snapshotView } from '../snapshot-view';

const SOURCE_FILTER: Record<string, string> = { system: 'automated', user: 'manual' };

export const describeSnapshots: Action = ({ db, now }, params) => {
  const clusterId = params.string('CacheClusterId')?.toLowerCase();
  const groupId = params.string('ReplicationGroupId')?.toLowerCase();
  const name = params.string('SnapshotName')?.toLowerCase();
  const sourceParam = params.string('SnapshotSource');
  const showConfig = params.boolean('ShowNodeGroupConfig') ?? false;

  // The model's filter values: `system` (automatic backups) and `user` (manual ones).
  const source = sourceParam === undefined ? undefined : SOURCE_FILTER[sourceParam];
  if (sourceParam !== undefined && source === undefined) {
    throw faults.invalidParameterValue(`Invalid SnapshotSource: ${sourceParam}. Valid values are: system, user.`);
  }

  let snapshots = [...db.snapshots.values()];
  if (name !== undefined) {
    snapshots = snapshots.filter((s) => s.name === name);
    if (snapshots.length === 0) throw faults.snapshotNotFound(name);
  }
  if (clusterId !== undefined) {
    snapshots = snapshots.filter((s) => s.cacheClusterId === clusterId);
    // A deleted cluster's manual backups still answer to its id.
    if (snapshots.length === 0 && !db.clusters.has(clusterId)) throw faults.cacheClusterNotFound(clusterId);
  }
  if (groupId !== undefined) snapshots = snapshots.filter((s) => s.sourceGroupId === groupId);
  if (source !== undefined) snapshots = snapshots.filter((s) => s.source === source);

  const { page, marker } = paginate(snapshots, params, { default: 50, min: 20, max: 50 });
  return { Marker: marker, Snapshots: page.map((s) => snapshotView(db, s, now, showConfig)) };
};
