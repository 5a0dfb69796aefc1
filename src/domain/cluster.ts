import { isReplicatingEngine } from './engines';
import type { Status } from './status';
import { naturalCompare } from './natural-compare';

/**
 * How the Redis clusters screen sees an account: one row per standalone Redis cluster
 * and one per replication group (cluster mode disabled with replicas, or cluster mode
 * enabled). Inputs are structural subsets of the API shapes, so SDK output fits as is.
 */
export type ClusterKind = 'single' | 'replicated' | 'clustered';
export type NodeRole = 'primary' | 'replica';

export interface ClusterNode {
  /** The node's CacheClusterId, e.g. `myreplicatedredis-002`. */
  id: string;
  role?: NodeRole;
}

export interface RedisCluster {
  id: string;
  kind: ClusterKind;
  clusterModeEnabled: boolean;
  shards: number;
  nodes: ClusterNode[];
  nodeType?: string;
  engine: string;
  engineVersion?: string;
  status: Status;
  description?: string;
}

/**
 * A row's identity: its kind and its id. A standalone cluster and a replication group are
 * different resources, so they never share a row, a checkbox or a selection.
 */
export const clusterKey = (c: Pick<RedisCluster, 'kind' | 'id'>) => `${c.kind === 'single' ? 'cluster' : 'group'}:${c.id}`;

export interface CacheClusterLike {
  CacheClusterId?: string;
  Engine?: string;
  EngineVersion?: string;
  CacheNodeType?: string;
  CacheClusterStatus?: string;
  NumCacheNodes?: number;
  ReplicationGroupId?: string;
}

export interface ReplicationGroupLike {
  ReplicationGroupId?: string;
  Description?: string;
  Status?: string;
  MemberClusters?: string[];
  NodeGroups?: { NodeGroupId?: string; NodeGroupMembers?: { CacheClusterId?: string; CurrentRole?: string }[] }[];
  ClusterEnabled?: boolean;
  CacheNodeType?: string;
  Engine?: string;
}

export function isRedisEngine(engine: string | undefined): boolean {
  return isReplicatingEngine((engine ?? '').toLowerCase());
}

export function toRedisClusters(
  cacheClusters: readonly CacheClusterLike[],
  replicationGroups: readonly ReplicationGroupLike[],
): RedisCluster[] {
  const byId = new Map(cacheClusters.map((c) => [c.CacheClusterId ?? '', c]));
  const rows: RedisCluster[] = [];

  for (const c of cacheClusters) {
    if (c.ReplicationGroupId || !isRedisEngine(c.Engine) || !c.CacheClusterId) continue;
    rows.push({
      id: c.CacheClusterId,
      kind: 'single',
      clusterModeEnabled: false,
      shards: 1,
      nodes: [{ id: c.CacheClusterId }],
      nodeType: c.CacheNodeType,
      engine: c.Engine ?? 'redis',
      engineVersion: c.EngineVersion,
      status: c.CacheClusterStatus ?? 'unknown',
    });
  }

  for (const g of replicationGroups) {
    if (!g.ReplicationGroupId) continue;
    const memberIds = g.MemberClusters ?? [];
    const first = byId.get(memberIds[0] ?? '');
    const clustered = g.ClusterEnabled === true;
    rows.push({
      id: g.ReplicationGroupId,
      kind: clustered ? 'clustered' : 'replicated',
      clusterModeEnabled: clustered,
      shards: clustered ? (g.NodeGroups?.length ?? 1) : 1,
      nodes: groupNodes(g, memberIds),
      nodeType: g.CacheNodeType ?? first?.CacheNodeType,
      engine: g.Engine ?? first?.Engine ?? 'redis',
      engineVersion: first?.EngineVersion,
      status: g.Status ?? 'unknown',
      description: g.Description,
    });
  }

  return rows.sort((a, b) => naturalCompare(a.id, b.id));
}

/** Memcached clusters, one row each (never in a replication group); listed, never backed up. */
export function toMemcachedClusters(cacheClusters: readonly CacheClusterLike[]): RedisCluster[] {
  return cacheClusters.flatMap((c) =>
    c.CacheClusterId && (c.Engine ?? '').toLowerCase() === 'memcached'
      ? [{
          id: c.CacheClusterId,
          kind: 'single' as const,
          clusterModeEnabled: false,
          shards: 1,
          nodes: Array.from({ length: c.NumCacheNodes ?? 1 }, (_, i) => ({ id: String(i + 1).padStart(4, '0') })),
          nodeType: c.CacheNodeType,
          engine: 'memcached',
          engineVersion: c.EngineVersion,
          status: c.CacheClusterStatus ?? 'unknown',
        }]
      : [],
  );
}

function groupNodes(g: ReplicationGroupLike, memberIds: string[]): ClusterNode[] {
  const roles = new Map<string, NodeRole>();
  for (const ng of g.NodeGroups ?? []) {
    for (const m of ng.NodeGroupMembers ?? []) {
      if (m.CacheClusterId && (m.CurrentRole === 'primary' || m.CurrentRole === 'replica')) {
        roles.set(m.CacheClusterId, m.CurrentRole);
      }
    }
  }
  return memberIds.map((id) => ({ id, role: roles.get(id) }));
}
