import type { Backup } from './backup';
import { z } from './zod';

/**
 * Export to Amazon S3 (CopySnapshot with TargetBucket), AWS docs "Exporting a backup":
 * the objects are `<TargetSnapshotName>-0001.rdb`, one per shard; an automatic backup
 * can't be exported (copy it first, then export the copy).
 */
export function exportKeys(target: string, shards: number): string[] {
  return Array.from({ length: shards }, (_, i) => `${target}-${String(i + 1).padStart(4, '0')}.rdb`);
}

/** Where an export puts its objects, as `s3://bucket/key` (the service stores the name lowercase). */
export function exportObjectUrls(bucket: string, target: string, shards: number): string[] {
  return exportKeys(target.toLowerCase(), shards).map((key) => `s3://${bucket}/${key}`);
}

/** Why the backup can't be exported, or null when it can. */
export function exportBlocker(backup: Pick<Backup, 'name' | 'type'>): string | null {
  return backup.type === 'automatic'
    ? `${backup.name} is an automatic backup, which can't be exported: copy it first, then export the copy.`
    : null;
}

/**
 * An S3 bucket's name (Amazon S3 User Guide, "General purpose bucket naming rules"): 3–63
 * characters; lowercase letters, numbers, dots and hyphens; a letter or number at each end;
 * no two adjacent periods; not an IP address; none of the prefixes and suffixes S3 reserves.
 */
export const s3BucketNameSchema = z
  .string()
  .min(3, 'Bucket names must be at least 3 characters long.')
  .max(63, 'Bucket names can be at most 63 characters long.')
  .regex(/^[a-z0-9.-]*$/, 'Bucket names can contain only lowercase letters, numbers, dots (.) and hyphens (-).')
  .regex(/^([a-z0-9].*[a-z0-9]|[a-z0-9]?)$/, 'Bucket names must begin and end with a letter or number.')
  .refine((name) => !name.includes('..'), 'Bucket names must not contain two adjacent periods.')
  .refine((name) => !/^\d+\.\d+\.\d+\.\d+$/.test(name), 'Bucket names must not be formatted as an IP address (for example, 192.168.5.4).')
  .refine((name) => !/^(xn--|sthree-|amzn-s3-demo-)/.test(name), 'Bucket names must not start with xn--, sthree- or amzn-s3-demo-.')
  .refine((name) => !/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name), 'Bucket names must not end with -s3alias, --ol-s3, .mrap, --x-s3 or --table-s3.');
