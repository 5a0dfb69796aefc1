import {
  GetBucketAclCommand,
  GetBucketLocationCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { ELASTICACHE_CANONICAL_ID, type ExportPort } from '../engine/export-port';
import { rdbBytes } from './rdb-source';

const notFound = (e: unknown) => e instanceof S3ServiceException && (e.$metadata.httpStatusCode === 404 || e.name === 'NoSuchBucket' || e.name === 'NotFound');

/**
 * Exports through the S3 API (`--s3-endpoint`, e.g. moto_server): the bucket's region from
 * GetBucketLocation, ElastiCache's permissions from the bucket ACL's grants to its
 * canonical user (as the service checks them), existing keys by HeadObject, then PutObject.
 */
export function s3Export(endpoint: string, dataDir?: string): ExportPort {
  const s3 = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'emulator', secretAccessKey: 'emulator' },
  });
  return {
    describe: `the S3 API at ${endpoint}`,
    async check(bucket, keys) {
      let region: string;
      try {
        // No LocationConstraint means us-east-1 (S3 API reference, GetBucketLocation).
        region = (await s3.send(new GetBucketLocationCommand({ Bucket: bucket }))).LocationConstraint || 'us-east-1';
      } catch (error) {
        if (notFound(error)) return { bucket, exists: false, grants: [], existingKeys: [] };
        throw error;
      }
      const acl = await s3.send(new GetBucketAclCommand({ Bucket: bucket }));
      const grants = (acl.Grants ?? []).filter((g) => g.Grantee?.ID === ELASTICACHE_CANONICAL_ID).flatMap((g) => g.Permission ?? []);
      const existingKeys: string[] = [];
      for (const key of keys) {
        try {
          await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
          existingKeys.push(key);
        } catch (error) {
          if (!notFound(error)) throw error;
        }
      }
      return { bucket, exists: true, region, grants, existingKeys };
    },
    async write(bucket, objects) {
      for (const o of objects) await s3.send(new PutObjectCommand({ Bucket: bucket, Key: o.key, Body: rdbBytes(dataDir, o) }));
    },
    async read(bucket, key) {
      try {
        return await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body?.transformToByteArray();
      } catch (error) {
        if (notFound(error) || (error instanceof S3ServiceException && error.name === 'NoSuchKey')) return undefined;
        throw error;
      }
    },
  };
}
