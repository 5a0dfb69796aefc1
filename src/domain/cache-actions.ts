import { isMemcached } from './engines';
import { BACKUPLESS_NODE_TYPE, nodeTypeSupportsBackups } from './node-types';
import type { RedisCluster } from './cluster';

/**
 * "Can this cache be backed up / deleted now, and why not": one answer, read by the
 * caches list, the cache page, the delete dialog and (for the node type) the emulator.
 * Each returns null when the action is allowed, else the sentence the console shows.
 */
type Cache = Pick<RedisCluster, 'id' | 'nodeType' | 'status'>;

/** Why the cache's nodes can't take a backup at all (the node type), or null. */
export function backupUnsupported(cache: Pick<Cache, 'id' | 'nodeType'>): string | null {
  return nodeTypeSupportsBackups(cache.nodeType)
    ? null
    : `${cache.id} runs on ${BACKUPLESS_NODE_TYPE} nodes, which don't support backups.`;
}

/** A backup starts only from an available cache whose nodes support backups. */
export function backupBlocker(cache: Cache): string | null {
  const unsupported = backupUnsupported(cache);
  if (unsupported) return unsupported;
  if (cache.status !== 'available') {
    return `${cache.id} is ${cache.status}; a backup can start only when the cluster is available.`;
  }
  return null;
}

/** A cache is deleted only when available (DeleteCacheCluster / DeleteReplicationGroup: InvalidState otherwise). */
export function deleteBlocker(cache: Cache): string | null {
  if (cache.status !== 'available') {
    return `${cache.id} is ${cache.status}; it can be deleted only when it is available.`;
  }
  return null;
}

/** Backup settings change only on an available cache whose nodes take backups (Memcached takes none). */
export function modifyBackupSettingsBlocker(cache: Cache & Pick<RedisCluster, 'engine'>): string | null {
  if (isMemcached(cache.engine)) return `${cache.id} runs Memcached, which has no backups.`;
  const unsupported = backupUnsupported(cache);
  if (unsupported) return unsupported;
  if (cache.status !== 'available') {
    return `${cache.id} is ${cache.status}; its backup settings can be changed only when it is available.`;
  }
  return null;
}
