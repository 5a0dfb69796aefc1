/** What the emulator stores: API-shaped fields plus the timestamps statuses derive from. */

export type Engine = 'redis' | 'valkey' | 'memcached';

export interface Tag {
  Key: string;
  Value: string;
}

/** What a create call configures on a cluster and on a replication group alike, echoed back. */
export interface ClusterOptions {
  port: number;
  parameterGroup: string;
  maintenanceWindow: string;
  snapshotWindow: string;
  snapshotRetentionLimit: number;
  autoMinorVersionUpgrade: boolean;
  transitEncryption: boolean;
  transitEncryptionMode?: 'preferred' | 'required';
  atRestEncryption: boolean;
  kmsKeyId?: string;
  authTokenEnabled: boolean;
  securityGroupIds: string[];
  notificationTopicArn?: string;
  networkType: 'ipv4' | 'ipv6' | 'dual_stack';
  ipDiscovery: 'ipv4' | 'ipv6';
  tags: Tag[];
}

/** A span of time a record spends in a transitional status (creating, deleting…). */
export interface Phase {
  at: number;
  durationMs: number;
}

export interface ClusterRecord extends ClusterOptions {
  id: string;
  engine: Engine;
  engineVersion: string;
  nodeType: string;
  numNodes: number;
  /** A status set by the dataset (e.g. `modifying`); `available` lets derived states show. */
  baseStatus: string;
  createdAt: number;
  availabilityZone: string;
  /** Memcached: single-az or cross-az, as asked. */
  azMode?: 'single-az' | 'cross-az';
  /** Memcached with several nodes: each node's zone (PreferredAvailabilityZones). */
  nodeAzs?: string[];
  replicationGroupId?: string;
  dataSizeMb: number;
  /** `creating` from createdAt for this long (0 for clusters that came with the dataset). */
  provisionMs: number;
  /** Set by DeleteCacheCluster/DeleteReplicationGroup: `deleting`, then gone. */
  deletion?: Phase;
  /** Set by ModifyCacheCluster (or its group's Modify): `modifying`, then `available`. */
  modification?: Phase;
  /** A standalone cache's daily backups are taken after this time only (automatic-backups.ts). */
  autoBackupsFrom?: number;
  /** The backup this cluster was restored from: `restoring` while the cluster is `creating`. */
  restoredFrom?: string;
  /** SnapshotArns: the S3 objects (`arn:aws:s3:::bucket/key`) a new cache starts from, one per shard. */
  seedObjects?: string[];
  /** Data plane: the node's real server, once it runs (data-plane-port.ts). */
  endpoint?: NodeEndpoint;
  /** Data plane: `creating` until its server answers with the data it starts from. */
  dataPending?: boolean;
}

export interface NodeEndpoint {
  address: string;
  port: number;
}

export interface NodeGroupRecord {
  id: string;
  primary: string;
  members: string[];
  slots: string;
}

export interface ReplicationGroupRecord extends ClusterOptions {
  id: string;
  description: string;
  clusterEnabled: boolean;
  baseStatus: string;
  nodeType: string;
  engine: Engine;
  engineVersion: string;
  multiAz: boolean;
  dataTiering: boolean;
  clusterMode: 'enabled' | 'disabled' | 'compatible';
  createdAt: number;
  nodeGroups: NodeGroupRecord[];
  automaticFailover: 'enabled' | 'disabled';
  /** The node daily automatic backups are taken from (cluster mode disabled). */
  snapshottingClusterId?: string;
  provisionMs: number;
  deletion?: Phase;
  /** Set by ModifyReplicationGroup: `modifying`, then `available`. */
  modification?: Phase;
  /** Daily backups are taken after this time only (automatic-backups.ts). */
  autoBackupsFrom?: number;
  restoredFrom?: string;
  /** SnapshotArns: the S3 objects (`arn:aws:s3:::bucket/key`) a new cache starts from, one per shard. */
  seedObjects?: string[];
  /** Data plane: `creating` until every node runs and the group is formed. */
  dataPending?: boolean;
}

export interface NodeSnapshotRecord {
  cacheClusterId?: string;
  nodeGroupId?: string;
  cacheNodeId?: string;
  cacheNodeCreateTime?: number;
  sizeMb: number;
  /** Set on copies: the source's, known from the start (examples-1.json, CopySnapshot). */
  snapshotCreateTime?: number;
  slots?: string;
  primaryAz?: string;
  replicaAzs?: string[];
  replicaCount?: number;
}

export interface SnapshotRecord {
  name: string;
  source: 'manual' | 'automated';
  startedAt: number;
  durationMs: number;
  /** Nodes (CacheClusterIds) shown `snapshotting` while this backup runs. */
  busyNodes: string[];
  /** Replication group shown `snapshotting` while this backup runs. */
  busyGroup?: string;
  /** The replication group the backup was taken from, shown or not (DescribeSnapshots' filter, retirement). */
  sourceGroupId?: string;
  /** Fields copied from the source when the backup started: they outlive the cluster. */
  cacheClusterId?: string;
  replicationGroupId?: string;
  replicationGroupDescription?: string;
  clusterEnabled: boolean;
  automaticFailover?: 'enabled' | 'disabled';
  numNodeGroups?: number;
  engine: Engine;
  engineVersion: string;
  nodeType: string;
  numCacheNodes?: number;
  availabilityZone?: string;
  clusterCreatedAt?: number;
  maintenanceWindow: string;
  parameterGroup: string;
  snapshotWindow: string;
  snapshotRetentionLimit: number;
  port: number;
  autoMinorVersionUpgrade: boolean;
  kmsKeyId?: string;
  topicArn?: string;
  nodeSnapshots: NodeSnapshotRecord[];
  tags: Tag[];
  /** Set by CopySnapshot with TargetBucket: `exporting` for a backup's duration. */
  exporting?: Phase & { bucket: string };
  /** Set by CopySnapshot on the copy: its source shows `copying` while the copy runs. */
  copiedFrom?: string;
  /** Set by DeleteSnapshot, or when its cluster is deleted (automated backups). */
  deletion?: Phase;
  /** Data plane: `creating` until its RDB files are complete; `failed` if they could not be made. */
  dataPending?: boolean;
  dataFailed?: boolean;
}

/** What DescribeEvents lists: recorded as the engine acts, dated when it happens (maybe later). */
export interface EventRecord {
  sourceIdentifier: string;
  sourceType: 'cache-cluster' | 'replication-group';
  message: string;
  date: number;
}

export interface Db {
  clusters: Map<string, ClusterRecord>;
  groups: Map<string, ReplicationGroupRecord>;
  snapshots: Map<string, SnapshotRecord>;
  /** Manual backups started, for the 24-hour quota: key is the group or cluster id. */
  manualBackupLog: { key: string; at: number }[];
  /** Events, oldest first; only appended to (like the backup log). */
  events: EventRecord[];
}

export const ACCOUNT_ID = '123456789012';
export const REGION = 'us-east-1';
export const VPC_ID = 'vpc-91280df6';
