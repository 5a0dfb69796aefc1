import type { Action } from '../context';
import { faults } from '../faults';
import { snapshotStatus } from '../timing';
import { snapshotView } from '../snapshot-view';

/** DeleteSnapshot: any backup, manual or automatic, once it is `available`; `deleting`, then gone. */
export const deleteSnapshot: Action = ({ db, now, settings }, params) => {
  const name = params.required('SnapshotName').toLowerCase();
  const snapshot = db.snapshots.get(name);
  if (!snapshot) throw faults.snapshotNotFound(name);
  const status = snapshotStatus(db, snapshot, now);
  if (status !== 'available') throw faults.invalidSnapshotState(name, status);
  // Records are replaced, never changed in place (db-change.ts).
  const deleting = { ...snapshot, deletion: { at: now, durationMs: settings.deleteDurationMs } };
  db.snapshots.set(name, deleting);
  return { Snapshot: snapshotView(db, deleting, now) };
};
