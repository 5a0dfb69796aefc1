import { replicationGroupIdSchema } from '../../../domain/snapshot-name';
import { memberIds } from '../cluster-factory';
import type { Action } from '../context';
import { clusterSpecSchema } from '../dataset';
import { faults } from '../faults';
import { backupToRestore, checkedId, commonSpec, engineParam, idInUse, integerParam, provision } from '../new-cluster';
import { replicationGroupView } from '../views';

/**
 * CreateReplicationGroup: cluster mode disabled (NumCacheClusters nodes) or enabled
 * (NumNodeGroups shards of 1 + ReplicasPerNodeGroup nodes); with SnapshotName, a restore,
 * which keeps the backup's cluster mode and shard count unless told otherwise.
 */
export const createReplicationGroup: Action = (ctx, params) => {
  const { db, now } = ctx;
  const id = checkedId(params, 'ReplicationGroupId', replicationGroupIdSchema);
  const description = params.required('ReplicationGroupDescription');
  const backup = backupToRestore(ctx, params);
  const engine = engineParam(params, backup);
  if (engine === 'memcached') throw faults.invalidParameterValue('Replication groups are supported only for Redis and Valkey.');

  const mode = params.string('ClusterMode')?.toLowerCase();
  const numNodeGroups = integerParam(params, 'NumNodeGroups', 1, 500);
  const replicasPerNodeGroup = integerParam(params, 'ReplicasPerNodeGroup', 0, 5);
  const clusterOn =
    mode === 'enabled' ||
    (numNodeGroups ?? 1) > 1 ||
    /\.cluster\.on$/.test(params.string('CacheParameterGroupName') ?? '') ||
    (mode === undefined && numNodeGroups === undefined && (backup?.clusterEnabled ?? false));
  if (clusterOn && params.boolean('AutomaticFailoverEnabled') === false) {
    throw faults.invalidParameterCombination('Redis with cluster mode enabled requires AutomaticFailoverEnabled.');
  }
  const shards = clusterOn ? (numNodeGroups ?? backup?.numNodeGroups ?? 1) : 1;
  const numCacheClusters = integerParam(params, 'NumCacheClusters', 1, 6);

  const spec = clusterSpecSchema.parse({
    kind: clusterOn ? 'clustered' : 'replicated',
    id,
    description,
    shards,
    replicasPerShard: replicasPerNodeGroup ?? 1,
    replicas: (numCacheClusters ?? (replicasPerNodeGroup ?? 0) + 1) - 1,
    ...commonSpec(params, engine, backup),
  });
  if (idInUse(ctx, id)) throw faults.replicationGroupAlreadyExists(id);
  const taken = memberIds(spec).find((m) => db.clusters.has(m));
  if (taken) throw faults.cacheClusterAlreadyExists(taken);

  provision(ctx, spec, backup, shards);
  const group = db.groups.get(id);
  if (!group) throw new Error(`replication group ${id} was not added`);
  return { ReplicationGroup: replicationGroupView(db, group, now) };
};
