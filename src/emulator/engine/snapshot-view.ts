import { arn } from './endpoints';
import { VPC_ID, type Db, type SnapshotRecord } from './records';
import { snapshotIsRunning, snapshotStatus } from './timing';
import { iso } from './views';

const toSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

/** A backup as the API shows it, as of `now`; XML field order follows the model. */
export function snapshotView(db: Db, s: SnapshotRecord, now: number, showNodeGroupConfig = false) {
  const done = !snapshotIsRunning(s, now);
  return {
    SnapshotName: s.name,
    ReplicationGroupId: s.replicationGroupId,
    ReplicationGroupDescription: s.replicationGroupDescription,
    CacheClusterId: s.cacheClusterId,
    SnapshotStatus: snapshotStatus(db, s, now),
    SnapshotSource: s.source,
    CacheNodeType: s.nodeType,
    Engine: s.engine,
    EngineVersion: s.engineVersion,
    NumCacheNodes: s.numCacheNodes,
    PreferredAvailabilityZone: s.availabilityZone,
    CacheClusterCreateTime: s.clusterCreatedAt === undefined ? undefined : iso(s.clusterCreatedAt),
    PreferredMaintenanceWindow: s.maintenanceWindow,
    TopicArn: s.topicArn,
    Port: s.port,
    CacheParameterGroupName: s.parameterGroup,
    CacheSubnetGroupName: 'default',
    VpcId: VPC_ID,
    AutoMinorVersionUpgrade: s.autoMinorVersionUpgrade,
    SnapshotRetentionLimit: s.snapshotRetentionLimit,
    SnapshotWindow: s.snapshotWindow,
    NumNodeGroups: s.numNodeGroups,
    AutomaticFailover: s.automaticFailover,
    NodeSnapshots: s.nodeSnapshots.map((n) => {
      // A copy knows its source's size and time from the start (examples-1.json, CopySnapshot).
      const known = done || n.snapshotCreateTime !== undefined;
      // Shards name their node once the backup is done (the CLI's delete-snapshot example);
      // the seed's `creating` output shows only NodeGroupId and CacheSize.
      const named = !n.nodeGroupId || known;
      return {
        CacheClusterId: named ? n.cacheClusterId : undefined,
        NodeGroupId: n.nodeGroupId,
        CacheNodeId: named ? n.cacheNodeId : undefined,
        NodeGroupConfiguration:
          showNodeGroupConfig && n.nodeGroupId
            ? {
                NodeGroupId: n.nodeGroupId,
                Slots: n.slots,
                ReplicaCount: n.replicaCount,
                PrimaryAvailabilityZone: n.primaryAz,
                ReplicaAvailabilityZones: n.replicaAzs,
              }
            : undefined,
        // The seed's outputs: CacheSize is empty while the backup runs.
        CacheSize: known ? `${n.sizeMb} MB` : '',
        CacheNodeCreateTime: named && n.cacheNodeCreateTime !== undefined ? iso(n.cacheNodeCreateTime) : undefined,
        // To the second, as every CLI example's SnapshotCreateTime ("2019-12-05T06:38:23Z"); CacheNodeCreateTime keeps milliseconds.
        SnapshotCreateTime: n.snapshotCreateTime !== undefined ? iso(toSecond(n.snapshotCreateTime)) : done ? iso(toSecond(s.startedAt + s.durationMs)) : undefined,
      };
    }),
    KmsKeyId: s.kmsKeyId,
    ARN: arn('snapshot', s.name),
    DataTiering: 'disabled',
  };
}
