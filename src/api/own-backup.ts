import type { Snapshot } from '@aws-sdk/client-elasticache';
import type { BackupTarget } from '../domain/backup-target';
import { elasticache } from './elasticache-client';
import { toApiError, type ApiError } from './errors';

/** Server and browser clocks may disagree this much when judging "just created". */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Made by a submission whose first attempt left at `since`: still creating, or created since (give or take the clocks' skew). */
export function madeSince(status: string | undefined, created: readonly (Date | undefined)[], since: number): boolean {
  return status === 'creating' || created.some((d) => d !== undefined && d.getTime() >= since - CLOCK_SKEW_MS);
}

/** A failure whose request may have been carried out all the same: the answer was lost (network, 5xx). */
export function isLostAnswer(error: ApiError): boolean {
  return error.kind === 'network' || (error.status ?? 0) >= 500;
}

/**
 * Backups this console has already reported as made. A later submission's lost answer
 * can't claim one of them: it would take an earlier backup for a new one.
 */
const reported = new Set<string>();
export const reportedBackups = {
  add: (name: string) => void reported.add(name.toLowerCase()),
  has: (name: string) => reported.has(name.toLowerCase()),
  /** The backup was deleted: the name may be made anew. */
  forget: (name: string) => void reported.delete(name.toLowerCase()),
  /** The demo data was reset: every earlier backup is gone. */
  clear: () => reported.clear(),
};

/**
 * The backup this submission asked for, if it exists: same name, same source, manual,
 * started since the first attempt, and not one this console already reported. Only
 * asked after an attempt of this submission lost its answer; 'unconfirmed' when the look-up's
 * answer was lost too.
 */
export async function findOwnBackup(target: BackupTarget, snapshotName: string, since: number): Promise<Snapshot | undefined | 'unconfirmed'> {
  if (reported.has(snapshotName.toLowerCase())) return undefined;
  let snapshot: Snapshot | undefined;
  try {
    snapshot = (await elasticache.call('DescribeSnapshots', { SnapshotName: snapshotName })).Snapshots?.[0];
  } catch (error) {
    // Not found is an answer; a look-up whose own answer was lost is not.
    return isLostAnswer(toApiError(error)) ? 'unconfirmed' : undefined;
  }
  if (!snapshot || snapshot.SnapshotSource !== 'manual') return undefined;
  const same = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();
  const sameSource =
    'CacheClusterId' in target ? same(snapshot.CacheClusterId, target.CacheClusterId) : same(snapshot.ReplicationGroupId, target.ReplicationGroupId);
  const justNow = madeSince(snapshot.SnapshotStatus, (snapshot.NodeSnapshots ?? []).map((n) => n.SnapshotCreateTime), since);
  return sameSource && justNow ? snapshot : undefined;
}
