import type { Snapshot } from '@aws-sdk/client-elasticache';
import type { BackupTarget } from '../domain/backup-target';
import { createSnapshotRequest } from '../domain/requests';
import { toApiError, UnconfirmedOutcome } from './errors';
import { findOwnBackup, isLostAnswer, reportedBackups } from './own-backup';
import type { Submission } from './send-once';
import { sendRequest } from './send-request';

export interface CreatedBackup {
  snapshot: Snapshot | undefined;
  /** The answer was lost, and the console found the backup this submission started. */
  recognised: boolean;
}

const attemptKey = (target: BackupTarget, name: string) => `${JSON.stringify(target)}:${name.toLowerCase()}`;

/**
 * CreateSnapshot, never reporting a false success nor a false failure. SnapshotAlreadyExists
 * is the answer, unless an attempt of this same submission lost its answer: then the
 * backup found under the name may be the one that attempt started.
 */
export async function createBackup(
  target: BackupTarget,
  snapshotName: string,
  submission: Submission,
  tags?: { Key: string; Value: string }[],
): Promise<CreatedBackup> {
  const key = attemptKey(target, snapshotName);
  try {
    const out = await sendRequest(createSnapshotRequest(target, snapshotName, tags));
    reportedBackups.add(snapshotName);
    return { snapshot: out.Snapshot, recognised: false };
  } catch (error) {
    const apiError = toApiError(error);
    if (isLostAnswer(apiError)) submission.lostAnswers.add(key);
    const mayBeOwn = isLostAnswer(apiError) || (apiError.code === 'SnapshotAlreadyExistsFault' && submission.lostAnswers.has(key));
    const own = mayBeOwn ? await findOwnBackup(target, snapshotName, submission.firstAttemptAt) : undefined;
    if (own === 'unconfirmed') throw new UnconfirmedOutcome(error);
    if (!own) throw error;
    reportedBackups.add(snapshotName);
    return { snapshot: own, recognised: true };
  }
}
