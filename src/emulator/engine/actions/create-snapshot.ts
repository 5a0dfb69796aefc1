import { snapshotNameSchema } from '../../../domain/snapshot-name';
import type { Action, EngineContext } from '../context';
import { faults } from '../faults';
import type { ClusterRecord, ReplicationGroupRecord, SnapshotRecord } from '../records';
import { snapshotOfGroup, snapshotOfNode } from '../snapshot-factory';
import { clusterStatus, DAY_MS, groupStatus } from '../timing';
import { snapshotView } from '../views';

/** CreateSnapshot with the service's checks (shared/reference/README.md). */
export const createSnapshot: Action = (ctx, params) => {
  const clusterParam = params.string('CacheClusterId');
  const groupParam = params.string('ReplicationGroupId');
  if (clusterParam && groupParam) {
    throw faults.invalidParameterCombination('Cannot specify both CacheClusterId and ReplicationGroupId.');
  }
  if (!clusterParam && !groupParam) {
    throw faults.invalidParameterValue('Either CacheClusterId or ReplicationGroupId must be specified.');
  }
  const name = checkSnapshotName(params.required('SnapshotName'), 'SnapshotName');
  const start = { name, source: 'manual' as const, startedAt: ctx.now, durationMs: ctx.settings.backupDurationMs };

  const snapshot = clusterParam
    ? fromCluster(ctx, clusterParam.toLowerCase(), name, start)
    : fromGroup(ctx, (groupParam ?? '').toLowerCase(), name, start);
  ctx.db.snapshots.set(name, snapshot);
  ctx.db.manualBackupLog.push({ key: snapshot.busyGroup ?? snapshot.cacheClusterId ?? name, at: ctx.now });
  return { Snapshot: snapshotView(snapshot, ctx.now) };
};

/** The naming rule, shared with the console's form; stored lowercase. */
export function checkSnapshotName(value: string, parameter: string): string {
  const result = snapshotNameSchema.safeParse(value);
  if (!result.success) {
    const why = result.error.issues.map((i) => i.message).join(' ');
    throw faults.invalidParameterValue(`Invalid ${parameter} "${value}": ${why}`);
  }
  return value.toLowerCase();
}

type Start = Pick<SnapshotRecord, 'name' | 'source' | 'startedAt' | 'durationMs'>;

function fromCluster(ctx: EngineContext, id: string, name: string, start: Start): SnapshotRecord {
  const { db, now } = ctx;
  const node = db.clusters.get(id);
  if (!node) throw faults.cacheClusterNotFound(id);
  if (db.snapshots.has(name)) throw faults.snapshotAlreadyExists(name);
  if (node.engine === 'memcached') {
    throw faults.snapshotFeatureNotSupported(`Cache cluster ${id} runs Memcached, which does not support snapshots.`);
  }
  const group = node.replicationGroupId ? db.groups.get(node.replicationGroupId) : undefined;
  if (group?.clusterEnabled) {
    throw faults.invalidParameterValue(
      `Cache cluster ${id} is a node of the cluster mode enabled replication group ${group.id}: ` +
        'back up the whole cluster with ReplicationGroupId instead.',
    );
  }
  checkNodeType(node);
  const status = clusterStatus(db, node, now);
  if (status !== 'available') throw faults.invalidCacheClusterState(id, status);
  if (group) checkGroupAvailable(ctx, group);
  checkQuota(ctx, group?.id ?? node.id, group ? group.nodeGroups.flatMap((ng) => ng.members).length : node.numNodes);
  return snapshotOfNode(db, node, start);
}

function fromGroup(ctx: EngineContext, id: string, name: string, start: Start): SnapshotRecord {
  const { db } = ctx;
  const group = db.groups.get(id);
  if (!group) throw faults.replicationGroupNotFound(id);
  if (db.snapshots.has(name)) throw faults.snapshotAlreadyExists(name);
  const nodes = group.nodeGroups.flatMap((ng) => ng.members);
  for (const member of nodes) {
    const node = db.clusters.get(member);
    if (node) checkNodeType(node);
  }
  checkGroupAvailable(ctx, group);
  checkQuota(ctx, group.id, nodes.length);
  return snapshotOfGroup(db, group, start);
}

function checkNodeType(node: ClusterRecord): void {
  if (node.nodeType === 'cache.t1.micro') {
    throw faults.snapshotFeatureNotSupported(
      `Snapshots are not supported for cache.t1.micro nodes (cache cluster ${node.id}).`,
    );
  }
}

function checkGroupAvailable({ db, now }: EngineContext, group: ReplicationGroupRecord): void {
  const status = groupStatus(db, group, now);
  if (status !== 'available') throw faults.invalidReplicationGroupState(group.id, status);
}

/** 20 manual backups per node in any 24 hours, counted over the cluster's nodes. */
function checkQuota({ db, now, settings }: EngineContext, key: string, nodes: number): void {
  const limit = settings.manualBackupsPerNodePerDay * nodes;
  const recent = db.manualBackupLog.filter((e) => e.key === key && e.at > now - DAY_MS).length;
  if (recent >= limit) throw faults.snapshotQuotaExceeded(limit);
}
