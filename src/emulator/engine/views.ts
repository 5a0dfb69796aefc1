import { arn, configurationAddress, nodeAddress, primaryAddress, readerAddress } from './endpoints';
import { realEndpoint } from './real-endpoint';
import type { ClusterRecord, Db, ReplicationGroupRecord } from './records';
import { clusterStatus, groupStatus } from './timing';

/** API-shaped views of stored records, as of `now`; XML field order follows the model. */
export const iso = (ms: number) => new Date(ms).toISOString();

/**
 * What an answer shows at its moment (the CLI's examples): CreateCacheCluster's answer has
 * no zone nor create time yet; CreateReplicationGroup's no node groups nor endpoints;
 * DeleteReplicationGroup's no members nor node groups.
 */
export type Moment = 'described' | 'created' | 'deleted';

export function cacheClusterView(db: Db, c: ClusterRecord, now: number, showNodes: boolean, moment: Moment = 'described') {
  const memcached = c.engine === 'memcached';
  const created = moment === 'created';
  const nodeAz = (i: number) => c.nodeAzs?.[i] ?? c.availabilityZone;
  return {
    CacheClusterId: c.id,
    ConfigurationEndpoint: memcached && !created ? { Address: configurationAddress(c.id), Port: c.port } : undefined,
    ClientDownloadLandingPage: 'https://console.aws.amazon.com/elasticache/home#client-download:',
    CacheNodeType: c.nodeType,
    Engine: c.engine,
    EngineVersion: c.engineVersion,
    CacheClusterStatus: clusterStatus(db, c, now),
    NumCacheNodes: c.numNodes,
    PreferredAvailabilityZone: created ? undefined : c.numNodes > 1 && c.azMode !== 'single-az' ? 'Multiple' : c.availabilityZone,
    CacheClusterCreateTime: created ? undefined : iso(c.createdAt),
    PreferredMaintenanceWindow: c.maintenanceWindow,
    PendingModifiedValues: {},
    NotificationConfiguration: c.notificationTopicArn ? { TopicArn: c.notificationTopicArn, TopicStatus: 'active' } : undefined,
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
            Endpoint: realEndpoint(db, c.id, { Address: nodeAddress(c.id, nodeId), Port: c.port }),
            ParameterGroupStatus: 'in-sync',
            CustomerAvailabilityZone: nodeAz(i),
          };
        })
      : undefined,
    AutoMinorVersionUpgrade: c.autoMinorVersionUpgrade,
    SecurityGroups: c.securityGroupIds.map((id) => ({ SecurityGroupId: id, Status: 'active' })),
    ReplicationGroupId: c.replicationGroupId,
    SnapshotRetentionLimit: memcached ? undefined : c.snapshotRetentionLimit,
    SnapshotWindow: memcached ? undefined : c.snapshotWindow,
    AuthTokenEnabled: c.authTokenEnabled,
    TransitEncryptionEnabled: c.transitEncryption,
    AtRestEncryptionEnabled: c.atRestEncryption,
    ARN: arn('cluster', c.id),
    ReplicationGroupLogDeliveryEnabled: false,
    LogDeliveryConfigurations: [],
    NetworkType: c.networkType,
    IpDiscovery: c.ipDiscovery,
    TransitEncryptionMode: c.transitEncryption ? (c.transitEncryptionMode ?? 'required') : undefined,
  };
}

export function replicationGroupView(db: Db, g: ReplicationGroupRecord, now: number, moment: Moment = 'described') {
  const status = groupStatus(db, g, now);
  const endpoints = status !== 'creating';
  const enabled = (on: boolean) => (on ? 'enabled' : 'disabled');
  return {
    ReplicationGroupId: g.id,
    Description: g.description,
    Status: status,
    PendingModifiedValues: {},
    MemberClusters: moment === 'deleted' ? undefined : g.nodeGroups.flatMap((ng) => ng.members),
    NodeGroups: moment !== 'described' ? undefined : g.nodeGroups.map((ng) => ({
      NodeGroupId: ng.id,
      Status: status === 'snapshotting' ? 'available' : status,
      PrimaryEndpoint: g.clusterEnabled || !endpoints ? undefined : realEndpoint(db, ng.primary, { Address: primaryAddress(g.id, ng.id), Port: g.port }),
      // The service balances its reader endpoint over the replicas; a real server is one of them.
      ReaderEndpoint:
        g.clusterEnabled || !endpoints
          ? undefined
          : realEndpoint(db, ng.members.find((m) => m !== ng.primary) ?? ng.primary, { Address: readerAddress(g.id, ng.id), Port: g.port }),
      Slots: g.clusterEnabled ? ng.slots : undefined,
      NodeGroupMembers: ng.members.map((m) => ({
        CacheClusterId: m,
        CacheNodeId: '0001',
        ReadEndpoint: g.clusterEnabled || !endpoints ? undefined : realEndpoint(db, m, { Address: nodeAddress(m, '0001'), Port: g.port }),
        PreferredAvailabilityZone: db.clusters.get(m)?.availabilityZone,
        // The service reports roles only for cluster mode disabled groups.
        CurrentRole: g.clusterEnabled ? undefined : m === ng.primary ? 'primary' : 'replica',
      })),
    })),
    SnapshottingClusterId: g.snapshottingClusterId,
    AutomaticFailover: g.automaticFailover,
    MultiAZ: enabled(g.multiAz),
    // A cluster client discovers every shard from any node, as from the service's configuration endpoint.
    ConfigurationEndpoint:
      g.clusterEnabled && endpoints && moment === 'described'
        ? realEndpoint(db, g.nodeGroups[0]?.primary, { Address: configurationAddress(g.id), Port: g.port })
        : undefined,
    SnapshotRetentionLimit: g.snapshotRetentionLimit,
    SnapshotWindow: g.snapshotWindow,
    ClusterEnabled: g.clusterEnabled,
    CacheNodeType: g.nodeType,
    AuthTokenEnabled: g.authTokenEnabled,
    TransitEncryptionEnabled: g.transitEncryption,
    AtRestEncryptionEnabled: g.atRestEncryption,
    KmsKeyId: g.kmsKeyId,
    ARN: arn('replicationgroup', g.id),
    LogDeliveryConfigurations: [],
    ReplicationGroupCreateTime: iso(g.createdAt),
    DataTiering: enabled(g.dataTiering),
    AutoMinorVersionUpgrade: g.autoMinorVersionUpgrade,
    NetworkType: g.networkType,
    IpDiscovery: g.ipDiscovery,
    TransitEncryptionMode: g.transitEncryption ? (g.transitEncryptionMode ?? 'required') : undefined,
    ClusterMode: g.clusterMode,
    Engine: g.engine,
  };
}
