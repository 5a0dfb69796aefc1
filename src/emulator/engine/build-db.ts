import { parseDailyWindow } from '../../domain/backup-window';
import { addCluster } from './cluster-factory';
import { datasetSchema, type DatasetInput, type SnapshotSpec } from './dataset';
import type { Db } from './records';
import { DAY_MS } from './timing';
import { automaticSnapshotName, snapshotOfGroup, snapshotOfNode } from './snapshot-factory';

const FIXED_CREATED_AT = Date.parse('2017-01-12T18:59:48.048Z');

export function emptyDb(): Db {
  return { clusters: new Map(), groups: new Map(), snapshots: new Map(), manualBackupLog: [], events: [] };
}

/** Expands a dataset into API records; ids are stored lowercase, as the service does. */
export function buildDb(input: DatasetInput, now: number): Db {
  const dataset = datasetSchema.parse(input);
  const db = emptyDb();
  for (const spec of dataset.clusters) {
    // Dataset clusters exist already: no `creating` phase.
    addCluster(db, spec, { createdAt: spec.createdAt ? Date.parse(spec.createdAt) : FIXED_CREATED_AT, provisionMs: 0 });
  }
  for (const spec of dataset.snapshots) addSnapshot(db, spec, now);
  // The dataset's automatic backups are given; the emulator takes the next ones from now on.
  for (const [id, c] of db.clusters) db.clusters.set(id, { ...c, autoBackupsFrom: now });
  for (const [id, g] of db.groups) db.groups.set(id, { ...g, autoBackupsFrom: now });
  return db;
}

/**
 * When an automatic backup about `ago` old started: as its cache's window opened (automatic-backups.ts),
 * the last opening before both now and a day after `ago`, so never older than asked (nor past its retention).
 */
function inWindow(ago: number, now: number, snapshotWindow: string | undefined): number {
  const window = snapshotWindow ? parseDailyWindow(snapshotWindow) : undefined;
  if (!window) return ago;
  const latest = Math.min(now, ago + DAY_MS - 1);
  const opening = Math.floor(latest / DAY_MS) * DAY_MS + window.start * 60_000;
  return opening <= latest ? opening : opening - DAY_MS;
}

function addSnapshot(db: Db, spec: SnapshotSpec, now: number): void {
  const from = spec.from.toLowerCase();
  const ago = now - spec.ageHours * 3_600_000;
  const source = db.groups.get(from) ?? db.clusters.get(from);
  const startedAt = spec.createdAt ? Date.parse(spec.createdAt) : spec.source === 'automated' ? inWindow(ago, now, source?.snapshotWindow) : ago;
  if (!spec.name && spec.source === 'manual') throw new Error(`manual snapshot from ${from} needs a name`);
  // Seeded backups finished long ago: a zero duration makes them `available` at once.
  const start = { name: spec.name?.toLowerCase() ?? '', source: spec.source, startedAt, durationMs: 0 };
  const group = db.groups.get(from);
  const node = db.clusters.get(from);
  const taken = group ? snapshotOfGroup(db, group, start) : node ? snapshotOfNode(db, node, start) : undefined;
  if (!taken) throw new Error(`snapshot ${spec.name ?? ''}: no cluster or replication group named ${from}`);
  // Automatic backups are named after the node they were read from, a shard group after the group.
  const name = spec.name?.toLowerCase() ?? automaticSnapshotName(taken.cacheClusterId ?? from, startedAt);
  const snapshot = { ...taken, name, tags: spec.tags };
  if (spec.source === 'automated' && snapshot.snapshotRetentionLimit === 0) {
    throw new Error(`automated snapshot ${name}: ${from} has SnapshotRetentionLimit 0, so it takes no automatic backups`);
  }
  db.snapshots.set(name, snapshot);
}
