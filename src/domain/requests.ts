import type { RequestOf } from './api-request';
import type { Backup } from './backup';
import type { BackupTarget } from './backup-target';
import type { RedisCluster } from './cluster';

/**
 * One builder per action: the dialogs show its result as CLI text and send the same value
 * (src/api/send-request.ts), so what the user reads is what the service gets.
 */

/** The new backup's tags (src/domain/tags.ts), or undefined for none. */
type Tags = { Key: string; Value: string }[] | undefined;

export function createSnapshotRequest(target: BackupTarget, snapshotName: string, tags?: Tags): RequestOf<'CreateSnapshot'> {
  return { action: 'CreateSnapshot', params: { ...target, SnapshotName: snapshotName, ...(tags ? { Tags: tags } : {}) } };
}

export function copySnapshotRequest(source: string, targetName: string, tags?: Tags): RequestOf<'CopySnapshot'> {
  return { action: 'CopySnapshot', params: { SourceSnapshotName: source, TargetSnapshotName: targetName, ...(tags ? { Tags: tags } : {}) } };
}

/** Export to Amazon S3: CopySnapshot with TargetBucket; TargetSnapshotName names the objects. */
export function exportSnapshotRequest(source: string, targetName: string, bucket: string): RequestOf<'CopySnapshot'> {
  return { action: 'CopySnapshot', params: { SourceSnapshotName: source, TargetSnapshotName: targetName, TargetBucket: bucket } };
}

export function deleteSnapshotRequest(name: string): RequestOf<'DeleteSnapshot'> {
  return { action: 'DeleteSnapshot', params: { SnapshotName: name } };
}

/** DeleteCacheCluster for a standalone cluster, DeleteReplicationGroup for one with replicas or shards. */
export function deleteClusterRequest(
  cluster: Pick<RedisCluster, 'kind' | 'id'>,
  finalSnapshotName: string | undefined,
): RequestOf<'DeleteCacheCluster'> | RequestOf<'DeleteReplicationGroup'> {
  const FinalSnapshotIdentifier = finalSnapshotName;
  return cluster.kind === 'single'
    ? { action: 'DeleteCacheCluster', params: { CacheClusterId: cluster.id, FinalSnapshotIdentifier } }
    : { action: 'DeleteReplicationGroup', params: { ReplicationGroupId: cluster.id, FinalSnapshotIdentifier } };
}

/** A cluster mode enabled backup restores into a replication group, others into a cluster. */
export function restoreRequest(
  backup: Pick<Backup, 'clusterModeEnabled' | 'name' | 'shards' | 'engine'>,
  clusterName: string,
  nodeType: string,
): RequestOf<'CreateReplicationGroup'> | RequestOf<'CreateCacheCluster'> {
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

/** The new automatic backup settings; SnapshottingClusterId only for a cluster mode disabled group. */
export interface BackupSettingsChange {
  retentionLimit: number;
  window: string | undefined;
  snapshottingClusterId?: string;
  applyImmediately: boolean;
}

/**
 * ModifyCacheCluster for a standalone cluster, ModifyReplicationGroup for a group (its nodes
 * take their backup settings from it). SnapshotRetentionLimit 0 turns daily backups off.
 */
export function modifyBackupSettingsRequest(
  cache: Pick<RedisCluster, 'kind' | 'id'>,
  change: BackupSettingsChange,
): RequestOf<'ModifyCacheCluster'> | RequestOf<'ModifyReplicationGroup'> {
  const settings = { SnapshotRetentionLimit: change.retentionLimit, SnapshotWindow: change.window };
  if (cache.kind === 'single') {
    return { action: 'ModifyCacheCluster', params: { CacheClusterId: cache.id, ...settings, ApplyImmediately: change.applyImmediately } };
  }
  const SnapshottingClusterId = cache.kind === 'replicated' && change.retentionLimit > 0 ? change.snapshottingClusterId : undefined;
  return {
    action: 'ModifyReplicationGroup',
    params: { ReplicationGroupId: cache.id, ...settings, SnapshottingClusterId, ApplyImmediately: change.applyImmediately },
  };
}
