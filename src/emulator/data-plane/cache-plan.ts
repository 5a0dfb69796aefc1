import { hasServer } from '../engine/data-plane-port';
import type { Db } from '../engine/records';

/** One shard of a cache: its primary, its replicas, the slots it owns (cluster mode enabled). */
export interface ShardPlan {
  primary: string;
  replicas: string[];
  slots?: string;
}

/** What the data plane starts for one cache: a standalone node or a replication group. */
export interface CachePlan {
  /** The cluster id, or the replication group id. */
  key: string;
  groupId?: string;
  clusterEnabled: boolean;
  shards: ShardPlan[];
  /** Just created (its servers start empty or from the backup); otherwise a restart. */
  fresh: boolean;
  /** The ports nodes had before a restart. */
  ports: Map<string, number>;
  /** The backup a new cache starts from, with its node snapshot count. */
  restoreFrom?: { name: string; files: number };
  /** SnapshotArns: the S3 objects a new cache starts from. */
  seedObjects?: string[];
}

const wantsServers = (r: { baseStatus: string; dataPending?: boolean; deletion?: unknown }) =>
  !r.deletion && (r.baseStatus === 'available' || r.dataPending === true);

/** Every cache of the account that should have running servers. */
export function cachePlans(db: Db): CachePlan[] {
  const plans: CachePlan[] = [];
  const ports = new Map([...db.clusters.values()].flatMap((c) => (c.endpoint ? [[c.id, c.endpoint.port] as const] : [])));
  const restore = (name: string | undefined) => {
    const backup = name ? db.snapshots.get(name) : undefined;
    return backup ? { name: backup.name, files: backup.nodeSnapshots.length } : undefined;
  };
  for (const c of db.clusters.values()) {
    if (c.replicationGroupId || !hasServer(c.engine) || !wantsServers(c)) continue;
    const fresh = c.dataPending === true;
    plans.push({ key: c.id, clusterEnabled: false, shards: [{ primary: c.id, replicas: [] }], fresh, ports, restoreFrom: fresh ? restore(c.restoredFrom) : undefined, seedObjects: fresh ? c.seedObjects : undefined });
  }
  for (const g of db.groups.values()) {
    if (!hasServer(g.engine) || !wantsServers(g)) continue;
    const fresh = g.dataPending === true;
    const shards = g.nodeGroups.map((ng) => ({
      primary: ng.primary,
      replicas: ng.members.filter((m) => m !== ng.primary),
      slots: g.clusterEnabled ? ng.slots : undefined,
    }));
    plans.push({ key: g.id, groupId: g.id, clusterEnabled: g.clusterEnabled, shards, fresh, ports, restoreFrom: fresh ? restore(g.restoredFrom) : undefined, seedObjects: fresh ? g.seedObjects : undefined });
  }
  return plans;
}

/** The nodes a backup's files come from, one per file: a shard's replica where asked. */
export function snapshotSources(db: Db, name: string): string[] {
  const s = db.snapshots.get(name);
  if (!s) return [];
  if (s.clusterEnabled) return s.busyNodes;
  return s.cacheClusterId ? [s.cacheClusterId] : [];
}
