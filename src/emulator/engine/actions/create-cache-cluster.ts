import { cacheClusterIdSchema } from '../../../domain/snapshot-name';
import type { Action } from '../context';
import { clusterSpecSchema } from '../dataset';
import { faults } from '../faults';
import { backupToRestore, checkedId, commonSpec, engineParam, idInUse, integerParam, provision } from '../new-cluster';
import { cacheClusterView } from '../views';

/** CreateCacheCluster; with SnapshotName it restores that backup into the new cluster. */
export const createCacheCluster: Action = (ctx, params) => {
  const { db, now } = ctx;
  const id = checkedId(params, 'CacheClusterId', cacheClusterIdSchema);
  if (params.string('ReplicationGroupId')) {
    throw faults.invalidParameterValue('Adding a node to a replication group (ReplicationGroupId) is not supported by this emulator.');
  }
  const backup = backupToRestore(ctx, params);
  if (backup?.clusterEnabled) {
    throw faults.invalidParameterValue(
      `Snapshot ${backup.name} is of a cluster mode enabled cluster: restore it with CreateReplicationGroup.`,
    );
  }
  const engine = engineParam(params, backup);
  const numNodes = integerParam(params, 'NumCacheNodes', 1, 40) ?? 1;
  if (engine !== 'memcached' && numNodes !== 1) {
    throw faults.invalidParameterValue('Cannot create a Redis cluster with a NumCacheNodes parameter greater than 1.');
  }
  const spec = clusterSpecSchema.parse({
    kind: 'single',
    id,
    engine,
    numNodes,
    ...commonSpec(params, engine, backup),
  });
  if (idInUse(ctx, id)) throw faults.cacheClusterAlreadyExists(id);

  provision(ctx, spec, backup, 1);
  const cluster = db.clusters.get(id);
  if (!cluster) throw new Error(`cluster ${id} was not added`);
  return { CacheCluster: cacheClusterView(db, cluster, now, false) };
};
