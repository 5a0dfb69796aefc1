import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { s3Object } from '../engine/seed-objects';
import type { CachePlan } from './cache-plan';
import type { SnapshotFiles } from './rdb-files';

/** The S3 store's objects, by bucket and key (export-port.ts, read). */
export type ObjectSource = (bucket: string, key: string) => Promise<Uint8Array | undefined>;

/**
 * The RDB files a new cache starts from: its backup's, or its SnapshotArns objects' bytes
 * written into `dir` (removed once the cache runs). None for an empty cache.
 */
export async function seedFiles(plan: CachePlan, files: SnapshotFiles, dir: string, objects: ObjectSource | undefined): Promise<string[]> {
  const from = plan.restoreFrom;
  if (from) return Array.from({ length: from.files }, (_, i) => files.file(from.name, i));
  if (!plan.seedObjects || !objects) return [];
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [i, arn] of plan.seedObjects.entries()) {
    const object = s3Object(arn);
    const bytes = object && (await objects(object.bucket, object.key));
    // Checked when the cache was created; deleted since.
    if (!bytes) throw new Error(`the S3 object ${arn} is gone`);
    const file = join(dir, `${i + 1}.rdb`);
    writeFileSync(file, bytes);
    written.push(file);
  }
  return written;
}
