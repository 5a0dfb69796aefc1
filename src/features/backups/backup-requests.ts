import { z } from '../../domain/zod';
import type { ApiRequest } from '../../domain/aws-cli';
import type { Backup } from '../../domain/backup';
import type { RedisCluster } from '../../domain/cluster';
import { clusterIdInUse } from '../../domain/cluster-id-in-use';
import { cacheClusterIdSchema, replicationGroupIdSchema, snapshotNameSchema } from '../../domain/snapshot-name';

/** The forms of the Backups screen: the same zod rules the emulator applies. */
export const copyFormSchema = z.object({ targetName: snapshotNameSchema });
export type CopyFormValues = z.infer<typeof copyFormSchema>;

const NODE_TYPE = /^cache\.[a-z0-9]+\.[a-z0-9]+$/;

/**
 * A cluster mode enabled backup restores into a replication group (max 40), others into a
 * cluster (max 50); never into a name a listed cluster uses (refused before sending).
 */
export function restoreFormSchema(backup: Pick<Backup, 'clusterModeEnabled'>, clusters: readonly RedisCluster[] = []) {
  const idSchema = backup.clusterModeEnabled ? replicationGroupIdSchema : cacheClusterIdSchema;
  return z.object({
    clusterName: idSchema.superRefine((id, ctx) => {
      const inUse = clusterIdInUse(id, clusters);
      if (inUse) ctx.addIssue({ code: 'custom', message: inUse });
    }),
    nodeType: z.string().regex(NODE_TYPE, 'Choose a node type, such as cache.r6g.large.'),
  });
}
export type RestoreFormValues = z.infer<ReturnType<typeof restoreFormSchema>>;

export const NODE_TYPES = [
  'cache.t3.micro',
  'cache.t3.small',
  'cache.t3.medium',
  'cache.m3.medium',
  'cache.m3.large',
  'cache.m3.2xlarge',
  'cache.m5.large',
  'cache.m6g.large',
  'cache.r3.large',
  'cache.r6g.large',
  'cache.r6g.xlarge',
];

export function copyRequest(source: string, targetName: string): ApiRequest {
  return { action: 'CopySnapshot', params: { SourceSnapshotName: source, TargetSnapshotName: targetName } };
}

export function deleteBackupRequest(name: string): ApiRequest {
  return { action: 'DeleteSnapshot', params: { SnapshotName: name } };
}

export function restoreRequest(backup: Backup, { clusterName, nodeType }: RestoreFormValues): ApiRequest {
  if (backup.clusterModeEnabled) {
    return {
      action: 'CreateReplicationGroup',
      params: {
        ReplicationGroupId: clusterName,
        ReplicationGroupDescription: `Restored from ${backup.name}`,
        SnapshotName: backup.name,
        NumNodeGroups: backup.shards,
        CacheNodeType: nodeType,
        Engine: backup.engine,
      },
    };
  }
  return {
    action: 'CreateCacheCluster',
    params: { CacheClusterId: clusterName, SnapshotName: backup.name, CacheNodeType: nodeType, Engine: backup.engine },
  };
}
