import { describe, expect, it } from 'vitest';
import { cliCommand } from './aws-cli';
import { exportBlocker, exportObjectUrls, s3BucketNameSchema } from './backup-export';
import { exportSnapshotRequest } from './requests';

describe('export to Amazon S3', () => {
  it('prints the AWS docs command: copy-snapshot with --target-bucket', () => {
    expect(cliCommand(exportSnapshotRequest('my-backup', 'my-export', 'my-elasticache-backups'), 'unix')).toBe(
      'aws elasticache copy-snapshot \\\n    --source-snapshot-name my-backup \\\n    --target-snapshot-name my-export \\\n    --target-bucket my-elasticache-backups',
    );
  });

  it('names one object per shard, lowercase, as s3:// addresses', () => {
    expect(exportObjectUrls('b1', 'My-Export', 1)).toEqual(['s3://b1/my-export-0001.rdb']);
    expect(exportObjectUrls('b1', 'x', 3)).toEqual(['s3://b1/x-0001.rdb', 's3://b1/x-0002.rdb', 's3://b1/x-0003.rdb']);
  });

  it('refuses an automatic backup with the reason (copy it first), never a manual one', () => {
    expect(exportBlocker({ name: 'automatic.c1-2026-11-26-08-30', type: 'automatic' })).toMatch(/copy it first/);
    expect(exportBlocker({ name: 'mine', type: 'manual' })).toBeNull();
  });

  it.each([
    ['my-elasticache-backups', true],
    ['a.b-c', true],
    ['ab', false],
    ['a'.repeat(64), false],
    ['My-Bucket', false],
    ['-bucket', false],
    ['bucket.', false],
    ['my_bucket', false],
    ['bucket..x', false],
    ['192.168.1.1', false],
    ['192.168.1.1.x', true],
    ['xn--bucket', false],
    ['my-bucket-s3alias', false],
    ['my.bucket.name', true],
  ])('bucket name %s valid: %s', (name, valid) => {
    expect(s3BucketNameSchema.safeParse(name).success).toBe(valid);
  });
});
