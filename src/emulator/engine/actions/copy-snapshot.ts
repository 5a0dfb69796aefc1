import type { Action } from '../context';
import { faults } from '../faults';
import { checkNameFree, checkSnapshotName } from '../snapshot-rules';
import { mergeTags, tagsParam } from '../tags';
import { snapshotStatus } from '../timing';
import { snapshotView } from '../snapshot-view';

/**
 * CopySnapshot: the copy is `creating` and its source `copying` for a backup's duration.
 * A copy is a manual backup whatever its source was, so it never expires.
 */
export const copySnapshot: Action = (ctx, params) => {
  const { db, now, settings } = ctx;
  const sourceName = params.required('SourceSnapshotName').toLowerCase();
  const target = checkSnapshotName(params.required('TargetSnapshotName'), 'TargetSnapshotName');
  if (params.string('TargetBucket')) {
    throw faults.invalidParameterValue('TargetBucket (export to Amazon S3) is not supported by this emulator.');
  }
  const source = db.snapshots.get(sourceName);
  if (!source) throw faults.snapshotNotFound(sourceName);
  checkNameFree(db, target);
  const status = snapshotStatus(db, source, now);
  if (status !== 'available') throw faults.invalidSnapshotState(source.name, status);

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
