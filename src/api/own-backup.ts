import { DescribeSnapshotsCommand, type Snapshot } from '@aws-sdk/client-elasticache';
import type { BackupTarget } from '../domain/backup-target';
import { elasticache } from './elasticache-client';
import type { ApiError } from './errors';

/** Server and browser clocks may disagree this much when judging "just created". */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * A failure after which the backup may exist all the same: the answer was lost (network,
 * 5xx), or a repeated request found the name taken by its own first attempt.
 */
export function isAmbiguous(error: ApiError): boolean {
  return error.kind === 'network' || (error.status ?? 0) >= 500 || error.code === 'SnapshotAlreadyExistsFault';
}

/**
 * The backup this console asked for, if it exists: same name, same source, manual, and
 * started since the first attempt. Then the "failure" was a success whose answer was lost.
 */
export async function findOwnBackup(target: BackupTarget, snapshotName: string, since: number): Promise<Snapshot | undefined> {
  let snapshot: Snapshot | undefined;
  try {
    snapshot = (await elasticache.send(new DescribeSnapshotsCommand({ SnapshotName: snapshotName }))).Snapshots?.[0];
  } catch {
    return undefined;
  }
  if (!snapshot || snapshot.SnapshotSource !== 'manual') return undefined;
  const same = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();
  const sameSource =
    'CacheClusterId' in target ? same(snapshot.CacheClusterId, target.CacheClusterId) : same(snapshot.ReplicationGroupId, target.ReplicationGroupId);
  const times = (snapshot.NodeSnapshots ?? []).flatMap((n) => (n.SnapshotCreateTime ? [n.SnapshotCreateTime.getTime()] : []));
  const justNow = snapshot.SnapshotStatus === 'creating' || times.some((t) => t >= since - CLOCK_SKEW_MS);
  return sameSource && justNow ? snapshot : undefined;
}
