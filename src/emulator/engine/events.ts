import type { Db, EventRecord, SnapshotRecord } from './records';

/**
 * Events as DescribeEvents lists them (botocore's Event shape), recorded as the engine
 * acts. An event of something that completes later (a backup succeeds, a cache becomes
 * available) is recorded with that later date and listed only once the clock reaches it.
 * Wording: the CLI's describe-events example ("Replication group test-cluster created");
 * the snapshot wording follows the service's "Snapshot succeeded for snapshot with ID …"
 * events; the other messages are this emulator's, in the same style.
 */
export function recordEvent(db: Db, event: EventRecord): void {
  db.events.push(event);
}

type Source = Pick<EventRecord, 'sourceIdentifier' | 'sourceType'>;

export const clusterSource = (id: string): Source => ({ sourceIdentifier: id, sourceType: 'cache-cluster' });
export const groupSource = (id: string): Source => ({ sourceIdentifier: id, sourceType: 'replication-group' });

export function createdEvent(source: Source, date: number): EventRecord {
  const what = source.sourceType === 'replication-group' ? `Replication group ${source.sourceIdentifier}` : 'Cache cluster';
  return { ...source, message: `${what} created`, date };
}

export function deletedEvent(source: Source, date: number): EventRecord {
  const what = source.sourceType === 'replication-group' ? `Replication group ${source.sourceIdentifier}` : 'Cache cluster';
  return { ...source, message: `${what} deleted`, date };
}

export function modifiedEvent(source: Source, date: number): EventRecord {
  const what = source.sourceType === 'replication-group' ? `Replication group ${source.sourceIdentifier}` : 'Cache cluster';
  return { ...source, message: `${what} modified`, date };
}

/** The source a backup's events belong to: its group for a group backup, else its node. */
export function snapshotSource(s: SnapshotRecord): Source {
  return s.replicationGroupId ? groupSource(s.replicationGroupId) : clusterSource(s.cacheClusterId ?? s.name);
}

const of = (source: Source) =>
  `${source.sourceType === 'replication-group' ? 'replication group' : 'cache cluster'} with ID '${source.sourceIdentifier}'`;

/** A backup's start now and its success when its duration is over. */
export function recordSnapshotEvents(db: Db, s: SnapshotRecord): void {
  const source = snapshotSource(s);
  const kind = s.source === 'automated' ? 'Automatic snapshot' : 'Snapshot';
  recordEvent(db, { ...source, message: `${kind} started for snapshot with ID '${s.name}' of ${of(source)}`, date: s.startedAt });
  recordEvent(db, {
    ...source,
    message: `${kind} succeeded for snapshot with ID '${s.name}' of ${of(source)}`,
    date: s.startedAt + s.durationMs,
  });
}

export function copiedEvent(s: SnapshotRecord, from: string): EventRecord {
  return { ...snapshotSource(s), message: `Snapshot '${from}' copied to snapshot with ID '${s.name}'`, date: s.startedAt + s.durationMs };
}

export function restoredEvent(source: Source, snapshot: string, date: number): EventRecord {
  return { ...source, message: `Restored from snapshot '${snapshot}'`, date };
}

export function exportedEvent(s: SnapshotRecord, bucket: string, date: number): EventRecord {
  return { ...snapshotSource(s), message: `Snapshot '${s.name}' exported to Amazon S3 bucket '${bucket}'`, date };
}
