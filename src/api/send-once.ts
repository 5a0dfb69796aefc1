import type { ApiRequest } from '../domain/api-request';
import { elasticache } from './elasticache-client';
import { toApiError, UnconfirmedOutcome } from './errors';
import { isLostAnswer, madeSince, reportedBackups } from './own-backup';
import { sendRequest } from './send-request';

/** One dialog's submission: when its first attempt left, and which attempts lost their answer. */
export interface Submission {
  firstAttemptAt: number;
  lostAnswers: Set<string>;
  /** Whether a backup name is known taken (src/api/taken-backup-names.ts), asked before an attempt is first sent. */
  isTaken?: (name: string) => boolean;
  /** Per attempt: its copy's name was known taken before it was first sent. A copy keeps its source's dates, so it can't be dated otherwise. */
  takenBefore: Map<string, boolean>;
}

export const newSubmission = (isTaken?: (name: string) => boolean): Submission => ({ firstAttemptAt: Date.now(), lostAnswers: new Set(), isTaken, takenBefore: new Map() });

/** The backup a copy makes (an export to S3 makes none). */
const copyName = (request: ApiRequest) => (request.action === 'CopySnapshot' && !request.params.TargetBucket ? request.params.TargetSnapshotName : undefined);

/** Whether the thing a copy or a restore makes exists, made since the first attempt: what a lost answer may have done. */
async function wasMade(request: ApiRequest, submission: Submission, key: string): Promise<boolean | 'unconfirmed'> {
  try {
    switch (request.action) {
      case 'CopySnapshot': {
        const name = copyName(request);
        // An export (TargetBucket) makes nothing to look up; a copy this console reported is not this one.
        if (!name || reportedBackups.has(name)) return false;
        const copy = (await elasticache.call('DescribeSnapshots', { SnapshotName: name })).Snapshots?.[0];
        // Still creating, or finished under a name that was free before this attempt was first sent.
        return copy?.SnapshotSource === 'manual' && (copy.SnapshotStatus === 'creating' || submission.takenBefore.get(key) === false);
      }
      case 'CreateCacheCluster': {
        if (!request.params.SnapshotName) return false;
        const id = request.params.CacheClusterId;
        const made = (await elasticache.call('DescribeCacheClusters', { CacheClusterId: id })).CacheClusters?.[0];
        return made !== undefined && madeSince(made.CacheClusterStatus, [made.CacheClusterCreateTime], submission.firstAttemptAt);
      }
      case 'CreateReplicationGroup': {
        if (!request.params.SnapshotName) return false;
        const id = request.params.ReplicationGroupId;
        const made = (await elasticache.call('DescribeReplicationGroups', { ReplicationGroupId: id })).ReplicationGroups?.[0];
        return made !== undefined && madeSince(made.Status, [made.ReplicationGroupCreateTime], submission.firstAttemptAt);
      }
      default:
        return false;
    }
  } catch (error) {
    // Not found is an answer; a look-up whose own answer was lost is not.
    return isLostAnswer(toApiError(error)) ? 'unconfirmed' : false;
  }
}

/**
 * Sends a dialog's write, never reporting a false failure for a copy or a restore: when this
 * attempt's answer is lost (network, 5xx), or an earlier attempt of the same submission lost
 * its answer and this one is refused ("already exists", "restoring"), what it makes is looked
 * up. Found, made since the first attempt, it is reported as done (as createBackup does).
 */
export async function sendOnce(request: ApiRequest, submission: Submission): Promise<unknown> {
  const key = JSON.stringify(request);
  const name = copyName(request);
  if (name && submission.isTaken && !submission.takenBefore.has(key)) submission.takenBefore.set(key, submission.isTaken(name));
  try {
    const out = await sendRequest(request);
    if (name) reportedBackups.add(name);
    return out;
  } catch (error) {
    const lost = isLostAnswer(toApiError(error));
    if (lost) submission.lostAnswers.add(key);
    if (!(lost || submission.lostAnswers.has(key))) throw error;
    const made = await wasMade(request, submission, key);
    if (made === 'unconfirmed') throw new UnconfirmedOutcome(error);
    if (!made) throw error;
    if (name) reportedBackups.add(name);
    return undefined;
  }
}
