import type { RedisCluster } from './cluster';

/** CreateSnapshot's source (docs/reference/README.md, "What a backup does to the cluster"). */
export type BackupTarget = { CacheClusterId: string } | { ReplicationGroupId: string };

/** A cluster-mode-disabled cluster with replicas is backed up from one node the user picks. */
export function needsNodeChoice(cluster: RedisCluster): boolean {
  return cluster.kind === 'replicated' && cluster.nodes.length > 1;
}

/**
 * The node to suggest: a replica, because a backup loads the node it runs on and AWS
 * recommends keeping that load off the primary.
 */
export function defaultBackupNode(cluster: RedisCluster): string | undefined {
  if (cluster.kind !== 'replicated') return undefined;
  return (cluster.nodes.find((n) => n.role === 'replica') ?? cluster.nodes.at(-1) ?? cluster.nodes[0])?.id;
}

export function backupTarget(cluster: RedisCluster, nodeId?: string): BackupTarget {
  switch (cluster.kind) {
    case 'clustered':
      return { ReplicationGroupId: cluster.id };
    case 'replicated': {
      const node = nodeId ?? defaultBackupNode(cluster);
      if (!node) throw new Error(`Replication group ${cluster.id} has no nodes to back up`);
      return { CacheClusterId: node };
    }
    case 'single':
      return { CacheClusterId: cluster.id };
  }
}
