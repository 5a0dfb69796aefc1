import { ACCOUNT_ID, PORT, REGION, VPC_ID, type ClusterRecord, type Db, type ReplicationGroupRecord, type SnapshotRecord } from './records';
import { realEndpoint } from './real-endpoint';
import { clusterStatus, groupStatus, snapshotIsRunning, snapshotStatus } from './timing';

/** API-shaped views of stored records, as of `now`; XML field order follows the model. */
const iso = (ms: number) => new Date(ms).toISOString();
const host = (id: string, suffix: string) => `${id}.${suffix}.abc123.use1.cache.amazonaws.com`;
const arn = (kind: string, id: string) => `arn:aws:elasticache:${REGION}:${ACCOUNT_ID}:${kind}:${id}`;

export function cacheClusterView(db: Db, c: ClusterRecord, now: number, showNodes: boolean) {
  const memcached = c.engine === 'memcached';
  return {
    CacheClusterId: c.id,
    ConfigurationEndpoint: memcached ? { Address: host(c.id, 'cfg'), Port: 11211 } : undefined,
    ClientDownloadLandingPage: 'https://console.aws.amazon.com/elasticache/home#client-download:',
    CacheNodeType: c.nodeType,
    Engine: c.engine,
    EngineVersion: c.engineVersion,
    CacheClusterStatus: clusterStatus(db, c, now),
    NumCacheNodes: c.numNodes,
    PreferredAvailabilityZone: c.numNodes > 1 ? 'Multiple' : c.availabilityZone,
    CacheClusterCreateTime: iso(c.createdAt),
    PreferredMaintenanceWindow: c.maintenanceWindow,
    PendingModifiedValues: {},
    CacheSecurityGroups: [],
    CacheParameterGroup: { CacheParameterGroupName: c.parameterGroup, ParameterApplyStatus: 'in-sync', CacheNodeIdsToReboot: [] },
    CacheSubnetGroupName: 'default',
    CacheNodes: showNodes
      ? Array.from({ length: c.numNodes }, (_, i) => {
          const nodeId = String(i + 1).padStart(4, '0');
          return {
            CacheNodeId: nodeId,
            CacheNodeStatus: c.baseStatus === 'creating' || c.baseStatus === 'deleting' ? c.baseStatus : 'available',
            CacheNodeCreateTime: iso(c.createdAt),
            Endpoint: realEndpoint(db, c.id, { Address: host(c.id, nodeId), Port: memcached ? 11211 : PORT }),
            ParameterGroupStatus: 'in-sync',
            CustomerAvailabilityZone: c.availabilityZone,
          };
        })
      : undefined,
    AutoMinorVersionUpgrade: true,
    SecurityGroups: [{ SecurityGroupId: 'sg-0a1b2c3d', Status: 'active' }],
    ReplicationGroupId: c.replicationGroupId,
    SnapshotRetentionLimit: memcached ? undefined : c.snapshotRetentionLimit,
    SnapshotWindow: memcached ? undefined : c.snapshotWindow,
    AuthTokenEnabled: false,
    TransitEncryptionEnabled: false,
    AtRestEncryptionEnabled: false,
    ARN: arn('cluster', c.id),
    ReplicationGroupLogDeliveryEnabled: false,
    LogDeliveryConfigurations: [],
    NetworkType: 'ipv4',
    IpDiscovery: 'ipv4',
  };
}

export function replicationGroupView(db: Db, g: ReplicationGroupRecord, now: number) {
  const status = groupStatus(db, g, now);
  return {
    ReplicationGroupId: g.id,
    Description: g.description,
    Status: status,
    PendingModifiedValues: {},
    MemberClusters: g.nodeGroups.flatMap((ng) => ng.members),
    NodeGroups: g.nodeGroups.map((ng) => ({
      NodeGroupId: ng.id,
      Status: status === 'snapshotting' ? 'available' : status,
      PrimaryEndpoint: g.clusterEnabled ? undefined : realEndpoint(db, ng.primary, { Address: host(g.id, 'master'), Port: PORT }),
      // The service balances its reader endpoint over the replicas; a real server is one of them.
      ReaderEndpoint: g.clusterEnabled
        ? undefined
        : realEndpoint(db, ng.members.find((m) => m !== ng.primary) ?? ng.primary, { Address: host(g.id, 'replica'), Port: PORT }),
      Slots: g.clusterEnabled ? ng.slots : undefined,
      NodeGroupMembers: ng.members.map((m) => ({
        CacheClusterId: m,
        CacheNodeId: '0001',
        ReadEndpoint: g.clusterEnabled ? undefined : realEndpoint(db, m, { Address: host(m, '0001'), Port: PORT }),
        PreferredAvailabilityZone: db.clusters.get(m)?.availabilityZone,
        // The service reports roles only for cluster mode disabled groups.
        CurrentRole: g.clusterEnabled ? undefined : m === ng.primary ? 'primary' : 'replica',
      })),
    })),
    SnapshottingClusterId: g.snapshottingClusterId,
    AutomaticFailover: g.automaticFailover,
    MultiAZ: g.automaticFailover,
    // A cluster client discovers every shard from any node, as from the service's configuration endpoint.
    ConfigurationEndpoint: g.clusterEnabled
      ? realEndpoint(db, g.nodeGroups[0]?.primary, { Address: host(g.id, 'clustercfg'), Port: PORT })
      : undefined,
    SnapshotRetentionLimit: g.snapshotRetentionLimit,
    SnapshotWindow: g.snapshotWindow,
    ClusterEnabled: g.clusterEnabled,
    CacheNodeType: g.nodeType,
    AuthTokenEnabled: false,
    TransitEncryptionEnabled: false,
    AtRestEncryptionEnabled: false,
    ARN: arn('replicationgroup', g.id),
    LogDeliveryConfigurations: [],
    ReplicationGroupCreateTime: iso(g.createdAt),
    DataTiering: 'disabled',
    AutoMinorVersionUpgrade: true,
    NetworkType: 'ipv4',
    IpDiscovery: 'ipv4',
    ClusterMode: g.clusterEnabled ? 'enabled' : 'disabled',
    Engine: g.engine,
  };
}

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
    Port: PORT,
    CacheParameterGroupName: s.parameterGroup,
    CacheSubnetGroupName: 'default',
    VpcId: VPC_ID,
    AutoMinorVersionUpgrade: true,
    SnapshotRetentionLimit: s.snapshotRetentionLimit,
    SnapshotWindow: s.snapshotWindow,
    NumNodeGroups: s.numNodeGroups,
    AutomaticFailover: s.automaticFailover,
    NodeSnapshots: s.nodeSnapshots.map((n) => ({
      NodeGroupId: n.nodeGroupId,
      CacheNodeId: n.cacheNodeId,
      NodeGroupConfiguration:
        showNodeGroupConfig && n.nodeGroupId
          ? { NodeGroupId: n.nodeGroupId, Slots: n.slots, ReplicaCount: n.replicaCount, PrimaryAvailabilityZone: n.primaryAz }
          : undefined,
      // The seed's outputs: CacheSize is empty while the backup runs.
      CacheSize: done ? `${n.sizeMb} MB` : '',
      CacheNodeCreateTime: n.cacheNodeCreateTime === undefined ? undefined : iso(n.cacheNodeCreateTime),
      SnapshotCreateTime: done ? iso(s.startedAt + s.durationMs) : undefined,
    })),
    ARN: arn('snapshot', s.name),
    DataTiering: 'disabled',
  };
}
