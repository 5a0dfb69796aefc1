// @vitest-environment node
import { CopySnapshotCommand, CreateCacheClusterCommand, CreateReplicationGroupCommand, CreateSnapshotCommand } from '@aws-sdk/client-elasticache';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { availableGroup, availableSnapshot, fingerprint, writeKeys } from '../../test/data-plane-kit';
import { dataPlaneEmulator } from '../../test/data-plane-emulator';

/** `--data-plane` with the folder S3 store: SnapshotArns seed a new cache from an exported RDB object. */
const emulator = dataPlaneEmulator();

describe('--data-plane, SnapshotArns', () => {
  it('seeds a node, and a 2-shard group, from an exported .rdb object; a missing object is refused', async () => {
    await emulator.api().send(new CreateCacheClusterCommand({ CacheClusterId: 'source', CacheNodeType: 'cache.t3.small', Engine: 'redis' }));
    const source = await emulator.cache('source');
    const keys = await writeKeys(source, 500);
    const before = await fingerprint(source, keys);
    await emulator.api().send(new CreateSnapshotCommand({ CacheClusterId: 'source', SnapshotName: 'source-backup' }));
    await availableSnapshot(emulator.api(), 'source-backup');
    mkdirSync(join(emulator.s3Dir, 'my-bucket'), { recursive: true });
    await emulator.api().send(new CopySnapshotCommand({ SourceSnapshotName: 'source-backup', TargetSnapshotName: 'exported', TargetBucket: 'my-bucket' }));
    const arn = 'arn:aws:s3:::my-bucket/exported-0001.rdb';

    await expect(
      emulator.api().send(new CreateCacheClusterCommand({ CacheClusterId: 'no-object', CacheNodeType: 'cache.t3.small', Engine: 'redis', SnapshotArns: ['arn:aws:s3:::my-bucket/missing.rdb'] })),
    ).rejects.toMatchObject({ name: 'InvalidParameterValueException', message: expect.stringContaining('arn:aws:s3:::my-bucket/missing.rdb') });

    await emulator.api().send(new CreateCacheClusterCommand({ CacheClusterId: 'seeded', CacheNodeType: 'cache.t3.small', Engine: 'redis', SnapshotArns: [arn] }));
    expect(await fingerprint(await emulator.cache('seeded'), keys)).toEqual(before);

    await emulator.api().send(
      new CreateReplicationGroupCommand({ ReplicationGroupId: 'seeded-shards', ReplicationGroupDescription: 'seeded', ClusterMode: 'enabled', NumNodeGroups: 2, CacheNodeType: 'cache.t3.small', Engine: 'redis', SnapshotArns: [arn] }),
    );
    const config = (await availableGroup(emulator.api(), 'seeded-shards')).ConfigurationEndpoint;
    const cluster = await emulator.cluster(config?.Address ?? '', config?.Port ?? 0);
    expect(await fingerprint(cluster, keys)).toEqual(before);
    expect((await Promise.all(cluster.nodes('master').map((n) => n.dbsize()))).every((n) => n > 0)).toBe(true);
  }, 180_000);
});
