import { SNAPSHOT_NAME_MAX_LENGTH } from './snapshot-name';

/**
 * A valid Backup Name naming the cluster and the date and time (the seed recommends
 * both), e.g. `myreplicatedredis-20261125-1432`. The cluster id is already a valid
 * identifier; it is shortened to leave room for the timestamp.
 */
export function suggestBackupName(clusterId: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}-${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}`;
  const room = SNAPSHOT_NAME_MAX_LENGTH - stamp.length - 1;
  const cleaned = clusterId
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z]+/, '');
  const prefix = (cleaned || 'backup').slice(0, room).replace(/-+$/, '');
  return `${prefix}-${stamp}`;
}
