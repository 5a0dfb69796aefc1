import type { ClusterRecord, Db, Phase, ReplicationGroupRecord, SnapshotRecord } from './records';

/**
 * Every status is derived from stored timestamps and the current time; nothing changes
 * state on a timer. So `Date.now()` under Playwright's clock, Vitest's fake timers or
 * an injected clock moves the whole emulator consistently.
 */
export interface EngineSettings {
  /** How long a backup (or a copy) stays `creating` (and its source `snapshotting`/`copying`). */
  backupDurationMs: number;
  /** How long a new cluster stays `creating` (its backup `restoring`). */
  createDurationMs: number;
  /** How long a cluster or backup stays `deleting` before it is gone. */
  deleteDurationMs: number;
  /** Manual backups allowed per node in any 24 hours (the service's quota is 20). */
  manualBackupsPerNodePerDay: number;
  /** How long a modified cache stays `modifying`. */
  modifyDurationMs: number;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  backupDurationMs: 6_000,
  createDurationMs: 10_000,
  deleteDurationMs: 3_000,
  manualBackupsPerNodePerDay: 20,
  modifyDurationMs: 5_000,
};

export const DAY_MS = 24 * 60 * 60 * 1000;

const over = (phase: Phase | undefined, now: number) => phase !== undefined && now >= phase.at + phase.durationMs;
const during = (phase: Phase | undefined, now: number) => phase !== undefined && now < phase.at + phase.durationMs;

/** Running for its duration, and (data plane) until its files are complete. */
export function snapshotIsRunning(s: SnapshotRecord, now: number): boolean {
  return now < s.startedAt + s.durationMs || s.dataPending === true;
}

/** Creating for its duration, and (data plane) until its servers run. */
const isCreating = (r: { createdAt: number; provisionMs: number; dataPending?: boolean }, now: number) =>
  now < r.createdAt + r.provisionMs || r.dataPending === true;

/** Automatic backups live SnapshotRetentionLimit days; manual ones until deleted. */
export function snapshotExpired(s: SnapshotRecord, now: number): boolean {
  return s.source === 'automated' && now >= s.startedAt + s.snapshotRetentionLimit * DAY_MS;
}

export function snapshotStatus(db: Db, s: SnapshotRecord, now: number): string {
  if (s.deletion) return 'deleting';
  if (s.dataFailed) return 'failed';
  if (snapshotIsRunning(s, now)) return 'creating';
  if (during(s.exporting, now)) return 'exporting';
  for (const other of db.snapshots.values()) {
    if (other.copiedFrom === s.name && snapshotIsRunning(other, now)) return 'copying';
  }
  const restoring = (r: { restoredFrom?: string; createdAt: number; provisionMs: number; dataPending?: boolean }) =>
    r.restoredFrom === s.name && isCreating(r, now);
  for (const g of db.groups.values()) if (restoring(g)) return 'restoring';
  for (const c of db.clusters.values()) if (!c.replicationGroupId && restoring(c)) return 'restoring';
  return 'available';
}

export function clusterStatus(db: Db, c: ClusterRecord, now: number): string {
  if (c.deletion) return 'deleting';
  if (isCreating(c, now)) return 'creating';
  if (c.baseStatus !== 'available') return c.baseStatus;
  const group = c.replicationGroupId ? db.groups.get(c.replicationGroupId) : undefined;
  if (during(c.modification, now) || during(group?.modification, now)) return 'modifying';
  for (const s of db.snapshots.values()) {
    if (snapshotIsRunning(s, now) && s.busyNodes.includes(c.id)) return 'snapshotting';
  }
  return 'available';
}

export function groupStatus(db: Db, g: ReplicationGroupRecord, now: number): string {
  if (g.deletion) return 'deleting';
  if (isCreating(g, now)) return 'creating';
  if (g.baseStatus !== 'available') return g.baseStatus;
  if (during(g.modification, now)) return 'modifying';
  const members = new Set(g.nodeGroups.flatMap((ng) => ng.members));
  for (const s of db.snapshots.values()) {
    if (!snapshotIsRunning(s, now)) continue;
    if (s.busyGroup === g.id || s.busyNodes.some((n) => members.has(n))) return 'snapshotting';
  }
  return 'available';
}

/**
 * Drops what is gone as of `now`: deleted clusters, groups and backups whose `deleting`
 * phase is over, and automatic backups past their retention. Run before each request,
 * so what a request sees follows from timestamps alone.
 */
export function sweep(db: Db, now: number): void {
  for (const [name, s] of db.snapshots) if (over(s.deletion, now) || snapshotExpired(s, now)) db.snapshots.delete(name);
  for (const [id, c] of db.clusters) if (over(c.deletion, now)) db.clusters.delete(id);
  for (const [id, g] of db.groups) if (over(g.deletion, now)) db.groups.delete(id);
  // A read replica deleted on its own leaves its group.
  for (const g of db.groups.values()) {
    if (g.nodeGroups.every((ng) => ng.members.every((m) => db.clusters.has(m)))) continue;
    const nodeGroups = g.nodeGroups.map((ng) => ({ ...ng, members: ng.members.filter((m) => db.clusters.has(m)) }));
    db.groups.set(g.id, { ...g, nodeGroups });
  }
}

/** The end of the soonest phase still running after `now` (Infinity when none is). */
function nextDeadline(db: Db, now: number): number {
  let next = Infinity;
  const consider = (at: number) => {
    if (at > now && at < next) next = at;
  };
  for (const s of db.snapshots.values()) {
    if (s.deletion) consider(s.deletion.at + s.deletion.durationMs);
    if (s.source === 'automated') consider(s.startedAt + s.snapshotRetentionLimit * DAY_MS);
  }
  for (const c of db.clusters.values()) if (c.deletion) consider(c.deletion.at + c.deletion.durationMs);
  for (const g of db.groups.values()) if (g.deletion) consider(g.deletion.at + g.deletion.durationMs);
  return next;
}

const quietUntil = new WeakMap<Db, number>();

/**
 * `sweep` for a read of the live state, which only sweeps change: after one sweep, nothing
 * is gone before the next deadline it found. So reading every page of 5,000 clusters
 * doesn't walk all 5,000 on each page (a write's copy is a new state, swept in full).
 */
export function sweepForRead(db: Db, now: number): void {
  if ((quietUntil.get(db) ?? -Infinity) > now) return;
  sweep(db, now);
  quietUntil.set(db, nextDeadline(db, now));
}
