import type { z } from 'zod';
import { DEFAULT_ENGINE_VERSION, ENGINE_VERSIONS, isEngine, isOfferedVersion, type CacheEngine } from '../../domain/engines';
import { isNodeType, NODE_TYPE_EXAMPLE } from '../../domain/node-types';
import { addCluster } from './cluster-factory';
import type { EngineContext } from './context';
import type { ClusterSpec } from './dataset';
import { optionsParams } from './create-options';
import { faults } from './faults';
import type { Params } from './query-protocol';
import type { SnapshotRecord } from './records';
import { snapshotStatus } from './timing';

/** Parameters CreateCacheCluster and CreateReplicationGroup share, with the service's checks. */

/** An identifier checked against its naming rule (the same zod schema the console uses). */
export function checkedId(params: Params, parameter: string, schema: z.ZodType<string>): string {
  const value = params.required(parameter);
  const result = schema.safeParse(value);
  if (!result.success) {
    throw faults.invalidParameterValue(`Invalid ${parameter} "${value}": ${result.error.issues.map((i) => i.message).join(' ')}`);
  }
  return value.toLowerCase();
}

/**
 * Whether `id` is taken: cluster ids (standalone clusters and the member nodes of groups,
 * `<group>-001`…) and replication group ids are one namespace. The model's
 * CacheClusterAlreadyExistsFault reads "You already have a cluster with the given identifier"
 * (botocore elasticache 2015-02-02 service-2.json), and the ElastiCache console and User Guide
 * call a replication group a cluster: an id a group has is an id a cluster has.
 */
export function idInUse({ db }: EngineContext, id: string): boolean {
  return db.clusters.has(id) || db.groups.has(id);
}

/** The backup named by SnapshotName (a restore): it must exist and be `available`. */
export function backupToRestore({ db, now }: EngineContext, params: Params): SnapshotRecord | undefined {
  const requested = params.string('SnapshotName');
  if (requested === undefined) return undefined;
  if (params.string('SnapshotArns.SnapshotArn.1')) {
    throw faults.invalidParameterCombination('Specify either SnapshotName or SnapshotArns, not both.');
  }
  const name = requested.toLowerCase();
  const backup = db.snapshots.get(name);
  if (!backup) throw faults.snapshotNotFound(name);
  const status = snapshotStatus(db, backup, now);
  if (status !== 'available') throw faults.invalidSnapshotState(name, status);
  return backup;
}

/** The engine; a restore keeps the backup's (a Valkey backup restores as Valkey). */
export function engineParam(params: Params, backup: SnapshotRecord | undefined): CacheEngine {
  const engine = params.string('Engine')?.toLowerCase() ?? backup?.engine ?? 'redis';
  if (!isEngine(engine)) throw faults.invalidParameterValue(`Invalid Engine: ${engine}. Valid values are redis, valkey, memcached.`);
  if (backup && engine !== backup.engine) {
    throw faults.invalidParameterCombination(`Snapshot ${backup.name} is a ${backup.engine} backup and can't be restored as ${engine}.`);
  }
  return engine;
}

/** One of the versions the service offers for the engine (DescribeCacheEngineVersions). */
export function engineVersionParam(params: Params, engine: CacheEngine, backup: SnapshotRecord | undefined): string {
  const version = params.string('EngineVersion') ?? backup?.engineVersion ?? DEFAULT_ENGINE_VERSION[engine];
  if (!isOfferedVersion(engine, version)) {
    throw faults.invalidParameterCombination(
      `Cannot find version ${version} for ${engine}. Versions offered: ${ENGINE_VERSIONS[engine].join(', ')}.`,
    );
  }
  return version;
}

/** The node type; a restore defaults to the backup's. */
export function nodeTypeParam(params: Params, backup: SnapshotRecord | undefined): string {
  const nodeType = params.string('CacheNodeType') ?? backup?.nodeType;
  if (nodeType === undefined) throw faults.invalidParameterValue('The parameter CacheNodeType must be provided.');
  if (!isNodeType(nodeType)) {
    throw faults.invalidParameterValue(`Invalid CacheNodeType: ${nodeType}. Node types look like ${NODE_TYPE_EXAMPLE}.`);
  }
  return nodeType;
}

export function integerParam(params: Params, name: string, min: number, max: number): number | undefined {
  const value = params.integer(name);
  if (value !== undefined && (value < min || value > max)) {
    throw faults.invalidParameterValue(`${name} must be between ${min} and ${max}; got ${value}.`);
  }
  return value;
}

/** The backup's data, per shard: the restored cluster holds what the backup held. */
export function restoredSizes(backup: SnapshotRecord | undefined, shards: number): number[] | undefined {
  if (!backup) return undefined;
  const sizes = backup.nodeSnapshots.map((n) => n.sizeMb);
  if (sizes.length === shards) return sizes;
  const total = sizes.reduce((a, b) => a + b, 0);
  return Array.from({ length: shards }, () => Math.round((total / shards) * 10) / 10);
}

/** The spec fields every new cluster takes from the request (or the backup it restores). */
export function commonSpec(params: Params, engine: CacheEngine, backup: SnapshotRecord | undefined) {
  const engineVersion = engineVersionParam(params, engine, backup);
  return {
    engine,
    nodeType: nodeTypeParam(params, backup),
    engineVersion,
    dataSizeMb: 0,
    ...optionsParams(params, engine, engineVersion),
  };
}

/** Adds the cluster `creating` from now, holding the restored backup's data. */
export function provision(ctx: EngineContext, spec: ClusterSpec, backup: SnapshotRecord | undefined, shards: number, seedObjects?: string[]): void {
  addCluster(ctx.db, spec, {
    createdAt: ctx.now,
    provisionMs: ctx.settings.createDurationMs,
    restoredFrom: backup?.name,
    seedObjects,
    shardSizesMb: restoredSizes(backup, shards),
  });
}
