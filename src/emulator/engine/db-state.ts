import { z } from '../../domain/zod';
import type { ClusterRecord, Db, ReplicationGroupRecord, SnapshotRecord } from './records';

/**
 * The emulator's state as JSON, for a data file or the browser's storage. Records are
 * stored whole; statuses are not stored at all, since they follow from timestamps.
 */
// 2: records carry what create calls configure (port, encryption, tags…).
export const STATE_VERSION = 2;

export interface DbState {
  version: typeof STATE_VERSION;
  clusters: ClusterRecord[];
  groups: ReplicationGroupRecord[];
  snapshots: SnapshotRecord[];
  manualBackupLog: { key: string; at: number }[];
}

export function toState(db: Db): DbState {
  return {
    version: STATE_VERSION,
    clusters: [...db.clusters.values()],
    groups: [...db.groups.values()],
    snapshots: [...db.snapshots.values()],
    manualBackupLog: db.manualBackupLog,
  };
}

// Enough shape to index the records and trust the timestamps statuses derive from.
const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  clusters: z.array(z.looseObject({ id: z.string(), createdAt: z.number(), provisionMs: z.number() })),
  groups: z.array(z.looseObject({ id: z.string(), createdAt: z.number(), nodeGroups: z.array(z.looseObject({ members: z.array(z.string()) })) })),
  snapshots: z.array(z.looseObject({ name: z.string(), startedAt: z.number(), durationMs: z.number() })),
  manualBackupLog: z.array(z.object({ key: z.string(), at: z.number() })),
});

/** Rebuilds a db from saved state; throws a ZodError naming what is wrong. */
export function fromState(value: unknown): Db {
  const state = stateSchema.parse(value) as unknown as DbState;
  return {
    clusters: new Map(state.clusters.map((c) => [c.id, c])),
    groups: new Map(state.groups.map((g) => [g.id, g])),
    snapshots: new Map(state.snapshots.map((s) => [s.name, s])),
    manualBackupLog: state.manualBackupLog,
  };
}
