// @vitest-environment node
import { CopySnapshotCommand, CreateCacheClusterCommand, DescribeEventsCommand, DescribeSnapshotsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutBucketAclCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMoto } from '../../contract/moto-server';
import { rejection } from '../../test/emulator';
import { createEngine } from '../engine/engine';
import { ELASTICACHE_CANONICAL_ID, placeholderRdb } from '../engine/export-port';
import { createEmulatorServer } from './http-server';
import { s3Export } from './s3-export';

/** Issue 15: CopySnapshot with TargetBucket writes into moto_server's S3, read back with the S3 API. */
let moto: { endpoint: string; process: ChildProcess };
let elasticache: ElastiCacheClient;
let s3: S3Client;
let server: Server;
// The emulator's clock, moved on by hand: an export is `exporting` for a backup's duration.
let clock = Date.parse('2026-11-25T12:00:00Z');
const grant = `id=${ELASTICACHE_CANONICAL_ID}`;

beforeAll(async () => {
  const { testEmulator } = await import('../../test/emulator');
  testEmulator.server.close();
  moto = await startMoto();
  server = createEmulatorServer(createEngine({ backupDurationMs: 60_000, now: () => clock, exporter: s3Export(moto.endpoint) }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const credentials = { accessKeyId: 'x', secretAccessKey: 'x' };
  elasticache = new ElastiCacheClient({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, region: 'us-east-1', credentials, maxAttempts: 1 });
  s3 = new S3Client({ endpoint: moto.endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
  await s3.send(new CreateBucketCommand({ Bucket: 'exports' }));
  await s3.send(new PutBucketAclCommand({ Bucket: 'exports', GrantRead: grant, GrantWrite: grant, GrantReadACP: grant }));
  await s3.send(new CreateBucketCommand({ Bucket: 'no-grant' }));
  await s3.send(new PutBucketAclCommand({ Bucket: 'no-grant', GrantWrite: grant }));
  await s3.send(new CreateBucketCommand({ Bucket: 'in-ireland', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
}, 60_000);
afterAll(() => {
  moto?.process.kill();
  server?.close();
});

const exportTo = (bucket: string, source: string, target: string) =>
  elasticache.send(new CopySnapshotCommand({ SourceSnapshotName: source, TargetSnapshotName: target, TargetBucket: bucket }));

describe('export to Amazon S3', () => {
  it('writes <name>-0001.rdb per shard into the bucket; the backup is exporting meanwhile', async () => {
    const { Snapshot } = await exportTo('exports', 'baseline-test-data', 'baseline-export');
    expect(Snapshot).toMatchObject({ SnapshotName: 'baseline-test-data', SnapshotStatus: 'exporting' });
    await exportTo('exports', 'myclusteredredis-before-upgrade', 'clustered-export');
    clock += 60_000;
    const listed = (await s3.send(new ListObjectsV2Command({ Bucket: 'exports' }))).Contents?.map((o) => o.Key);
    expect(listed).toEqual(['baseline-export-0001.rdb', 'clustered-export-0001.rdb', 'clustered-export-0002.rdb']);
    const body = await (await s3.send(new GetObjectCommand({ Bucket: 'exports', Key: 'baseline-export-0001.rdb' }))).Body?.transformToByteArray();
    // No data plane here: a valid RDB file with no keys.
    expect(new TextDecoder().decode(body?.slice(0, 9))).toBe('REDIS0009');
    const events = (await elasticache.send(new DescribeEventsCommand({ Duration: 10 }))).Events?.map((e) => e.Message);
    expect(events).toContain("Snapshot 'baseline-test-data' exported to Amazon S3 bucket 'exports'");
  });

  it('refuses with the messages botocore’s model lists for CopySnapshot', async () => {
    const refused = (bucket: string, source = 'baseline-test-data', target = 'again') => rejection(exportTo(bucket, source, target));
    expect(await refused('nowhere')).toMatchObject({ name: 'InvalidParameterValueException', message: 'The S3 bucket nowhere does not exist.' });
    expect(await refused('in-ireland')).toMatchObject({ message: 'The S3 bucket in-ireland is outside of the region.' });
    expect(await refused('no-grant')).toMatchObject({ message: 'ElastiCache has not been granted READ permissions no-grant on the S3 Bucket.' });
    await exportTo('exports', 'baseline-test-data', 'twice');
    expect(await refused('exports')).toMatchObject({ name: 'InvalidSnapshotStateFault' });
    clock += 60_000;
    expect(await refused('exports', 'baseline-test-data', 'twice')).toMatchObject({
      message: 'The S3 bucket exports already contains an object with key twice-0001.rdb.',
    });
    const automatic = (await elasticache.send(new DescribeSnapshotsCommand({ SnapshotSource: 'system' }))).Snapshots?.[0]?.SnapshotName ?? '';
    expect((await refused('exports', automatic)).message).toContain('is an automatic backup, which can\'t be exported: copy it first');
    expect(await refused('exports', 'nope')).toMatchObject({ name: 'SnapshotNotFoundFault' });
  });

  it('SnapshotArns: a new cache starts from an object of the bucket (without --data-plane, no data); a missing object is refused', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'exports', Key: 'seed/dump.rdb', Body: placeholderRdb() }));
    const create = (id: string, arn: string) =>
      elasticache.send(new CreateCacheClusterCommand({ CacheClusterId: id, CacheNodeType: 'cache.t3.small', Engine: 'redis', SnapshotArns: [arn] }));
    const { CacheCluster } = await create('seeded', 'arn:aws:s3:::exports/seed/dump.rdb');
    expect(CacheCluster).toMatchObject({ CacheClusterId: 'seeded', CacheClusterStatus: 'creating' });
    expect(await rejection(create('unseeded', 'arn:aws:s3:::exports/seed/missing.rdb'))).toMatchObject({
      name: 'InvalidParameterValueException',
      message: 'No object found in Amazon S3 for SnapshotArn arn:aws:s3:::exports/seed/missing.rdb.',
    });
  });
});
