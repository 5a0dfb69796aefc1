import type { ClusterRecord, Db, ReplicationGroupRecord, SnapshotRecord } from './records';

/**
 * Every status is derived from stored timestamps and the current time; nothing changes
 * state on a timer. So `Date.now()` under Playwright's clock, Vitest's fake timers or
 * an injected clock moves the whole emulator consistently.
 */
export interface EngineSettings {
  /** How long a backup stays `creating` (and its source `snapshotting`). */
  backupDurationMs: number;
  /** Manual backups allowed per node in any 24 hours (the service's quota is 20). */
  manualBackupsPerNodePerDay: number;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  backupDurationMs: 6_000,
  manualBackupsPerNodePerDay: 20,
};

export const DAY_MS = 24 * 60 * 60 * 1000;

export function snapshotIsRunning(s: SnapshotRecord, now: number): boolean {
  return now < s.startedAt + s.durationMs;
}

export function snapshotStatus(s: SnapshotRecord, now: number): string {
  return snapshotIsRunning(s, now) ? 'creating' : 'available';
}

export function clusterStatus(db: Db, c: ClusterRecord, now: number): string {
  if (c.baseStatus !== 'available') return c.baseStatus;
  for (const s of db.snapshots.values()) {
    if (snapshotIsRunning(s, now) && s.busyNodes.includes(c.id)) return 'snapshotting';
  }
  return 'available';
}

export function groupStatus(db: Db, g: ReplicationGroupRecord, now: number): string {
  if (g.baseStatus !== 'available') return g.baseStatus;
  const members = new Set(g.nodeGroups.flatMap((ng) => ng.members));
  for (const s of db.snapshots.values()) {
    if (!snapshotIsRunning(s, now)) continue;
    if (s.busyGroup === g.id || s.busyNodes.some((n) => members.has(n))) return 'snapshotting';
  }
  return 'available';
}
