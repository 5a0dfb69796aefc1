import type { Action } from '../context';
import { faults } from '../faults';
import { changesBackups, modifyOptions, sameOrRefuse } from '../modify-options';
import { stringList } from '../param-lists';
import { clusterStatus } from '../timing';
import { cacheClusterView } from '../views';

/**
 * ModifyCacheCluster (botocore's model): backup settings and the other settings the
 * emulator keeps; the cluster is `modifying` for a while, then `available`. A node of a
 * replication group takes its backup settings from the group (ModifyReplicationGroup).
 */
export const modifyCacheCluster: Action = (ctx, params) => {
  const { db, now, settings } = ctx;
  const id = params.required('CacheClusterId').toLowerCase();
  const cluster = db.clusters.get(id);
  if (!cluster) throw faults.cacheClusterNotFound(id);
  sameOrRefuse(params, 'NumCacheNodes', cluster.numNodes);
  sameOrRefuse(params, 'CacheNodeType', cluster.nodeType);
  sameOrRefuse(params, 'AZMode', cluster.azMode ?? 'single-az');
  if (stringList(params, 'CacheNodeIdsToRemove.CacheNodeId') || stringList(params, 'NewAvailabilityZones.PreferredAvailabilityZone')) {
    throw faults.invalidParameterValue('Adding or removing nodes (CacheNodeIdsToRemove, NewAvailabilityZones) is not supported by this emulator.');
  }
  if (params.raw('ScaleConfig.ScalePercentage') !== undefined || params.raw('ScaleConfig.ScaleIntervalMinutes') !== undefined) {
    throw faults.invalidParameterValue('ScaleConfig (Memcached vertical scaling) is not supported by this emulator.');
  }
  const backupSettings = params.string('SnapshotRetentionLimit') !== undefined || params.string('SnapshotWindow') !== undefined;
  if (backupSettings && cluster.engine === 'memcached') {
    throw faults.invalidParameterCombination(`Cache cluster ${id} runs Memcached, which has no backups: SnapshotRetentionLimit and SnapshotWindow don't apply.`);
  }
  if (backupSettings && cluster.nodeType === 'cache.t1.micro') {
    throw faults.invalidParameterCombination(`Cache cluster ${id} runs on cache.t1.micro nodes, which have no backups.`);
  }
  if (backupSettings && cluster.replicationGroupId) {
    throw faults.invalidParameterCombination(
      `Cache cluster ${id} is a member of replication group ${cluster.replicationGroupId}: modify its backup settings with ModifyReplicationGroup.`,
    );
  }
  const patch = modifyOptions(params, cluster);
  const status = clusterStatus(db, cluster, now);
  if (status !== 'available') throw faults.invalidCacheClusterState(id, status);

  const modified = {
    ...cluster,
    ...patch,
    modification: { at: now, durationMs: settings.modifyDurationMs },
    autoBackupsFrom: changesBackups(patch) ? now : cluster.autoBackupsFrom,
  };
  db.clusters.set(id, modified);
  return { CacheCluster: cacheClusterView(db, modified, now, false) };
};
