import type { EngineContext } from './context';
import type { Params } from './query-protocol';
import type { ClusterRecord, Phase, SnapshotRecord } from './records';
import { checkBackupSupported, checkNameFree, checkQuota, checkSnapshotName, logManualBackup } from './snapshot-rules';

/**
 * FinalSnapshotIdentifier of DeleteCacheCluster / DeleteReplicationGroup: every check of
 * CreateSnapshot applies, and the backup is taken before the cluster goes away.
 */
export function finalSnapshot(
  ctx: EngineContext,
  params: Params,
  nodes: ClusterRecord[],
  quotaKey: string,
  take: (start: Pick<SnapshotRecord, 'name' | 'source' | 'startedAt' | 'durationMs'>) => SnapshotRecord,
): SnapshotRecord | undefined {
  // Present but empty is a bad name, not "no final backup".
  const requested = params.raw('FinalSnapshotIdentifier');
  if (requested === undefined) return undefined;
  const name = checkSnapshotName(requested, 'FinalSnapshotIdentifier');
  checkNameFree(ctx.db, name);
  nodes.forEach(checkBackupSupported);
  checkQuota(ctx, quotaKey, nodes.length);
  const snapshot = take({ name, source: 'manual', startedAt: ctx.now, durationMs: ctx.settings.backupDurationMs });
  ctx.db.snapshots.set(name, snapshot);
  logManualBackup(ctx, quotaKey);
  return snapshot;
}

/** `deleting` for the final backup's duration (if any) plus the deletion itself. */
export function deletionPhase(ctx: EngineContext, final: SnapshotRecord | undefined): Phase {
  return { at: ctx.now, durationMs: (final ? final.durationMs : 0) + ctx.settings.deleteDurationMs };
}

/** A cluster's automatic backups go with it; its manual ones stay. */
export function retireAutomatedBackups(ctx: EngineContext, belongs: (s: SnapshotRecord) => boolean): void {
  for (const s of ctx.db.snapshots.values()) {
    if (s.source === 'automated' && !s.deletion && belongs(s)) {
      ctx.db.snapshots.set(s.name, { ...s, deletion: { at: ctx.now, durationMs: ctx.settings.deleteDurationMs } });
    }
  }
}
