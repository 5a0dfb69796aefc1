import { defaultParameterGroup } from '../../domain/engines';
import type { ClusterSpec } from './dataset';
import type { ClusterOptions, ClusterRecord, Db, NodeGroupRecord, ReplicationGroupRecord } from './records';

const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d', 'us-east-1e'];
const SLOTS = 16384;
const az = (i: number) => AZS[i % AZS.length] ?? 'us-east-1a';

/** What a new cluster gets beyond its spec: when it started and what it was restored from. */
export interface Provisioning {
  createdAt: number;
  provisionMs: number;
  restoredFrom?: string;
  /** SnapshotArns the new cache starts from. */
  seedObjects?: string[];
  /** Data per shard (cluster mode enabled) or per node, e.g. from the backup restored. */
  shardSizesMb?: number[];
}

type GroupSpec = Exclude<ClusterSpec, { kind: 'single' }>;

/** Nodes per shard: the primary and its replicas (NodeGroupConfiguration's ReplicaCount when given). */
function shardSizes(spec: GroupSpec): number[] {
  if (spec.kind === 'replicated') return [spec.members?.length ?? spec.replicas + 1];
  const groups = spec.nodeGroups ?? Array.from({ length: spec.shards }, () => ({ replicaCount: undefined }));
  return groups.map((ng) => 1 + (ng.replicaCount ?? spec.replicasPerShard));
}

/** The node ids a spec produces: `x` alone, `x-001…` with replicas, `x-0001-001…` with shards. */
export function memberIds(spec: ClusterSpec): string[] {
  const id = spec.id.toLowerCase();
  if (spec.kind === 'single') return [id];
  if (spec.kind === 'replicated' && spec.members) return spec.members.map((m) => m.toLowerCase());
  return shardSizes(spec).flatMap((size, s) =>
    Array.from({ length: size }, (_, m) => {
      const member = String(m + 1).padStart(3, '0');
      return spec.kind === 'clustered' ? `${id}-${String(s + 1).padStart(4, '0')}-${member}` : `${id}-${member}`;
    }),
  );
}

/** The options every record of the spec carries, with the engine's defaults filled in. */
function optionsOf(spec: ClusterSpec): ClusterOptions {
  return {
    port: spec.port ?? (spec.engine === 'memcached' ? 11211 : 6379),
    parameterGroup: spec.parameterGroup ?? defaultParameterGroup(spec.engine, spec.engineVersion, spec.kind === 'clustered'),
    maintenanceWindow: spec.maintenanceWindow,
    snapshotWindow: spec.snapshotWindow,
    snapshotRetentionLimit: spec.snapshotRetentionLimit,
    autoMinorVersionUpgrade: spec.autoMinorVersionUpgrade,
    transitEncryption: spec.transitEncryption,
    transitEncryptionMode: spec.transitEncryptionMode,
    atRestEncryption: spec.atRestEncryption,
    kmsKeyId: spec.kmsKeyId,
    authTokenEnabled: spec.authTokenEnabled,
    securityGroupIds: spec.securityGroupIds,
    notificationTopicArn: spec.notificationTopicArn,
    networkType: spec.networkType,
    ipDiscovery: spec.ipDiscovery,
    tags: spec.tags,
  };
}

/** Adds a cluster (and, with replicas or shards, its replication group) to the db; ids lowercase. */
export function addCluster(db: Db, spec: ClusterSpec, p: Provisioning): void {
  const id = spec.id.toLowerCase();
  const options = optionsOf(spec);
  const node = (nodeId: string, zone: string, sizeMb: number, groupId?: string): ClusterRecord => ({
    ...options,
    // A group's tags are its nodes' too (the model's Tag documentation).
    tags: [...options.tags],
    id: nodeId,
    engine: spec.engine,
    engineVersion: spec.engineVersion,
    nodeType: spec.nodeType,
    numNodes: spec.kind === 'single' ? spec.numNodes : 1,
    baseStatus: groupId ? 'available' : spec.status,
    createdAt: p.createdAt,
    provisionMs: p.provisionMs,
    restoredFrom: p.restoredFrom,
    seedObjects: p.seedObjects,
    availabilityZone: zone,
    azMode: spec.kind === 'single' ? spec.azMode : undefined,
    nodeAzs: spec.kind === 'single' && spec.numNodes > 1 ? Array.from({ length: spec.numNodes }, (_, i) => spec.availabilityZones?.[i] ?? az(2 + i)) : undefined,
    replicationGroupId: groupId,
    dataSizeMb: sizeMb,
  });

  if (spec.kind === 'single') {
    db.clusters.set(id, node(id, spec.availabilityZones?.[0] ?? az(2), p.shardSizesMb?.[0] ?? spec.dataSizeMb));
    return;
  }

  const ids = memberIds(spec);
  const sizes = shardSizes(spec);
  const nodeGroups: NodeGroupRecord[] = [];
  let next = 0;
  sizes.forEach((size, s) => {
    const members = ids.slice(next, next + size);
    const config = spec.kind === 'clustered' ? spec.nodeGroups?.[s] : undefined;
    members.forEach((m, i) => {
      const zone = (i === 0 ? config?.primaryAz : config?.replicaAzs?.[i - 1]) ?? spec.availabilityZones?.[next + i] ?? az(next + i);
      db.clusters.set(m, node(m, zone, p.shardSizesMb?.[s] ?? spec.dataSizeMb, id));
    });
    const first = Math.floor((s * SLOTS) / sizes.length);
    const last = Math.floor(((s + 1) * SLOTS) / sizes.length) - 1;
    nodeGroups.push({ id: String(s + 1).padStart(4, '0'), primary: members[0] ?? '', members, slots: config?.slots ?? `${first}-${last}` });
    next += size;
  });
  const group: ReplicationGroupRecord = {
    ...options,
    id,
    description: spec.description ?? `${id} replication group`,
    clusterEnabled: spec.kind === 'clustered',
    baseStatus: spec.status,
    nodeType: spec.nodeType,
    engine: spec.engine,
    engineVersion: spec.engineVersion,
    createdAt: p.createdAt,
    provisionMs: p.provisionMs,
    restoredFrom: p.restoredFrom,
    seedObjects: p.seedObjects,
    nodeGroups,
    automaticFailover: spec.automaticFailover ? 'enabled' : 'disabled',
    multiAz: spec.multiAz,
    dataTiering: spec.dataTiering,
    clusterMode: spec.clusterMode ?? (spec.kind === 'clustered' ? 'enabled' : 'disabled'),
    snapshottingClusterId: spec.kind === 'clustered' ? undefined : (nodeGroups[0]?.members.at(-1) ?? undefined),
  };
  db.groups.set(id, group);
}
