import { z } from '../../domain/zod';
import type { DbChange } from './db-change';
import type { ClusterOptions, ClusterRecord, Db, EventRecord, NodeGroupRecord, NodeSnapshotRecord, Phase, ReplicationGroupRecord, SnapshotRecord, Tag } from './records';

/**
 * The emulator's state as JSON, for a data file or the browser's storage. Records are
 * stored whole; statuses are not stored at all, since they follow from timestamps.
 * The schemas below are the one check of saved state: every field a record needs, ids
 * lowercase as the emulator stores them, so nothing loaded can break a request later.
 */
// 2: records carry what create calls configure (port, encryption, tags…).
export const STATE_VERSION = 2;

export interface DbState {
  version: typeof STATE_VERSION;
  clusters: ClusterRecord[];
  groups: ReplicationGroupRecord[];
  snapshots: SnapshotRecord[];
  manualBackupLog: { key: string; at: number }[];
  events: EventRecord[];
}

export function toState(db: Db): DbState {
  return {
    version: STATE_VERSION,
    clusters: [...db.clusters.values()],
    groups: [...db.groups.values()],
    snapshots: [...db.snapshots.values()],
    manualBackupLog: db.manualBackupLog,
    events: db.events,
  };
}

const id = z.string().min(1).refine((s) => s === s.toLowerCase(), 'must be lowercase, as the emulator stores identifiers');
const time = z.number().finite();
const engine = z.enum(['redis', 'valkey', 'memcached']);
const phase: z.ZodType<Phase> = z.object({ at: time, durationMs: z.number().nonnegative() });
const tag: z.ZodType<Tag> = z.object({ Key: z.string(), Value: z.string() });
const port = z.number().int().min(1).max(65535);

/** What create calls configure, on clusters and groups alike (ClusterOptions). */
const options = z.object({
  port,
  parameterGroup: z.string(),
  maintenanceWindow: z.string(),
  snapshotWindow: z.string(),
  snapshotRetentionLimit: z.number().int().nonnegative(),
  autoMinorVersionUpgrade: z.boolean(),
  transitEncryption: z.boolean(),
  transitEncryptionMode: z.enum(['preferred', 'required']).optional(),
  atRestEncryption: z.boolean(),
  kmsKeyId: z.string().optional(),
  authTokenEnabled: z.boolean(),
  securityGroupIds: z.array(z.string()),
  notificationTopicArn: z.string().optional(),
  networkType: z.enum(['ipv4', 'ipv6', 'dual_stack']),
  ipDiscovery: z.enum(['ipv4', 'ipv6']),
  tags: z.array(tag),
}) satisfies z.ZodType<ClusterOptions>;

/** When a cluster or group was made, changed and taken away, and what seeded its data: the same on both. */
const lifecycle = {
  provisionMs: z.number().nonnegative(),
  deletion: phase.optional(),
  modification: phase.optional(),
  autoBackupsFrom: time.optional(),
  restoredFrom: id.optional(),
  seedObjects: z.array(z.string()).optional(),
  dataPending: z.boolean().optional(),
};

const cluster: z.ZodType<ClusterRecord> = options.extend({
  id,
  engine,
  engineVersion: z.string(),
  nodeType: z.string(),
  numNodes: z.number().int().positive(),
  baseStatus: z.string(),
  createdAt: time,
  availabilityZone: z.string(),
  azMode: z.enum(['single-az', 'cross-az']).optional(),
  nodeAzs: z.array(z.string()).optional(),
  replicationGroupId: id.optional(),
  dataSizeMb: z.number().nonnegative(),
  ...lifecycle,
  endpoint: z.object({ address: z.string(), port: z.number().int().positive() }).optional(),
});

const nodeGroup: z.ZodType<NodeGroupRecord> = z.object({ id: z.string(), primary: id, members: z.array(id), slots: z.string() });

const group: z.ZodType<ReplicationGroupRecord> = options.extend({
  id,
  description: z.string(),
  clusterEnabled: z.boolean(),
  baseStatus: z.string(),
  nodeType: z.string(),
  engine,
  engineVersion: z.string(),
  multiAz: z.boolean(),
  dataTiering: z.boolean(),
  clusterMode: z.enum(['enabled', 'disabled', 'compatible']),
  createdAt: time,
  nodeGroups: z.array(nodeGroup).min(1),
  automaticFailover: z.enum(['enabled', 'disabled']),
  snapshottingClusterId: id.optional(),
  ...lifecycle,
});

