import type { Action } from '../context';
import { faults } from '../faults';
import { deletionPhase, finalSnapshot, retireAutomatedBackups } from '../final-snapshot';
import { snapshotOfNode } from '../snapshot-factory';
import { clusterStatus } from '../timing';
import { cacheClusterView } from '../views';

/** DeleteCacheCluster, optionally with a final backup; a read replica can go on its own. */
export const deleteCacheCluster: Action = (ctx, params) => {
  const { db, now } = ctx;
  const id = params.required('CacheClusterId').toLowerCase();
  const node = db.clusters.get(id);
  if (!node) throw faults.cacheClusterNotFound(id);
  const group = node.replicationGroupId ? db.groups.get(node.replicationGroupId) : undefined;
  if (group && (group.clusterEnabled || group.nodeGroups.some((ng) => ng.primary === id))) {
    throw faults.invalidParameterValue(
      `Cache cluster ${id} is ${group.clusterEnabled ? 'a node' : 'the primary'} of replication group ${group.id}: ` +
        'delete the replication group with DeleteReplicationGroup instead.',
    );
  }
  // "This operation is not valid for … A cluster that is the last read replica of a replication
  // group" (DeleteCacheCluster, botocore's service-2.json). Replicas already deleting don't count.
  const shard = group?.nodeGroups.find((ng) => ng.members.includes(id));
  if (group && shard && !shard.members.some((m) => m !== id && m !== shard.primary && !db.clusters.get(m)?.deletion)) {
    throw faults.invalidParameterValue(
      `Cache cluster ${id} is the last read replica of replication group ${group.id}: a replication group keeps at least one.`,
    );
  }
  if (group && params.string('FinalSnapshotIdentifier') !== undefined) {
    throw faults.invalidParameterCombination(
      `Cache cluster ${id} is a read replica: FinalSnapshotIdentifier can only be given for a primary or standalone cluster.`,
    );
  }
  const status = clusterStatus(db, node, now);
  if (status !== 'available') throw faults.invalidCacheClusterState(id, status);

  const final = finalSnapshot(ctx, params, [node], id, (start) => snapshotOfNode(db, node, start));
  const deleting = { ...node, deletion: deletionPhase(ctx, final) };
  db.clusters.set(id, deleting);
  if (!group) retireAutomatedBackups(ctx, (s) => s.cacheClusterId === id && !s.sourceGroupId);
  return { CacheCluster: cacheClusterView(db, deleting, now, false) };
};
