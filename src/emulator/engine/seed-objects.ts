import type { ExportPort } from './export-port';
import { faults } from './faults';
import type { WireRequest } from './export-plan';

/** What the S3 store said of a create request's SnapshotArns: the ARNs it has no object for. */
export interface SeedCheck {
  missing: string[];
}

/** `arn:aws:s3:::bucket/key.rdb` as bucket and key; undefined for anything else. */
export function s3Object(arn: string): { bucket: string; key: string } | undefined {
  const match = /^arn:aws:s3:::([^/]+)\/(.+)$/.exec(arn);
  return match?.[1] && match[2] ? { bucket: match[1], key: match[2] } : undefined;
}

/**
 * A create request's `SnapshotArns.SnapshotArn.N`, looked up in the store before the engine
 * handles it (S3 is reached asynchronously; the engine is not). Undefined for any other
 * request, or when the store can't hand objects back (the browser's memory).
 */
export async function seedCheck(exporter: ExportPort | undefined, { method, url, body }: WireRequest): Promise<SeedCheck | undefined> {
  const form = method.toUpperCase() === 'GET' ? new URL(url, 'http://localhost').searchParams : new URLSearchParams(body);
  const action = form.get('Action');
  if (!exporter?.read || (action !== 'CreateCacheCluster' && action !== 'CreateReplicationGroup')) return undefined;
  const arns = [...form.entries()].filter(([k]) => /^SnapshotArns\.SnapshotArn\.\d+$/.test(k)).map(([, v]) => v);
  const missing: string[] = [];
  for (const arn of arns) {
    const object = s3Object(arn);
    if (object && !(await exporter.read(object.bucket, object.key))) missing.push(arn);
  }
  return { missing };
}

/**
 * The request's SnapshotArns, checked: each one an S3 object ARN with no comma (botocore's
 * model, SnapshotArns) that the store holds. A missing object is InvalidParameterValue, the
 * model's fault for a bad parameter (CreateCacheCluster's and CreateReplicationGroup's errors).
 */
export function checkedSeedArns(arns: string[] | undefined, seeds: SeedCheck | undefined, max: number): string[] | undefined {
  if (!arns || arns.length === 0) return undefined;
  if (!seeds) {
    throw faults.invalidParameterValue(
      'SnapshotArns: seeding a cache from an .rdb object in Amazon S3 needs the HTTP service (npm run emulator) and its S3 store (--s3-endpoint or --s3-dir); this emulator has no S3 objects. Restore a backup with SnapshotName.',
    );
  }
  if (arns.length > max) throw faults.invalidParameterValue(`SnapshotArns must hold a single ARN here; got ${arns.length}.`);
  for (const arn of arns) {
    if (!s3Object(arn) || arn.includes(',')) {
      throw faults.invalidParameterValue(`Invalid SnapshotArn ${arn}: an Amazon S3 object ARN looks like arn:aws:s3:::my_bucket/snapshot1.rdb (no commas).`);
    }
  }
  const missing = seeds.missing[0];
  if (missing) throw faults.invalidParameterValue(`No object found in Amazon S3 for SnapshotArn ${missing}.`);
  return arns;
}
