import { z } from '../../domain/zod';
import type { ApiRequest } from '../../domain/aws-cli';
import type { RedisCluster } from '../../domain/cluster';
import { snapshotNameSchema } from '../../domain/snapshot-name';

/** The final backup's name follows the Backup Name rule, but only when one is asked for. */
export const deleteClusterSchema = z.discriminatedUnion('finalBackup', [
  z.object({ finalBackup: z.literal(true), finalName: snapshotNameSchema }),
  z.object({ finalBackup: z.literal(false), finalName: z.string() }),
]);
export type DeleteClusterValues = z.infer<typeof deleteClusterSchema>;

/** DeleteCacheCluster for a standalone cluster, DeleteReplicationGroup for one with replicas or shards. */
export function deleteClusterRequest(cluster: RedisCluster, values: DeleteClusterValues): ApiRequest {
  const FinalSnapshotIdentifier = values.finalBackup ? values.finalName : undefined;
  return cluster.kind === 'single'
    ? { action: 'DeleteCacheCluster', params: { CacheClusterId: cluster.id, FinalSnapshotIdentifier } }
    : { action: 'DeleteReplicationGroup', params: { ReplicationGroupId: cluster.id, FinalSnapshotIdentifier } };
}
