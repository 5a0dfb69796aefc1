import { parseDailyWindow } from '../../domain/backup-window';
import type { ClusterRecord, Db, ReplicationGroupRecord, SnapshotRecord } from './records';
import { automaticSnapshotName, snapshotOfGroup, snapshotOfNode } from './snapshot-factory';
import { DAY_MS, type EngineSettings } from './timing';

/**
 * Daily automatic backups (AWS docs, "Scheduling automatic backups"): once a day, at the
 * start of each cache's SnapshotWindow, while its SnapshotRetentionLimit is above 0; kept
 * that many days. Nothing runs on a timer: before each request the backups due by `now`
 * are taken, dated when they were due, so a clock that skips days sees them come and go
 * (those already past their retention are never made).
 */
interface Due {
  at: number;
  take: (db: Db, start: Pick<SnapshotRecord, 'name' | 'source' | 'startedAt' | 'durationMs'>) => SnapshotRecord;
  sourceId: (s: SnapshotRecord) => string;
  mark: (db: Db, at: number) => void;
}

type Cache = Pick<ClusterRecord | ReplicationGroupRecord, 'snapshotWindow' | 'snapshotRetentionLimit' | 'createdAt' | 'provisionMs' | 'autoBackupsFrom' | 'deletion'>;

/** The times in (from, now] at which a cache's window opens, newer than its retention. */
function windowStarts(c: Cache, now: number): number[] {
  const window = parseDailyWindow(c.snapshotWindow);
  if (!window || c.snapshotRetentionLimit <= 0 || c.deletion) return [];
  const from = Math.max(c.autoBackupsFrom ?? -Infinity, c.createdAt + c.provisionMs, now - c.snapshotRetentionLimit * DAY_MS);
  const times: number[] = [];
  for (let day = Math.floor(from / DAY_MS) * DAY_MS; day <= now; day += DAY_MS) {
    const at = day + window.start * 60_000;
    if (at > from && at <= now) times.push(at);
  }
  return times;
}

function due(db: Db, now: number): Due[] {
  const list: Due[] = [];
  for (const c of db.clusters.values()) {
    // Nodes that can't be backed up (snapshot-rules.ts) take no daily backups either.
    if (c.replicationGroupId || c.engine === 'memcached' || c.nodeType === 'cache.t1.micro') continue;
    for (const at of windowStarts(c, now)) {
      list.push({
        at,
        take: (d, start) => snapshotOfNode(d, c, start),
        sourceId: () => c.id,
        mark: (d, when) => d.clusters.set(c.id, { ...(d.clusters.get(c.id) ?? c), autoBackupsFrom: when }),
      });
    }
  }
  for (const g of db.groups.values()) {
    for (const at of windowStarts(g, now)) {
      list.push({
        at,
        // Cluster mode disabled: from the SnapshottingClusterId node, named after it.
        take: (d, start) => snapshotOfGroup(d, g, start),
        sourceId: (s) => (g.clusterEnabled ? g.id : (s.cacheClusterId ?? g.id)),
        mark: (d, when) => d.groups.set(g.id, { ...(d.groups.get(g.id) ?? g), autoBackupsFrom: when }),
      });
    }
  }
  return list;
}

export const automaticBackupsDue = (db: Db, now: number): boolean => due(db, now).length > 0;

/** Takes every automatic backup due by `now` (run on a request's working copy). */
export function takeAutomaticBackups(db: Db, now: number, settings: EngineSettings): void {
  for (const d of due(db, now).sort((a, b) => a.at - b.at)) {
    const start = { name: '', source: 'automated' as const, startedAt: d.at, durationMs: settings.backupDurationMs };
    const taken = d.take(db, start);
    const name = automaticSnapshotName(d.sourceId(taken), d.at);
    if (!db.snapshots.has(name)) db.snapshots.set(name, { ...taken, name });
    d.mark(db, d.at);
  }
}
