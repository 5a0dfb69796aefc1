import { z } from '../../domain/zod';
import { cacheClusterIdSchema, replicationGroupIdSchema } from '../../domain/snapshot-name';

/**
 * A starting dataset, in the few words a test or demo needs; `build-db.ts` expands it
 * into full API records. JSON-compatible, so the same shape can come from a file.
 * CreateCacheCluster and CreateReplicationGroup describe what they add in the same words.
 */
const tag = z.object({ Key: z.string(), Value: z.string().default('') });

/** A cache's weekly maintenance window when none is given (dataset or CreateCacheCluster/CreateReplicationGroup). */
export const DEFAULT_MAINTENANCE_WINDOW = 'wed:07:30-wed:08:30';

const common = {
  nodeType: z.string().default('cache.m3.large'),
  engineVersion: z.string().default('3.2.4'),
  status: z.string().default('available'),
  dataSizeMb: z.number().nonnegative().default(3),
  snapshotRetentionLimit: z.number().int().min(0).max(35).default(0),
  snapshotWindow: z.string().default('08:30-09:30'),
  maintenanceWindow: z.string().default(DEFAULT_MAINTENANCE_WINDOW),
  /** The engine's port (6379, Memcached 11211) when omitted. */
  port: z.number().int().min(1).max(65535).optional(),
  /** The version's default parameter group when omitted. */
  parameterGroup: z.string().optional(),
  autoMinorVersionUpgrade: z.boolean().default(true),
  transitEncryption: z.boolean().default(false),
  transitEncryptionMode: z.enum(['preferred', 'required']).optional(),
  atRestEncryption: z.boolean().default(false),
  kmsKeyId: z.string().optional(),
  authTokenEnabled: z.boolean().default(false),
  securityGroupIds: z.array(z.string()).default(['sg-0a1b2c3d']),
  notificationTopicArn: z.string().optional(),
  networkType: z.enum(['ipv4', 'ipv6', 'dual_stack']).default('ipv4'),
  ipDiscovery: z.enum(['ipv4', 'ipv6']).default('ipv4'),
  tags: z.array(tag).default([]),
  /** The nodes' availability zones, in member order; spread over the region when omitted. */
  availabilityZones: z.array(z.string()).optional(),
  /** ISO time; defaults to a fixed date, as the seed's example. */
  createdAt: z.iso.datetime().optional(),
};

const single = z.object({
  kind: z.literal('single'),
  id: cacheClusterIdSchema,
  engine: z.enum(['redis', 'valkey', 'memcached']).default('redis'),
  numNodes: z.number().int().min(1).max(40).default(1),
  azMode: z.enum(['single-az', 'cross-az']).optional(),
  ...common,
});

const groupCommon = {
  id: replicationGroupIdSchema,
  engine: z.enum(['redis', 'valkey']).default('redis'),
  description: z.string().optional(),
  multiAz: z.boolean().default(false),
  dataTiering: z.boolean().default(false),
  /** `compatible` is as asked; otherwise it follows the kind. */
  clusterMode: z.enum(['enabled', 'disabled', 'compatible']).optional(),
  ...common,
};

const replicated = z.object({
  kind: z.literal('replicated'),
  replicas: z.number().int().min(0).max(5).default(2),
  /** Node ids, primary first, when not `<id>-001…` (e.g. a group built around an existing cluster). */
  members: z.array(cacheClusterIdSchema).optional(),
  // The model: AutomaticFailoverEnabled "Default: false".
  automaticFailover: z.boolean().default(false),
  ...groupCommon,
});

const nodeGroup = z.object({
  slots: z.string().optional(),
  replicaCount: z.number().int().min(0).max(5).optional(),
  primaryAz: z.string().optional(),
  replicaAzs: z.array(z.string()).optional(),
});

const clustered = z.object({
  kind: z.literal('clustered'),
  shards: z.number().int().min(1).max(500).default(2),
  replicasPerShard: z.number().int().min(0).max(5).default(1),
  /** Per-shard slots, replica counts and zones (NodeGroupConfiguration); `shards` of equal ranges when omitted. */
  nodeGroups: z.array(nodeGroup).optional(),
  // Cluster mode enabled requires automatic failover.
  automaticFailover: z.boolean().default(true),
  ...groupCommon,
});

const snapshot = z.object({
  /** Required for manual backups; automated ones are named as the service does. */
  name: z.string().min(1).optional(),
  /** A standalone cluster's id, a node's id (`x-002`) or a replication group's id. */
  from: z.string().min(1),
  source: z.enum(['manual', 'automated']).default('manual'),
  createdAt: z.iso.datetime().optional(),
  /** Hours before the dataset was loaded, when createdAt is not given; an automated one starts as its cache's window opened, no older. */
  ageHours: z.number().nonnegative().default(24),
  tags: z.array(tag).default([]),
});

/** One cluster: also how CreateCacheCluster and CreateReplicationGroup describe what they add. */
export const clusterSpecSchema = z.discriminatedUnion('kind', [single, replicated, clustered]);

export const datasetSchema = z.object({
  clusters: z.array(clusterSpecSchema).default([]),
  snapshots: z.array(snapshot).default([]),
});

export type DatasetInput = z.input<typeof datasetSchema>;
export type Dataset = z.output<typeof datasetSchema>;
export type ClusterSpec = Dataset['clusters'][number];
export type ClusterSpecInput = z.input<typeof clusterSpecSchema>;
export type SnapshotSpec = Dataset['snapshots'][number];
export type Tag = z.output<typeof tag>;