const nodeSnapshot: z.ZodType<NodeSnapshotRecord> = z.object({
  cacheClusterId: id.optional(),
  nodeGroupId: z.string().optional(),
  cacheNodeId: z.string().optional(),
  cacheNodeCreateTime: time.optional(),
  sizeMb: z.number().nonnegative(),
  snapshotCreateTime: time.optional(),
  slots: z.string().optional(),
  primaryAz: z.string().optional(),
  replicaAzs: z.array(z.string()).optional(),
  replicaCount: z.number().int().nonnegative().optional(),
});

const snapshot: z.ZodType<SnapshotRecord> = z.object({
  name: id,
  source: z.enum(['manual', 'automated']),
  startedAt: time,
  durationMs: z.number().nonnegative(),
  busyNodes: z.array(id),
  busyGroup: id.optional(),
  sourceGroupId: id.optional(),
  cacheClusterId: id.optional(),
  replicationGroupId: id.optional(),
  replicationGroupDescription: z.string().optional(),
  clusterEnabled: z.boolean(),
  automaticFailover: z.enum(['enabled', 'disabled']).optional(),
  numNodeGroups: z.number().int().positive().optional(),
  engine,
  engineVersion: z.string(),
  nodeType: z.string(),
  numCacheNodes: z.number().int().positive().optional(),
  availabilityZone: z.string().optional(),
  clusterCreatedAt: time.optional(),
  maintenanceWindow: z.string(),
  parameterGroup: z.string(),
  snapshotWindow: z.string(),
  snapshotRetentionLimit: z.number().int().nonnegative(),
  port,
  autoMinorVersionUpgrade: z.boolean(),
  kmsKeyId: z.string().optional(),
  topicArn: z.string().optional(),
  nodeSnapshots: z.array(nodeSnapshot),
  tags: z.array(tag),
  copiedFrom: id.optional(),
  exporting: z.object({ at: time, durationMs: z.number().nonnegative(), bucket: z.string() }).optional(),
  deletion: phase.optional(),
  dataPending: z.boolean().optional(),
  dataFailed: z.boolean().optional(),
});

const backupLogEntry = z.object({ key: id, at: time });
const event: z.ZodType<EventRecord> = z.object({
  sourceIdentifier: z.string(),
  sourceType: z.enum(['cache-cluster', 'replication-group']),
  message: z.string(),
  date: time,
});

const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  clusters: z.array(cluster),
  groups: z.array(group),
  snapshots: z.array(snapshot),
  manualBackupLog: z.array(backupLogEntry),
  // Saved before events were kept: none yet.
  events: z.array(event).default([]),
});

/** One saved change (a data file's log line): whole records put, ids removed, backups logged. */
export const changeSchema: z.ZodType<DbChange> = z.object({
  put: z.object({ clusters: z.array(cluster), groups: z.array(group), snapshots: z.array(snapshot) }),
  removed: z.object({ clusters: z.array(id), groups: z.array(id), snapshots: z.array(id) }),
  backupLog: z.array(backupLogEntry),
  events: z.array(event).default([]),
});

/** Rebuilds a db from saved state; throws a ZodError naming what is wrong. */
export function fromState(value: unknown): Db {
  const state = stateSchema.parse(value);
  return {
    clusters: new Map(state.clusters.map((c) => [c.id, c])),
    groups: new Map(state.groups.map((g) => [g.id, g])),
    snapshots: new Map(state.snapshots.map((s) => [s.name, s])),
    manualBackupLog: state.manualBackupLog,
    events: state.events,
  };
}

/** A ZodError (or any error) as one line: the first problem and where it is. */
export function oneLine(error: unknown): string {
  if (!(error instanceof z.ZodError)) return error instanceof Error ? error.message : String(error);
  const [first] = error.issues;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return first ? `${first.path.join('.') || '(top)'}: ${first.message}${more}` : error.message;
}
