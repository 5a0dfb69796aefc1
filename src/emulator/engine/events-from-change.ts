import {
  clusterSource,
  copiedEvent,
  createdEvent,
  deletedEvent,
  exportedEvent,
  groupSource,
  modifiedEvent,
  recordEvent,
  recordSnapshotEvents,
  restoredEvent,
} from './events';
import type { Db, Phase } from './records';

const end = (p: Phase) => p.at + p.durationMs;

/** A record new in `after`: none before, or one being deleted that a new one of the same name replaced (deletion is never undone). */
const isNew = (was: { deletion?: Phase } | undefined, now: { deletion?: Phase }) => !was || (was.deletion !== undefined && now.deletion === undefined);

/**
 * Records the events of what one request (or the emulator's own daily backups) did, by
 * comparing the db before and after: one place, so no action can forget its events.
 * A group's member nodes are reported through the group, as the service's examples do.
 */
export function recordChangeEvents(before: Db, after: Db): void {
  for (const [id, c] of after.clusters) {
    if (c.replicationGroupId) continue;
    const was = before.clusters.get(id);
    const ready = c.createdAt + c.provisionMs;
    if (isNew(was, c)) {
      if (c.restoredFrom) recordEvent(after, restoredEvent(clusterSource(id), c.restoredFrom, ready));
      recordEvent(after, createdEvent(clusterSource(id), ready));
    }
    if (c.deletion && !was?.deletion) recordEvent(after, deletedEvent(clusterSource(id), end(c.deletion)));
    if (c.modification && c.modification !== was?.modification) recordEvent(after, modifiedEvent(clusterSource(id), end(c.modification)));
  }
  for (const [id, g] of after.groups) {
    const was = before.groups.get(id);
    const ready = g.createdAt + g.provisionMs;
    if (isNew(was, g)) {
      if (g.restoredFrom) recordEvent(after, restoredEvent(groupSource(id), g.restoredFrom, ready));
      recordEvent(after, createdEvent(groupSource(id), ready));
    }
    if (g.deletion && !was?.deletion) recordEvent(after, deletedEvent(groupSource(id), end(g.deletion)));
    if (g.modification && g.modification !== was?.modification) recordEvent(after, modifiedEvent(groupSource(id), end(g.modification)));
  }
  for (const [name, s] of after.snapshots) {
    const was = before.snapshots.get(name);
    if (s.exporting && s.exporting !== was?.exporting) recordEvent(after, exportedEvent(s, s.exporting.bucket, end(s.exporting)));
    if (!isNew(was, s)) continue;
    if (s.copiedFrom) recordEvent(after, copiedEvent(s, s.copiedFrom));
    else recordSnapshotEvents(after, s);
  }
}
