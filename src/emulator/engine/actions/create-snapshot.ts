import type { Action, EngineContext } from '../context';
import { faults } from '../faults';
import type { SnapshotRecord } from '../records';
import { snapshotOfGroup, snapshotOfNode } from '../snapshot-factory';
import { mergeTags, tagsParam } from '../tags';
import {
  checkBackupSupported,
  checkGroupAvailable,
  checkNameFree,
  checkQuota,
  checkSnapshotName,
  groupNodes,
  logManualBackup,
} from '../snapshot-rules';
import { clusterStatus } from '../timing';
import { snapshotView } from '../snapshot-view';

/** CreateSnapshot with the service's checks (docs/reference/README.md). */
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
  const tags = mergeTags([], tagsParam(params) ?? []);
  const start = { name, source: 'manual' as const, startedAt: ctx.now, durationMs: ctx.settings.backupDurationMs };

  const snapshot = clusterParam
    ? fromCluster(ctx, clusterParam.toLowerCase(), start)
    : fromGroup(ctx, (groupParam ?? '').toLowerCase(), start);
  snapshot.tags = tags;
  // The model: the KMS key that encrypts the backup.
  snapshot.kmsKeyId = params.string('KmsKeyId') ?? snapshot.kmsKeyId;
  ctx.db.snapshots.set(name, snapshot);
  logManualBackup(ctx, snapshot.busyGroup ?? snapshot.cacheClusterId ?? name);
  return { Snapshot: snapshotView(ctx.db, snapshot, ctx.now) };
};

type Start = Pick<SnapshotRecord, 'name' | 'source' | 'startedAt' | 'durationMs'>;

function fromCluster(ctx: EngineContext, id: string, start: Start): SnapshotRecord {
  const { db, now } = ctx;
  const node = db.clusters.get(id);
  if (!node) throw faults.cacheClusterNotFound(id);
  checkNameFree(db, start.name);
  const group = node.replicationGroupId ? db.groups.get(node.replicationGroupId) : undefined;
  if (node.engine !== 'memcached' && group?.clusterEnabled) {
    throw faults.invalidParameterValue(
      `Cache cluster ${id} is a node of the cluster mode enabled replication group ${group.id}: ` +
        'back up the whole cluster with ReplicationGroupId instead.',
    );
  }
  checkBackupSupported(node);
  const status = clusterStatus(db, node, now);
  if (status !== 'available') throw faults.invalidCacheClusterState(id, status);
  if (group) checkGroupAvailable(ctx, group);
  checkQuota(ctx, group?.id ?? node.id, group ? groupNodes(db, group).length : node.numNodes);
  return snapshotOfNode(db, node, start);
}

function fromGroup(ctx: EngineContext, id: string, start: Start): SnapshotRecord {
  const { db } = ctx;
  const group = db.groups.get(id);
  if (!group) throw faults.replicationGroupNotFound(id);
  checkNameFree(db, start.name);
  const nodes = groupNodes(db, group);
  nodes.forEach(checkBackupSupported);
  checkGroupAvailable(ctx, group);
  checkQuota(ctx, group.id, nodes.length);
  return snapshotOfGroup(db, group, start);
}
