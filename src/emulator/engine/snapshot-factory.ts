import type { ClusterRecord, Db, NodeSnapshotRecord, ReplicationGroupRecord, SnapshotRecord } from './records';

interface Start {
  name: string;
  source: SnapshotRecord['source'];
  startedAt: number;
  durationMs: number;
}

/**
 * A backup of one node (cluster mode disabled): the fields of the seed's first example
 * output. A node in a replication group also records its group, as the service does.
 */
export function snapshotOfNode(db: Db, node: ClusterRecord, start: Start): SnapshotRecord {
  const group = node.replicationGroupId ? db.groups.get(node.replicationGroupId) : undefined;
  return {
    ...start,
    busyNodes: [node.id],
    busyGroup: group?.id,
    cacheClusterId: node.id,
    replicationGroupId: group?.id,
    replicationGroupDescription: group?.description,
    clusterEnabled: false,
    automaticFailover: group?.automaticFailover,
    numNodeGroups: group ? 1 : undefined,
    engine: node.engine,
    engineVersion: node.engineVersion,
    nodeType: node.nodeType,
    numCacheNodes: node.numNodes,
    availabilityZone: node.availabilityZone,
    clusterCreatedAt: node.createdAt,
    maintenanceWindow: node.maintenanceWindow,
    parameterGroup: node.parameterGroup,
    snapshotWindow: group?.snapshotWindow ?? node.snapshotWindow,
    snapshotRetentionLimit: group?.snapshotRetentionLimit ?? node.snapshotRetentionLimit,
    nodeSnapshots: [{ cacheNodeId: '0001', cacheNodeCreateTime: node.createdAt, sizeMb: node.dataSizeMb }],
  };
}

/**
 * A backup of a whole replication group: one NodeSnapshot per shard (the seed's second
 * example). Each shard is read from a replica where it has one, sparing the primaries.
 */
export function snapshotOfGroup(db: Db, group: ReplicationGroupRecord, start: Start): SnapshotRecord {
  const sourceNodes = group.nodeGroups.map((ng) => ng.members.find((m) => m !== ng.primary) ?? ng.primary);
  const first = db.clusters.get(group.nodeGroups[0]?.primary ?? '');
  if (!first) throw new Error(`replication group ${group.id} has no nodes`);
  if (!group.clusterEnabled) {
    // Cluster mode disabled: the group is backed up from one node, like CacheClusterId.
    const node = db.clusters.get(group.snapshottingClusterId ?? sourceNodes[0] ?? '') ?? first;
    return { ...snapshotOfNode(db, node, start), busyGroup: group.id };
  }
  const nodeSnapshots: NodeSnapshotRecord[] = group.nodeGroups.map((ng) => ({
    nodeGroupId: ng.id,
    sizeMb: db.clusters.get(ng.primary)?.dataSizeMb ?? 0,
    slots: ng.slots,
    primaryAz: db.clusters.get(ng.primary)?.availabilityZone,
    replicaCount: ng.members.length - 1,
  }));
  return {
    ...start,
    busyNodes: sourceNodes,
    busyGroup: group.id,
    replicationGroupId: group.id,
    replicationGroupDescription: group.description,
    clusterEnabled: true,
    automaticFailover: group.automaticFailover,
    numNodeGroups: group.nodeGroups.length,
    engine: group.engine,
    engineVersion: first.engineVersion,
    nodeType: group.nodeType,
    maintenanceWindow: first.maintenanceWindow,
    parameterGroup: first.parameterGroup,
    snapshotWindow: group.snapshotWindow,
    snapshotRetentionLimit: group.snapshotRetentionLimit,
    nodeSnapshots,
  };
}

/** The service's name for a daily backup, e.g. `automatic.myreplicatedredis-2026-11-24-08-30`. */
export function automaticSnapshotName(sourceId: string, at: number): string {
  return `automatic.${sourceId}-${new Date(at).toISOString().slice(0, 16).replace(/[T:]/g, '-')}`;
}
