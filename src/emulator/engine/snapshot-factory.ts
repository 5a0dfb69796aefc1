import type { ClusterRecord, Db, NodeSnapshotRecord, ReplicationGroupRecord, SnapshotRecord } from './records';

interface Start {
  name: string;
  source: SnapshotRecord['source'];
  startedAt: number;
  durationMs: number;
}

/**
 * A backup of one node (cluster mode disabled): the fields of the seed's example 2 output,
 * which carries no group fields even for a node with replicas (nor do the CLI's
 * describe-snapshots examples of node backups); the group is kept internally only.
 */
export function snapshotOfNode(db: Db, node: ClusterRecord, start: Start): SnapshotRecord {
  const group = node.replicationGroupId ? db.groups.get(node.replicationGroupId) : undefined;
  return {
    ...start,
    busyNodes: [node.id],
    busyGroup: group?.id,
    sourceGroupId: group?.id,
    cacheClusterId: node.id,
    clusterEnabled: false,
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
    port: node.port,
    autoMinorVersionUpgrade: node.autoMinorVersionUpgrade,
    kmsKeyId: node.kmsKeyId,
    topicArn: node.notificationTopicArn,
    nodeSnapshots: [{ cacheNodeId: '0001', cacheNodeCreateTime: node.createdAt, sizeMb: node.dataSizeMb }],
    tags: [],
  };
}

/**
 * A backup of a whole replication group: one NodeSnapshot per shard (the seed's example
 * 3), each naming the node it was read from once done (the CLI's delete-snapshot example).
 * Each shard is read from a replica where it has one, sparing the primaries.
 */
export function snapshotOfGroup(db: Db, group: ReplicationGroupRecord, start: Start, fromNode?: ClusterRecord): SnapshotRecord {
  const sourceNodes = group.nodeGroups.map((ng) => ng.members.find((m) => m !== ng.primary) ?? ng.primary);
  const first = db.clusters.get(group.nodeGroups[0]?.primary ?? '');
  if (!first) throw new Error(`replication group ${group.id} has no nodes`);
  const groupFields = {
    busyGroup: group.id,
    sourceGroupId: group.id,
    replicationGroupId: group.id,
    replicationGroupDescription: group.description,
    automaticFailover: group.automaticFailover,
    numNodeGroups: group.nodeGroups.length,
  };
  if (!group.clusterEnabled) {
    // Cluster mode disabled: the group is backed up from one node, like CacheClusterId.
    const node = fromNode ?? db.clusters.get(group.snapshottingClusterId ?? sourceNodes[0] ?? '') ?? first;
    return { ...snapshotOfNode(db, node, start), ...groupFields };
  }
  const nodeSnapshots: NodeSnapshotRecord[] = group.nodeGroups.map((ng, i) => {
    const source = db.clusters.get(sourceNodes[i] ?? '');
    return {
      nodeGroupId: ng.id,
      cacheClusterId: source?.id,
      cacheNodeId: '0001',
      cacheNodeCreateTime: source?.createdAt,
      sizeMb: db.clusters.get(ng.primary)?.dataSizeMb ?? 0,
      slots: ng.slots,
      primaryAz: db.clusters.get(ng.primary)?.availabilityZone,
      replicaAzs: ng.members.filter((m) => m !== ng.primary).flatMap((m) => db.clusters.get(m)?.availabilityZone ?? []),
      replicaCount: ng.members.length - 1,
    };
  });
  return {
    ...start,
    ...groupFields,
    busyNodes: sourceNodes,
    clusterEnabled: true,
    engine: group.engine,
    engineVersion: first.engineVersion,
    nodeType: group.nodeType,
    maintenanceWindow: group.maintenanceWindow,
    parameterGroup: group.parameterGroup,
    snapshotWindow: group.snapshotWindow,
    snapshotRetentionLimit: group.snapshotRetentionLimit,
    port: group.port,
    autoMinorVersionUpgrade: group.autoMinorVersionUpgrade,
    kmsKeyId: group.kmsKeyId,
    topicArn: group.notificationTopicArn,
    nodeSnapshots,
    tags: [],
  };
}

/**
 * The service's name for a daily backup, after the node it was taken from (the CLI's
 * describe-snapshots example: `automatic.my-cluster2-002-2019-12-05-06-38`).
 */
export function automaticSnapshotName(sourceId: string, at: number): string {
  return `automatic.${sourceId}-${new Date(at).toISOString().slice(0, 16).replace(/[T:]/g, '-')}`;
}
