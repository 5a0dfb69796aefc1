import type { Action, EngineContext } from '../context';
import { faults } from '../faults';
import { changesBackups, modifyOptions, sameOrRefuse } from '../modify-options';
import { stringList } from '../param-lists';
import type { Params } from '../query-protocol';
import type { ReplicationGroupRecord } from '../records';
import { checkGroupAvailable, groupNodes } from '../snapshot-rules';
import { replicationGroupView } from '../views';

/**
 * ModifyReplicationGroup (botocore's model): description, backup settings (retention,
 * window, the node daily backups are read from) and the other settings the emulator
 * keeps; the group and its nodes are `modifying` for a while, then `available`.
 */
export const modifyReplicationGroup: Action = (ctx, params) => {
  const { db, now, settings } = ctx;
  const id = params.required('ReplicationGroupId').toLowerCase();
  const group = db.groups.get(id);
  if (!group) throw faults.replicationGroupNotFound(id);
  refuseUnmodelled(params, group);
  const snapshotting = snapshottingCluster(ctx, params, group);
  const patch = modifyOptions(params, group);
  const description = params.string('ReplicationGroupDescription');
  if (description !== undefined && description.length > 255) {
    throw faults.invalidParameterValue('ReplicationGroupDescription must be at most 255 characters.');
  }
  checkGroupAvailable(ctx, group);

  const modification = { at: now, durationMs: settings.modifyDurationMs };
  const modified: ReplicationGroupRecord = {
    ...group,
    ...patch,
    description: description ?? group.description,
    snapshottingClusterId: snapshotting ?? group.snapshottingClusterId,
    modification,
    autoBackupsFrom: changesBackups(patch) || snapshotting ? now : group.autoBackupsFrom,
  };
  db.groups.set(id, modified);
  // Each node shows its group's settings (DescribeCacheClusters of a member).
  for (const node of groupNodes(db, group)) db.clusters.set(node.id, { ...node, ...patch });
  return { ReplicationGroup: replicationGroupView(db, modified, now) };
};

/** Topology, failover and access changes the emulator doesn't model: the service's faults, or refused. */
function refuseUnmodelled(params: Params, group: ReplicationGroupRecord): void {
  const userGroup = stringList(params, 'UserGroupIdsToAdd.member')?.[0] ?? stringList(params, 'UserGroupIdsToRemove.member')?.[0];
  if (userGroup !== undefined) throw faults.userGroupNotFound(userGroup);
  sameOrRefuse(params, 'RemoveUserGroups', false);
  sameOrRefuse(params, 'PrimaryClusterId', group.nodeGroups[0]?.primary);
  sameOrRefuse(params, 'NodeGroupId', group.nodeGroups.length === 1 ? group.nodeGroups[0]?.id : undefined);
  sameOrRefuse(params, 'AutomaticFailoverEnabled', group.automaticFailover === 'enabled');
  sameOrRefuse(params, 'MultiAZEnabled', group.multiAz);
  sameOrRefuse(params, 'CacheNodeType', group.nodeType);
  sameOrRefuse(params, 'ClusterMode', group.clusterMode);
}

/**
 * SnapshottingClusterId: a node of the group, for cluster mode disabled only (the model).
 * Turning backups on for a group with no snapshotting node needs one (the service's
 * "Must specify both SnapshotRetentionLimit and SnapshottingClusterId to turn on snapshots").
 */
function snapshottingCluster({ db }: EngineContext, params: Params, group: ReplicationGroupRecord): string | undefined {
  const requested = params.string('SnapshottingClusterId')?.toLowerCase();
  if (requested !== undefined) {
    if (group.clusterEnabled) {
      throw faults.invalidParameterCombination('SnapshottingClusterId cannot be set for a cluster mode enabled replication group.');
    }
    if (!db.clusters.has(requested)) throw faults.cacheClusterNotFound(requested);
    if (!group.nodeGroups.some((ng) => ng.members.includes(requested))) {
      throw faults.invalidParameterValue(`Cache cluster ${requested} is not a member of replication group ${group.id}.`);
    }
  }
  const retention = params.integer('SnapshotRetentionLimit') ?? 0;
  if (retention > 0 && !group.clusterEnabled && !requested && !group.snapshottingClusterId) {
    throw faults.invalidParameterCombination('Must specify both SnapshotRetentionLimit and SnapshottingClusterId to turn on snapshots');
  }
  return requested;
}
