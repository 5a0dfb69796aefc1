import { datasetSchema, type ClusterSpec, type DatasetInput, type SnapshotSpec } from './dataset';
import type { ClusterRecord, Db, NodeGroupRecord, ReplicationGroupRecord } from './records';
import { automaticSnapshotName, snapshotOfGroup, snapshotOfNode } from './snapshot-factory';

const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d', 'us-east-1e'];
const SLOTS = 16384;
const FIXED_CREATED_AT = Date.parse('2017-01-12T18:59:48.048Z');

export function emptyDb(): Db {
  return { clusters: new Map(), groups: new Map(), snapshots: new Map(), manualBackupLog: [] };
}

/** Expands a dataset into API records; ids are stored lowercase, as the service does. */
export function buildDb(input: DatasetInput, now: number): Db {
  const dataset = datasetSchema.parse(input);
  const db = emptyDb();
  for (const spec of dataset.clusters) addCluster(db, spec);
  for (const spec of dataset.snapshots) addSnapshot(db, spec, now);
  return db;
}

function addCluster(db: Db, spec: ClusterSpec): void {
  const id = spec.id.toLowerCase();
  const createdAt = spec.createdAt ? Date.parse(spec.createdAt) : FIXED_CREATED_AT;
  const base = (nodeId: string, az: number, groupId?: string, clusterOn = false): ClusterRecord => ({
    id: nodeId,
    engine: spec.kind === 'single' ? spec.engine : 'redis',
    engineVersion: spec.engineVersion,
    nodeType: spec.nodeType,
    numNodes: spec.kind === 'single' ? spec.numNodes : 1,
    baseStatus: groupId ? 'available' : spec.status,
    createdAt,
    availabilityZone: AZS[az % AZS.length] ?? 'us-east-1a',
    parameterGroup: parameterGroupName(spec.kind === 'single' ? spec.engine : 'redis', spec.engineVersion, clusterOn),
    maintenanceWindow: 'wed:07:30-wed:08:30',
    snapshotWindow: spec.snapshotWindow,
    snapshotRetentionLimit: spec.snapshotRetentionLimit,
    replicationGroupId: groupId,
    dataSizeMb: spec.dataSizeMb,
  });

  if (spec.kind === 'single') {
    db.clusters.set(id, base(id, 2));
    return;
  }

  const clusterOn = spec.kind === 'clustered';
  const shards = clusterOn ? spec.shards : 1;
  const perShard = 1 + (clusterOn ? spec.replicasPerShard : spec.replicas);
  const nodeGroups: NodeGroupRecord[] = [];
  let n = 0;
  for (let s = 1; s <= shards; s++) {
    const ngId = String(s).padStart(4, '0');
    const members: string[] = [];
    for (let m = 1; m <= perShard; m++) {
      const memberId = clusterOn ? `${id}-${ngId}-${String(m).padStart(3, '0')}` : `${id}-${String(m).padStart(3, '0')}`;
      db.clusters.set(memberId, base(memberId, n++, id, clusterOn));
      members.push(memberId);
    }
    const first = Math.floor(((s - 1) * SLOTS) / shards);
    const last = Math.floor((s * SLOTS) / shards) - 1;
    nodeGroups.push({ id: ngId, primary: members[0] ?? '', members, slots: `${first}-${last}` });
  }
  const group: ReplicationGroupRecord = {
    id,
    description: spec.description ?? `${id} replication group`,
    clusterEnabled: clusterOn,
    baseStatus: spec.status,
    nodeType: spec.nodeType,
    engine: 'redis',
    createdAt,
    nodeGroups,
    automaticFailover: perShard > 1 ? 'enabled' : 'disabled',
    snapshotWindow: spec.snapshotWindow,
    snapshotRetentionLimit: spec.snapshotRetentionLimit,
    snapshottingClusterId: clusterOn ? undefined : (nodeGroups[0]?.members.at(-1) ?? undefined),
  };
  db.groups.set(id, group);
}

function addSnapshot(db: Db, spec: SnapshotSpec, now: number): void {
  const from = spec.from.toLowerCase();
  const startedAt = spec.createdAt ? Date.parse(spec.createdAt) : now - spec.ageHours * 3_600_000;
  if (!spec.name && spec.source === 'manual') throw new Error(`manual snapshot from ${from} needs a name`);
  const name = (spec.name ?? automaticSnapshotName(from, startedAt)).toLowerCase();
  // Seeded backups finished long ago: a zero duration makes them `available` at once.
  const start = { name, source: spec.source, startedAt, durationMs: 0 };
  const group = db.groups.get(from);
  const node = db.clusters.get(from);
  if (group) db.snapshots.set(name, snapshotOfGroup(db, group, start));
  else if (node) db.snapshots.set(name, snapshotOfNode(db, node, start));
  else throw new Error(`snapshot ${name}: no cluster or replication group named ${from}`);
}

/** The default parameter group's name for an engine version: default.redis3.2, default.redis6.x, default.redis7. */
function parameterGroupName(engine: string, version: string, clusterOn: boolean): string {
  const [major = '0', minor = '0'] = version.split('.');
  const family = Number(major) >= 7 ? major : Number(major) === 6 ? '6.x' : `${major}.${minor}`;
  return `default.${engine}${family}${clusterOn ? '.cluster.on' : ''}`;
}
