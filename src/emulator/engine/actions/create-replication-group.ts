import { replicationGroupIdSchema } from '../../../domain/snapshot-name';
import { memberIds } from '../cluster-factory';
import type { Action, EngineContext } from '../context';
import { checkAz } from '../create-options';
import { clusterSpecSchema } from '../dataset';
import { faults } from '../faults';
import { backupToRestore, checkedId, commonSpec, engineParam, idInUse, integerParam, provision } from '../new-cluster';
import { checkNodeGroups, nodeGroupConfigParam } from '../node-group-config';
import { stringList } from '../param-lists';
import type { Params } from '../query-protocol';
import { checkedSeedArns } from '../seed-objects';
import { replicationGroupView } from '../views';

/**
 * CreateReplicationGroup: cluster mode disabled (NumCacheClusters nodes) or enabled
 * (NumNodeGroups shards, or NodeGroupConfiguration); with SnapshotName, a restore, which
 * keeps the backup's engine, cluster mode, shards and slots unless told otherwise.
 */
export const createReplicationGroup: Action = (ctx, params) => {
  const { db, now } = ctx;
  const id = checkedId(params, 'ReplicationGroupId', replicationGroupIdSchema);
  const description = params.required('ReplicationGroupDescription');
  refuseAbsent(ctx, params);
  const backup = backupToRestore(ctx, params);
  const engine = engineParam(params, backup);
  if (engine === 'memcached') throw faults.invalidParameterValue('Replication groups are supported only for Redis and Valkey.');

  const mode = params.string('ClusterMode')?.toLowerCase();
  if (mode !== undefined && !['enabled', 'disabled', 'compatible'].includes(mode)) {
    throw faults.invalidParameterValue(`Invalid ClusterMode: ${mode}. Valid values are enabled, disabled, compatible.`);
  }
  const numNodeGroups = integerParam(params, 'NumNodeGroups', 1, 500);
  const replicasPerNodeGroup = integerParam(params, 'ReplicasPerNodeGroup', 0, 5);
  const configs = nodeGroupConfigParam(params);
  const parameterGroup = params.string('CacheParameterGroupName') ?? '';
  const clusterOn =
    mode === 'enabled' ||
    (numNodeGroups ?? 1) > 1 ||
    (configs?.length ?? 1) > 1 ||
    /\.cluster\.on$/i.test(parameterGroup) ||
    // A cluster mode enabled backup restores cluster mode enabled, with however many shards asked (one too).
    (mode === undefined && (backup?.clusterEnabled ?? false));
  if (clusterOn && parameterGroup && !/\.cluster\.on$/i.test(parameterGroup)) {
    throw faults.invalidParameterCombination(`Cluster mode enabled needs a parameter group with cluster-enabled yes, not ${parameterGroup}.`);
  }
  if (configs && numNodeGroups !== undefined && configs.length !== numNodeGroups) {
    throw faults.invalidParameterCombination(`NumNodeGroups (${numNodeGroups}) must equal the number of NodeGroupConfiguration entries (${configs.length}).`);
  }
  const failover = params.boolean('AutomaticFailoverEnabled');
  const multiAz = params.boolean('MultiAZEnabled') ?? false;
  if (clusterOn && failover === false) {
    throw faults.invalidParameterCombination('Redis with cluster mode enabled requires AutomaticFailoverEnabled.');
  }
  // Any number of objects seeds a cluster mode enabled group (re-sharded into its shards); one, its single shard.
  const seedObjects = checkedSeedArns(stringList(params, 'SnapshotArns.SnapshotArn'), ctx.seeds, clusterOn ? 500 : 1);
  const shards = clusterOn ? (configs?.length ?? numNodeGroups ?? backup?.numNodeGroups ?? 1) : 1;
  const perShard = replicasPerNodeGroup ?? 1;
  // A restore of the same number of shards keeps the backup's slots.
  const restoredSlots = backup?.nodeSnapshots.length === shards ? backup.nodeSnapshots.map((n) => ({ slots: n.slots })) : undefined;
  const nodeGroups = clusterOn ? (configs ?? restoredSlots) : undefined;
  if (nodeGroups) checkNodeGroups(nodeGroups, perShard);

  const zones = stringList(params, 'PreferredCacheClusterAZs.AvailabilityZone')?.map((z) => checkAz(z, 'PreferredCacheClusterAZs'));
  const single = clusterOn ? undefined : configs?.[0];
  const numCacheClusters =
    integerParam(params, 'NumCacheClusters', 1, 6) ?? (single ? (single.replicaCount ?? perShard) + 1 : zones?.length ?? (replicasPerNodeGroup ?? 0) + 1);
  if (!clusterOn && zones && zones.length !== numCacheClusters) {
    throw faults.invalidParameterCombination(`The number of PreferredCacheClusterAZs (${zones.length}) must equal NumCacheClusters (${numCacheClusters}).`);
  }
  // The service's answer (seen by Terraform users, e.g. terraform-provider-aws #17605).
  if (!clusterOn && failover && numCacheClusters < 2) {
    throw faults.invalidParameterCombination('When using automatic failover, there must be at least 2 cache clusters in the replication group.');
  }
  if (multiAz && !(failover ?? clusterOn)) throw faults.invalidParameterCombination('Multi-AZ requires AutomaticFailoverEnabled.');
  const common = commonSpec(params, engine, backup);
  const dataTiering = params.boolean('DataTieringEnabled') ?? false;
  if (dataTiering && !/^cache\.r6gd\./.test(common.nodeType)) {
    throw faults.invalidParameterCombination(`Data tiering needs an r6gd node type, not ${common.nodeType}.`);
  }

  const spec = clusterSpecSchema.parse({
    kind: clusterOn ? 'clustered' : 'replicated',
    id,
    description,
    shards,
    replicasPerShard: perShard,
    nodeGroups,
    replicas: numCacheClusters - 1,
    automaticFailover: failover ?? clusterOn,
    multiAz,
    dataTiering,
    clusterMode: mode,
    ...common,
    availabilityZones: single?.primaryAz ? [single.primaryAz, ...(single.replicaAzs ?? [])] : zones,
  });
  if (idInUse(ctx, id)) throw faults.replicationGroupAlreadyExists(id);
  const taken = memberIds(spec).find((m) => db.clusters.has(m));
  if (taken) throw faults.cacheClusterAlreadyExists(taken);

  provision(ctx, spec, backup, shards, seedObjects);
  const group = db.groups.get(id);
  if (!group) throw new Error(`replication group ${id} was not added`);
  return { ReplicationGroup: replicationGroupView(db, group, now, 'created') };
};

/** Parameters naming things this account has none of, or the emulator doesn't model: the service's faults. */
function refuseAbsent({ db }: EngineContext, params: Params): void {
  const global = params.string('GlobalReplicationGroupId');
  if (global !== undefined) throw faults.globalReplicationGroupNotFound(global);
  const userGroup = stringList(params, 'UserGroupIds.member')?.[0];
  if (userGroup !== undefined) throw faults.userGroupNotFound(userGroup);
  const primary = params.string('PrimaryClusterId')?.toLowerCase();
  if (primary !== undefined) {
    if (!db.clusters.has(primary)) throw faults.cacheClusterNotFound(primary);
    throw faults.invalidParameterValue('Building a replication group around an existing cluster (PrimaryClusterId) is not supported by this emulator.');
  }
  if (params.string('ServerlessCacheSnapshotName') !== undefined) {
    throw faults.invalidParameterValue('This account has no serverless caches: ServerlessCacheSnapshotName can\'t be used.');
  }
}
