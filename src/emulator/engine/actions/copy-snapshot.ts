import type { Action } from '../context';
import { exportSnapshot } from '../export-snapshot';
import { faults } from '../faults';
import { checkNameFree, checkSnapshotName } from '../snapshot-rules';
import { mergeTags, tagsParam } from '../tags';
import { snapshotStatus } from '../timing';
import { snapshotView } from '../snapshot-view';

/**
 * CopySnapshot: the copy is `creating` and its source `copying` for a backup's duration.
 * A copy is a manual backup whatever its source was, so it never expires. With
 * TargetBucket it exports the backup to Amazon S3 instead (export-snapshot.ts).
 */
export const copySnapshot: Action = (ctx, params) => {
  const { db, now, settings } = ctx;
  const sourceName = params.required('SourceSnapshotName').toLowerCase();
  const target = checkSnapshotName(params.required('TargetSnapshotName'), 'TargetSnapshotName');
  const bucket = params.string('TargetBucket');
  const source = db.snapshots.get(sourceName);
  if (!source) throw faults.snapshotNotFound(sourceName);
  if (!bucket) checkNameFree(db, target);
  const status = snapshotStatus(db, source, now);
  if (status !== 'available') throw faults.invalidSnapshotState(source.name, status);
  if (bucket && (tagsParam(params) || params.string('KmsKeyId'))) {
    throw faults.invalidParameterCombination('Tags and KmsKeyId apply to a new backup; an export to Amazon S3 (TargetBucket) makes none.');
  }
  if (bucket) return exportSnapshot(ctx, source, target, bucket);

  const tags = mergeTags([], tagsParam(params) ?? []);
  const sourceDone = source.startedAt + source.durationMs;
  const copy = {
    ...source,
    // The copy shows its source's sizes and times from the start (examples-1.json, CopySnapshot).
    nodeSnapshots: source.nodeSnapshots.map((n) => ({ ...n, snapshotCreateTime: n.snapshotCreateTime ?? sourceDone })),
    tags,
    kmsKeyId: params.string('KmsKeyId') ?? source.kmsKeyId,
    name: target,
    source: 'manual' as const,
    startedAt: now,
    durationMs: settings.backupDurationMs,
    busyNodes: [],
    busyGroup: undefined,
    copiedFrom: source.name,
    deletion: undefined,
  };
  db.snapshots.set(target, copy);
  return { Snapshot: snapshotView(db, copy, now) };
};
