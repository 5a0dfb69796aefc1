import { cacheClusterIdSchema } from '../../../domain/snapshot-name';
import type { Action } from '../context';
import { checkAz } from '../create-options';
import { clusterSpecSchema } from '../dataset';
import { faults } from '../faults';
import { backupToRestore, checkedId, commonSpec, engineParam, idInUse, integerParam, provision } from '../new-cluster';
import { stringList } from '../param-lists';
import type { Params } from '../query-protocol';
import { checkedSeedArns } from '../seed-objects';
import { cacheClusterView } from '../views';

/** CreateCacheCluster; with SnapshotName it restores that backup into the new cluster. */
export const createCacheCluster: Action = (ctx, params) => {
  const { db, now } = ctx;
  const id = checkedId(params, 'CacheClusterId', cacheClusterIdSchema);
  const groupId = params.string('ReplicationGroupId');
  if (groupId !== undefined) {
    if (!db.groups.has(groupId.toLowerCase())) throw faults.replicationGroupNotFound(groupId.toLowerCase());
    throw faults.invalidParameterValue('Adding a node to a replication group (ReplicationGroupId) is not supported by this emulator.');
  }
  const backup = backupToRestore(ctx, params);
  if (backup?.clusterEnabled) {
    throw faults.invalidParameterValue(
      `Snapshot ${backup.name} is of a cluster mode enabled cluster: restore it with CreateReplicationGroup.`,
    );
  }
  const engine = engineParam(params, backup);
  // SnapshotArns: a single object seeds the node (botocore's model, CreateCacheCluster SnapshotArns).
  const seedObjects = checkedSeedArns(stringList(params, 'SnapshotArns.SnapshotArn'), ctx.seeds, 1);
  if (seedObjects && engine === 'memcached') throw faults.invalidParameterCombination('SnapshotArns is only valid if the Engine parameter is redis or valkey.');
  const numNodes = integerParam(params, 'NumCacheNodes', 1, 40) ?? 1;
  if (engine !== 'memcached' && numNodes !== 1) {
    throw faults.invalidParameterValue('Cannot create a Redis cluster with a NumCacheNodes parameter greater than 1.');
  }
  const spec = clusterSpecSchema.parse({
    kind: 'single',
    id,
    numNodes,
    ...commonSpec(params, engine, backup),
    ...zones(params, engine, numNodes),
  });
  if (idInUse(ctx, id)) throw faults.cacheClusterAlreadyExists(id);

  provision(ctx, spec, backup, 1, seedObjects);
  const cluster = db.clusters.get(id);
  if (!cluster) throw new Error(`cluster ${id} was not added`);
  return { CacheCluster: cacheClusterView(db, cluster, now, false, 'created') };
};

/** PreferredAvailabilityZone(s) and AZMode, as the model describes them. */
function zones(params: Params, engine: string, numNodes: number) {
  const one = params.string('PreferredAvailabilityZone');
  const many = stringList(params, 'PreferredAvailabilityZones.PreferredAvailabilityZone');
  if (many && many.length !== numNodes) {
    throw faults.invalidParameterCombination(`The number of PreferredAvailabilityZones (${many.length}) must equal NumCacheNodes (${numNodes}).`);
  }
  const azMode = params.string('AZMode');
  if (azMode !== undefined && azMode !== 'single-az' && azMode !== 'cross-az') {
    throw faults.invalidParameterValue(`Invalid AZMode: ${azMode}. Valid values are single-az, cross-az.`);
  }
  if (azMode !== undefined && engine !== 'memcached') throw faults.invalidParameterCombination('AZMode applies to Memcached clusters only.');
  const list = many ?? (one === undefined ? undefined : Array.from({ length: numNodes }, () => one));
  return { availabilityZones: list?.map((z) => checkAz(z, 'PreferredAvailabilityZone')), azMode };
}
