import type { ClusterRecord, Db, EventRecord, ReplicationGroupRecord, SnapshotRecord } from './records';

/**
 * What one request changed: whole records put, ids removed, manual backups logged. A
 * request works on a copy of the db (new maps over the same records); records are frozen,
 * so actions replace a record to change it, and a change is found by identity, cheaply.
 */
export interface DbChange {
  put: { clusters: ClusterRecord[]; groups: ReplicationGroupRecord[]; snapshots: SnapshotRecord[] };
  removed: { clusters: string[]; groups: string[]; snapshots: string[] };
  backupLog: { key: string; at: number }[];
  events: EventRecord[];
}

/** A copy to apply a request to: the db itself changes only once the change is saved. */
export function workingCopy(db: Db): Db {
  return {
    clusters: new Map(db.clusters),
    groups: new Map(db.groups),
    snapshots: new Map(db.snapshots),
    manualBackupLog: [...db.manualBackupLog],
    events: [...db.events],
  };
}

function mapDiff<V>(before: Map<string, V>, after: Map<string, V>): { put: V[]; removed: string[] } {
  const put: V[] = [];
  for (const [key, value] of after) if (before.get(key) !== value) put.push(value);
  const removed = [...before.keys()].filter((key) => !after.has(key));
  return { put, removed };
}

/** What `after` (a working copy of `before`) changed; undefined when nothing did. */
export function diff(before: Db, after: Db): DbChange | undefined {
  const clusters = mapDiff(before.clusters, after.clusters);
  const groups = mapDiff(before.groups, after.groups);
  const snapshots = mapDiff(before.snapshots, after.snapshots);
  // The backup log only grows.
  const backupLog = after.manualBackupLog.slice(before.manualBackupLog.length);
  const events = after.events.slice(before.events.length);
  const change = {
    put: { clusters: clusters.put, groups: groups.put, snapshots: snapshots.put },
    removed: { clusters: clusters.removed, groups: groups.removed, snapshots: snapshots.removed },
    backupLog,
    events,
  };
  const lists: unknown[][] = [...Object.values(change.put), ...Object.values(change.removed), backupLog, events];
  return lists.every((list) => list.length === 0) ? undefined : change;
}

/** Replays a saved change (a data file's log) onto a db. */
export function applyChange(db: Db, change: DbChange): void {
  change.removed.clusters.forEach((id) => db.clusters.delete(id));
  change.removed.groups.forEach((id) => db.groups.delete(id));
  change.removed.snapshots.forEach((name) => db.snapshots.delete(name));
  change.put.clusters.forEach((c) => db.clusters.set(c.id, c));
  change.put.groups.forEach((g) => db.groups.set(g.id, g));
  change.put.snapshots.forEach((s) => db.snapshots.set(s.name, s));
  db.manualBackupLog.push(...change.backupLog);
  db.events.push(...change.events);
}

/** Freezes a record and everything in it: changing one in place throws, instead of escaping a failed save. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Freezes every record of a db (its maps and backup log stay changeable: they are copied per request). */
export function freezeRecords(db: Db): Db {
  for (const map of [db.clusters, db.groups, db.snapshots]) for (const record of map.values()) deepFreeze(record);
  return db;
}
