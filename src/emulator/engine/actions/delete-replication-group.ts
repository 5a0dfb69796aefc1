import type { Action } from '../context';
import { faults } from '../faults';
import { deletionPhase, finalSnapshot, retireAutomatedBackups } from '../final-snapshot';
import { snapshotOfGroup } from '../snapshot-factory';
import { checkGroupAvailable, groupNodes } from '../snapshot-rules';
import { replicationGroupView } from '../views';

/**
 * DeleteReplicationGroup, optionally with a final backup taken from the primary (the
 * freshest data), and optionally keeping the primary as a standalone cluster.
 */
export const deleteReplicationGroup: Action = (ctx, params) => {
  const { db, now } = ctx;
  const id = params.required('ReplicationGroupId').toLowerCase();
  const group = db.groups.get(id);
  if (!group) throw faults.replicationGroupNotFound(id);
  const retainPrimary = params.boolean('RetainPrimaryCluster') ?? false;
  if (retainPrimary && group.clusterEnabled) {
    throw faults.invalidParameterCombination('RetainPrimaryCluster is not supported for cluster mode enabled replication groups.');
  }
  checkGroupAvailable(ctx, group);

  const nodes = groupNodes(db, group);
  const primary = db.clusters.get(group.nodeGroups[0]?.primary ?? '');
  const final = finalSnapshot(ctx, params, nodes, group.id, (start) => snapshotOfGroup(db, group, start, primary));
  const phase = deletionPhase(ctx, final);
  const deleting = { ...group, deletion: phase };
  db.groups.set(id, deleting);
  for (const node of nodes) {
    db.clusters.set(node.id, retainPrimary && node === primary ? { ...node, replicationGroupId: undefined } : { ...node, deletion: phase });
  }
  retireAutomatedBackups(ctx, (s) => s.sourceGroupId === id);
  return { ReplicationGroup: replicationGroupView(db, deleting, now, 'deleted') };
};
