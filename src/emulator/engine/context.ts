import type { Params } from './query-protocol';
import type { Db } from './records';
import type { BucketCheck } from './export-port';
import type { SeedCheck } from './seed-objects';
import type { EngineSettings } from './timing';

export interface EngineContext {
  db: Db;
  settings: EngineSettings;
  /** The request's time: one reading per request keeps every status in it consistent. */
  now: number;
  /** CopySnapshot with TargetBucket: what the export store said of the bucket (export-port.ts). */
  bucket?: BucketCheck;
  /** CreateCacheCluster / CreateReplicationGroup with SnapshotArns: what the S3 store holds (seed-objects.ts). */
  seeds?: SeedCheck;
}

/** An Action: reads parameters, returns the content of its `<ActionResult>` element. */
export type Action = (ctx: EngineContext, params: Params) => object;
