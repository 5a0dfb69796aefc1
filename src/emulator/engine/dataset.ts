import { z } from '../../domain/zod';
import { cacheClusterIdSchema, replicationGroupIdSchema } from '../../domain/snapshot-name';

/**
 * A starting dataset, in the few words a test or demo needs; `build-db.ts` expands it
 * into full API records. JSON-compatible, so the same shape can come from a file.
 */
const common = {
  nodeType: z.string().default('cache.m3.large'),
  engineVersion: z.string().default('3.2.4'),
  status: z.string().default('available'),
  dataSizeMb: z.number().nonnegative().default(3),
  snapshotRetentionLimit: z.number().int().min(0).max(35).default(0),
  snapshotWindow: z.string().default('08:30-09:30'),
  /** ISO time; defaults to a fixed date, as the seed's example. */
  createdAt: z.iso.datetime().optional(),
};

const single = z.object({
  kind: z.literal('single'),
  id: cacheClusterIdSchema,
  engine: z.enum(['redis', 'valkey', 'memcached']).default('redis'),
  numNodes: z.number().int().min(1).max(40).default(1),
  ...common,
});

const replicated = z.object({
  kind: z.literal('replicated'),
  id: replicationGroupIdSchema,
  description: z.string().optional(),
  replicas: z.number().int().min(0).max(5).default(2),
  ...common,
});

const clustered = z.object({
  kind: z.literal('clustered'),
  id: replicationGroupIdSchema,
  description: z.string().optional(),
  shards: z.number().int().min(1).max(500).default(2),
  replicasPerShard: z.number().int().min(0).max(5).default(1),
  ...common,
});

const snapshot = z.object({
  /** Required for manual backups; automated ones are named as the service does. */
  name: z.string().min(1).optional(),
  /** A standalone cluster's id, a node's id (`x-002`) or a replication group's id. */
  from: z.string().min(1),
  source: z.enum(['manual', 'automated']).default('manual'),
  createdAt: z.iso.datetime().optional(),
  /** Hours before the dataset was loaded, when createdAt is not given. */
  ageHours: z.number().nonnegative().default(24),
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
export type SnapshotSpec = Dataset['snapshots'][number];
