import type { ClusterSpec } from './dataset';
import type { ClusterRecord, Db, NodeGroupRecord, ReplicationGroupRecord } from './records';

const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d', 'us-east-1e'];
const SLOTS = 16384;

/** What a new cluster gets beyond its spec: when it started and what it was restored from. */
export interface Provisioning {
  createdAt: number;
  provisionMs: number;
  restoredFrom?: string;
  /** Data per shard (cluster mode enabled) or per node, e.g. from the backup restored. */
  shardSizesMb?: number[];
}

/** The node ids a spec produces: `x` alone, `x-001…` with replicas, `x-0001-001…` with shards. */
export function memberIds(spec: ClusterSpec): string[] {
  const id = spec.id.toLowerCase();
  if (spec.kind === 'single') return [id];
  const clusterOn = spec.kind === 'clustered';
  const shards = clusterOn ? spec.shards : 1;
  const perShard = 1 + (clusterOn ? spec.replicasPerShard : spec.replicas);
  const ids: string[] = [];
  for (let s = 1; s <= shards; s++) {
    const ngId = String(s).padStart(4, '0');
    for (let m = 1; m <= perShard; m++) {
      const member = String(m).padStart(3, '0');
      ids.push(clusterOn ? `${id}-${ngId}-${member}` : `${id}-${member}`);
    }
  }
  return ids;
}

/** Adds a cluster (and, with replicas or shards, its replication group) to the db; ids lowercase. */
export function addCluster(db: Db, spec: ClusterSpec, p: Provisioning): void {
  const id = spec.id.toLowerCase();
  const engine = spec.kind === 'single' ? spec.engine : 'redis';
  const clusterOn = spec.kind === 'clustered';
  const shardSize = (shard: number) => p.shardSizesMb?.[shard] ?? spec.dataSizeMb;
  const node = (nodeId: string, az: number, shard: number, groupId?: string): ClusterRecord => ({
    id: nodeId,
    engine,
    engineVersion: spec.engineVersion,
    nodeType: spec.nodeType,
    numNodes: spec.kind === 'single' ? spec.numNodes : 1,
    baseStatus: groupId ? 'available' : spec.status,
    createdAt: p.createdAt,
    provisionMs: p.provisionMs,
    restoredFrom: p.restoredFrom,
    availabilityZone: AZS[az % AZS.length] ?? 'us-east-1a',
    parameterGroup: parameterGroupName(engine, spec.engineVersion, clusterOn),
    maintenanceWindow: 'wed:07:30-wed:08:30',
    snapshotWindow: spec.snapshotWindow,
    snapshotRetentionLimit: spec.snapshotRetentionLimit,
    replicationGroupId: groupId,
    dataSizeMb: shardSize(shard),
  });

  if (spec.kind === 'single') {
    db.clusters.set(id, node(id, 2, 0));
    return;
  }

  const shards = clusterOn ? spec.shards : 1;
  const ids = memberIds(spec);
  const perShard = ids.length / shards;
  const nodeGroups: NodeGroupRecord[] = [];
  for (let s = 0; s < shards; s++) {
    const members = ids.slice(s * perShard, (s + 1) * perShard);
    members.forEach((m, i) => db.clusters.set(m, node(m, s * perShard + i, s, id)));
    const first = Math.floor((s * SLOTS) / shards);
    const last = Math.floor(((s + 1) * SLOTS) / shards) - 1;
    nodeGroups.push({ id: String(s + 1).padStart(4, '0'), primary: members[0] ?? '', members, slots: `${first}-${last}` });
  }
  const group: ReplicationGroupRecord = {
    id,
    description: spec.description ?? `${id} replication group`,
    clusterEnabled: clusterOn,
    baseStatus: spec.status,
    nodeType: spec.nodeType,
    engine: 'redis',
    createdAt: p.createdAt,
    provisionMs: p.provisionMs,
    restoredFrom: p.restoredFrom,
    nodeGroups,
    automaticFailover: perShard > 1 ? 'enabled' : 'disabled',
    snapshotWindow: spec.snapshotWindow,
    snapshotRetentionLimit: spec.snapshotRetentionLimit,
    snapshottingClusterId: clusterOn ? undefined : (nodeGroups[0]?.members.at(-1) ?? undefined),
  };
  db.groups.set(id, group);
}

/** The default parameter group's name for an engine version: default.redis3.2, default.redis6.x, default.redis7. */
function parameterGroupName(engine: string, version: string, clusterOn: boolean): string {
  const [major = '0', minor = '0'] = version.split('.');
  const family = Number(major) >= 7 ? major : Number(major) === 6 ? '6.x' : `${major}.${minor}`;
  return `default.${engine}${family}${clusterOn ? '.cluster.on' : ''}`;
}
