import { BACKUPLESS_NODE_TYPE, nodeTypeSupportsBackups } from '../../domain/node-types';
import { snapshotNameSchema } from '../../domain/snapshot-name';
import type { EngineContext } from './context';
import { faults } from './faults';
import type { ClusterRecord, Db, ReplicationGroupRecord } from './records';
import { DAY_MS, groupStatus } from './timing';

/**
 * The checks every new manual backup passes, whether from CreateSnapshot, CopySnapshot
 * or a final backup on delete (docs/reference/README.md, "Constraints").
 */

/** The naming rule, shared with the console's form; names are stored lowercase. */
export function checkSnapshotName(value: string, parameter: string): string {
  const result = snapshotNameSchema.safeParse(value);
  if (!result.success) {
    const why = result.error.issues.map((i) => i.message).join(' ');
    throw faults.invalidParameterValue(`Invalid ${parameter} "${value}": ${why}`);
  }
  return value.toLowerCase();
}

export function checkNameFree(db: Db, name: string): void {
  if (db.snapshots.has(name)) throw faults.snapshotAlreadyExists(name);
}

/** Memcached and cache.t1.micro nodes can't be backed up (the rule in src/domain/node-types.ts). */
export function checkBackupSupported(node: ClusterRecord): void {
  if (node.engine === 'memcached') {
    throw faults.snapshotFeatureNotSupported(`Cache cluster ${node.id} runs Memcached, which does not support snapshots.`);
  }
  if (!nodeTypeSupportsBackups(node.nodeType)) {
    throw faults.snapshotFeatureNotSupported(
      `Snapshots are not supported for ${BACKUPLESS_NODE_TYPE} nodes (cache cluster ${node.id}).`,
    );
  }
}

export function groupNodes(db: Db, group: ReplicationGroupRecord): ClusterRecord[] {
  return group.nodeGroups.flatMap((ng) => ng.members).flatMap((m) => db.clusters.get(m) ?? []);
}

export function checkGroupAvailable({ db, now }: EngineContext, group: ReplicationGroupRecord): void {
  const status = groupStatus(db, group, now);
  if (status !== 'available') throw faults.invalidReplicationGroupState(group.id, status);
}

/** 20 manual backups per node in any 24 hours, counted over the cluster's nodes. */
export function checkQuota({ db, now, settings }: EngineContext, key: string, nodes: number): void {
  const limit = settings.manualBackupsPerNodePerDay * nodes;
  const recent = db.manualBackupLog.filter((e) => e.key === key && e.at > now - DAY_MS).length;
  if (recent >= limit) throw faults.snapshotQuotaExceeded(limit);
}

export function logManualBackup({ db, now }: EngineContext, key: string): void {
  db.manualBackupLog.push({ key, at: now });
}
