// @vitest-environment node
import { CopySnapshotCommand, CreateCacheClusterCommand, CreateSnapshotCommand, DeleteCacheClusterCommand } from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { availableSnapshot, fingerprint, portClosed, writeKeys } from '../../test/data-plane-kit';
import { dataPlaneEmulator } from '../../test/data-plane-emulator';

/** `--data-plane`, single-node caches: the HTTP service, real servers, a real client. */
const emulator = dataPlaneEmulator();

const create = (id: string, SnapshotName?: string) =>
  emulator.api().send(new CreateCacheClusterCommand({ CacheClusterId: id, Engine: 'redis', CacheNodeType: 'cache.t3.small', SnapshotName }));

describe('--data-plane, a single-node cache', () => {
  it('backs up 1,000 keys, loses them, and restores every key, type, value and TTL into a new cache', async () => {
    await create('loop-source');
    const source = await emulator.cache('loop-source');
    expect(source.options.host).toBe('127.0.0.1');
    const keys = await writeKeys(source, 1000);
    const before = await fingerprint(source, keys);

    await emulator.api().send(new CreateSnapshotCommand({ CacheClusterId: 'loop-source', SnapshotName: 'loop-baseline' }));
    const backup = await availableSnapshot(emulator.api(), 'loop-baseline');
    expect(backup.NodeSnapshots?.[0]?.CacheSize).toMatch(/^0\.\d+ MB$/);
    await source.flushall();
    expect(await source.dbsize()).toBe(0);

    await create('loop-restored', 'loop-baseline');
    const restored = await emulator.cache('loop-restored');
    expect(await restored.dbsize()).toBe(1000);
    expect(await fingerprint(restored, keys)).toEqual(before);
  }, 120_000);

  it('deletes a cache with a final backup holding its data, and stops its server', async () => {
    await create('final-source');
    const source = await emulator.cache('final-source');
    const keys = await writeKeys(source, 200, 'final');
    const before = await fingerprint(source, keys);
    const port = source.options.port ?? 0;

    await emulator.api().send(new DeleteCacheClusterCommand({ CacheClusterId: 'final-source', FinalSnapshotIdentifier: 'final-backup' }));
    await availableSnapshot(emulator.api(), 'final-backup');
    await emulator.idle();
    expect(await portClosed(port)).toBe(true);

    await create('final-restored', 'final-backup');
    expect(await fingerprint(await emulator.cache('final-restored'), keys)).toEqual(before);
  }, 120_000);

  it('copies a backup\'s files: a restore from the copy has the data', async () => {
    await create('copy-source');
    const source = await emulator.cache('copy-source');
    const keys = await writeKeys(source, 100, 'copy');
    const before = await fingerprint(source, keys);
    await emulator.api().send(new CreateSnapshotCommand({ CacheClusterId: 'copy-source', SnapshotName: 'copy-original' }));
    await availableSnapshot(emulator.api(), 'copy-original');
    await emulator.api().send(new CopySnapshotCommand({ SourceSnapshotName: 'copy-original', TargetSnapshotName: 'copy-copy' }));
    const copy = await availableSnapshot(emulator.api(), 'copy-copy');
    expect(copy.NodeSnapshots?.[0]?.CacheSize).toMatch(/^0\.\d+ MB$/);

    await create('copy-restored', 'copy-copy');
    expect(await fingerprint(await emulator.cache('copy-restored'), keys)).toEqual(before);
  }, 120_000);
});
