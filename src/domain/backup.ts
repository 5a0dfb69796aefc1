import type { Status } from './status';

/**
 * How the Backups screen sees a snapshot. Inputs are structural subsets of the API's
 * Snapshot shape, so SDK output fits as is.
 */
export interface SnapshotLike {
  SnapshotName?: string;
  ReplicationGroupId?: string;
  CacheClusterId?: string;
  SnapshotStatus?: string;
  SnapshotSource?: string;
  CacheNodeType?: string;
  Engine?: string;
  EngineVersion?: string;
  NumNodeGroups?: number;
  ReplicationGroupDescription?: string;
  SnapshotRetentionLimit?: number;
  SnapshotWindow?: string;
  NodeSnapshots?: { CacheClusterId?: string; NodeGroupId?: string; CacheNodeId?: string; CacheSize?: string; SnapshotCreateTime?: Date }[];
  ARN?: string;
}

export interface NodeBackup {
  /** The shard (`0001`) or the node (`0001`) the data came from. */
  id: string;
  size?: string;
  createdAt?: Date;
}

export interface Backup {
  name: string;
  /** The cluster's name as the console lists it: the replication group, else the cluster. */
  clusterId: string;
  /** The node a cluster mode disabled backup was taken from, when it differs from clusterId. */
  nodeId?: string;
  type: 'manual' | 'automatic';
  status: Status;
  sizeMb?: number;
  nodeType?: string;
  engine?: string;
  engineVersion?: string;
  createdAt?: Date;
  clusterModeEnabled: boolean;
  shards: number;
  retentionDays?: number;
  arn?: string;
  nodeBackups: NodeBackup[];
}

/** `3 MB`, `1.5 GB` → megabytes; unknown text → undefined. */
export function parseCacheSize(text: string | undefined): number | undefined {
  const m = /^([\d.]+)\s*(KB|MB|GB|TB)$/i.exec(text?.trim() ?? '');
  if (!m) return undefined;
  const factor = { KB: 1 / 1024, MB: 1, GB: 1024, TB: 1024 * 1024 }[(m[2] ?? 'MB').toUpperCase()] ?? 1;
  return Number(m[1]) * factor;
}

/** How long the service keeps the backup: "1 day", "5 days", or until deleted (manual). */
export function retentionText(b: Pick<Backup, 'type' | 'retentionDays'>): string {
  if (b.type !== 'automatic') return 'Kept until deleted';
  if (b.retentionDays === undefined) return 'Unknown';
  return `${b.retentionDays} ${b.retentionDays === 1 ? 'day' : 'days'}`;
}

export function formatSize(mb: number | undefined): string {
  if (mb === undefined) return '–';
  if (mb >= 1024) return `${(mb / 1024).toFixed(1)} GB`;
  // A real backup of a little data (the emulator's --data-plane) is a few hundredths of a MB.
  return `${mb < 1 ? Math.round(mb * 100) / 100 : Math.round(mb * 10) / 10} MB`;
}

export function toBackup(s: SnapshotLike): Backup {
  const nodes = s.NodeSnapshots ?? [];
  const sizes = nodes.map((n) => parseCacheSize(n.CacheSize));
  const times = nodes.flatMap((n) => (n.SnapshotCreateTime ? [n.SnapshotCreateTime.getTime()] : []));
  const clusterModeEnabled = nodes.some((n) => n.NodeGroupId) || (s.NumNodeGroups ?? 1) > 1;
  const clusterId = s.ReplicationGroupId ?? s.CacheClusterId ?? '';
  return {
    name: s.SnapshotName ?? '',
    clusterId,
    nodeId: s.CacheClusterId && s.CacheClusterId !== clusterId ? s.CacheClusterId : undefined,
    type: s.SnapshotSource === 'automated' ? 'automatic' : 'manual',
    status: s.SnapshotStatus ?? 'unknown',
    sizeMb: sizes.every((x) => x !== undefined) && sizes.length > 0 ? sizes.reduce((a, b) => a + b, 0) : undefined,
    nodeType: s.CacheNodeType,
    engine: s.Engine,
    engineVersion: s.EngineVersion,
    createdAt: times.length > 0 ? new Date(Math.min(...times)) : undefined,
    clusterModeEnabled,
    shards: s.NumNodeGroups ?? 1,
    retentionDays: s.SnapshotSource === 'automated' ? s.SnapshotRetentionLimit : undefined,
    arn: s.ARN,
    nodeBackups: nodes.map((n) => ({ id: n.NodeGroupId ?? n.CacheNodeId ?? '', size: n.CacheSize || undefined, createdAt: n.SnapshotCreateTime })),
  };
}

/** Newest first; backups still being made (no time yet) on top. */
/**
 * A cache's backups: those naming it, or one of its nodes. A backup of one node of a replication
 * group names only that node (no ReplicationGroupId), as AWS's describe-snapshots example shows.
 */
export function isBackupOf(backup: Pick<Backup, 'clusterId'>, cache: { id: string; nodes: readonly { id: string }[] }): boolean {
  const source = backup.clusterId.toLowerCase();
  return source === cache.id.toLowerCase() || cache.nodes.some((n) => n.id.toLowerCase() === source);
}

export function byCreatedDesc(a: Backup, b: Backup): number {
  return (b.createdAt?.getTime() ?? Infinity) - (a.createdAt?.getTime() ?? Infinity) || a.name.localeCompare(b.name);
}
