import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_PERMISSIONS, type ExportPort } from '../engine/export-port';
import { rdbBytes } from './rdb-source';

/**
 * Exports into a local folder when no S3 endpoint is given (`--s3-dir`, default
 * `<data dir>/s3`): each subfolder is a bucket in us-east-1 that grants ElastiCache what
 * it needs (a folder has no ACL); a missing subfolder is a missing bucket.
 */
export function folderExport(root: string, dataDir?: string): ExportPort {
  // Nothing is made up front: a bucket is a subfolder someone made.
  const safe = (name: string) => /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) && !name.includes('..');
  return {
    describe: `the folder ${root}`,
    check(bucket, keys) {
      const exists = safe(bucket) && existsSync(join(root, bucket));
      return Promise.resolve({
        bucket,
        exists,
        region: 'us-east-1',
        grants: [...EXPORT_PERMISSIONS],
        existingKeys: exists ? keys.filter((k) => existsSync(join(root, bucket, k))) : [],
      });
    },
    write(bucket, objects) {
      for (const o of objects) writeFileSync(join(root, bucket, o.key), rdbBytes(dataDir, o));
      return Promise.resolve();
    },
    read(bucket, key) {
      const file = join(root, bucket, key);
      const inside = safe(bucket) && !key.split('/').includes('..');
      return Promise.resolve(inside && existsSync(file) ? readFileSync(file) : undefined);
    },
  };
}
