import type { Params } from './query-protocol';
import type { Db } from './records';
import type { BucketCheck } from './export-port';
import type { EngineSettings } from './timing';

export interface EngineContext {
  db: Db;
  settings: EngineSettings;
  /** The request's time: one reading per request keeps every status in it consistent. */
  now: number;
  /** CopySnapshot with TargetBucket: what the export store said of the bucket (export-port.ts). */
  bucket?: BucketCheck;
}

/** An Action: reads parameters, returns the content of its `<ActionResult>` element. */
export type Action = (ctx: EngineContext, params: Params) => object;
