import type { RedisCluster } from './cluster';

/**
 * Why `id` can't name a new cluster, or null. Cluster ids (standalone clusters and the
 * nodes of replication groups, `<group>-001`…) and replication group ids are one
 * namespace, matched without regard to case; the emulator applies the same rule.
 */
export function clusterIdInUse(id: string, clusters: readonly RedisCluster[]): string | null {
  const wanted = id.toLowerCase();
  for (const c of clusters) {
    if (c.id.toLowerCase() === wanted) return `${wanted} is already used by a cluster. Choose another name.`;
    if (c.nodes.some((n) => n.id.toLowerCase() === wanted)) {
      return `${wanted} is already used by a cluster (a node of ${c.id}). Choose another name.`;
    }
  }
  return null;
}
