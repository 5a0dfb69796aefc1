import { z } from '../../domain/zod';
import type { Backup } from '../../domain/backup';
import type { RedisCluster } from '../../domain/cluster';
import { clusterIdInUse } from '../../domain/cluster-id-in-use';
import { isNodeType, NODE_TYPE_EXAMPLE } from '../../domain/node-types';
import { cacheClusterIdSchema, replicationGroupIdSchema, snapshotNameSchema } from '../../domain/snapshot-name';
import { tagRowsSchema } from '../../domain/tags';

/** The forms of the Backups screen: the same zod rules the emulator applies. */
export const copyFormSchema = z.object({ targetName: snapshotNameSchema, tags: tagRowsSchema });
export type CopyFormValues = z.infer<typeof copyFormSchema>;

/**
 * A cluster mode enabled backup restores into a replication group, others into a cluster
 * (their id rules differ); never into a name a listed cluster uses (refused before sending).
 */
export function restoreFormSchema(backup: Pick<Backup, 'clusterModeEnabled'>, clusters: readonly RedisCluster[] = []) {
  const idSchema = backup.clusterModeEnabled ? replicationGroupIdSchema : cacheClusterIdSchema;
  return z.object({
    clusterName: idSchema.superRefine((id, ctx) => {
      const inUse = clusterIdInUse(id, clusters);
      if (inUse) ctx.addIssue({ code: 'custom', message: inUse });
    }),
    nodeType: z.string().refine(isNodeType, `Choose a node type, such as ${NODE_TYPE_EXAMPLE}.`),
  });
}
export type RestoreFormValues = z.infer<ReturnType<typeof restoreFormSchema>>;
