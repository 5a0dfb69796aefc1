// @vitest-environment node
import { CopySnapshotCommand, CreateCacheClusterCommand, DeleteSnapshotCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { later, onEmulatorClock, rejection, sdkClient } from '../../test/emulator';

/** CopySnapshot and DeleteSnapshot through the real SDK client. */
const client = sdkClient();

onEmulatorClock({ backupDurationMs: 10_000, createDurationMs: 8_000, deleteDurationMs: 2_000 });

const copy = (SourceSnapshotName: string, TargetSnapshotName: string) =>
  client.send(new CopySnapshotCommand({ SourceSnapshotName, TargetSnapshotName }));
const remove = (SnapshotName: string) => client.send(new DeleteSnapshotCommand({ SnapshotName }));
const status = async (name: string) =>
  (await client.send(new DescribeSnapshotsCommand({ SnapshotName: name }))).Snapshots?.[0]?.SnapshotStatus;
const names = async () => (await client.send(new DescribeSnapshotsCommand({}))).Snapshots?.map((s) => s.SnapshotName);

describe('CopySnapshot', () => {
  it('copies: the copy is creating and the source copying, then both available', async () => {
    const out = await copy('baseline-test-data', 'Baseline-Copy');
    expect(out.Snapshot).toMatchObject({
      SnapshotName: 'baseline-copy',
      SnapshotStatus: 'creating',
      SnapshotSource: 'manual',
      CacheClusterId: 'mynonclusteredredis',
      EngineVersion: '3.2.4',
      CacheNodeType: 'cache.m3.2xlarge',
    });
    expect(await status('baseline-test-data')).toBe('copying');
    later(10_000);
    expect(await status('baseline-test-data')).toBe('available');
    expect(await status('baseline-copy')).toBe('available');
  });

  it('makes a manual backup of an automatic one, which then outlives the retention limit', async () => {
    const [auto] = (await client.send(new DescribeSnapshotsCommand({ SnapshotSource: 'system' }))).Snapshots ?? [];
    const source = auto?.SnapshotName ?? '';
    expect((await copy(source, 'kept-forever')).Snapshot?.SnapshotSource).toBe('manual');
    later(40 * 24 * 3_600_000);
    const left = await names();
    expect(left).toContain('kept-forever');
    expect(left).not.toContain(source);
  });

  it.each([
    ['an invalid target name', 'baseline-test-data', 'bad--name', 'InvalidParameterValueException', 400],
    ['an unknown source', 'no-such-backup', 'x1', 'SnapshotNotFoundFault', 404],
    ['a target that exists (any case)', 'baseline-test-data', 'MyClusteredRedis-Before-Upgrade', 'SnapshotAlreadyExistsFault', 400],
  ])('rejects %s', async (_what, source, target, name, httpStatus) => {
    expect(await rejection(copy(source, target))).toMatchObject({ name, status: httpStatus });
    expect(await names()).toHaveLength(4);
  });

  it('rejects a source that is not available (InvalidSnapshotState)', async () => {
    await copy('baseline-test-data', 'first-copy');
    expect(await rejection(copy('first-copy', 'second-copy'))).toMatchObject({
      name: 'InvalidSnapshotStateFault',
      message: expect.stringContaining('creating') as string,
    });
    expect(await rejection(copy('baseline-test-data', 'third-copy'))).toMatchObject({ name: 'InvalidSnapshotStateFault' });
  });
});

describe('DeleteSnapshot', () => {
  it('deletes a manual backup: deleting, then gone', async () => {
    expect((await remove('Baseline-Test-Data')).Snapshot).toMatchObject({ SnapshotName: 'baseline-test-data', SnapshotStatus: 'deleting' });
    expect(await status('baseline-test-data')).toBe('deleting');
    later(2_000);
    expect(await rejection(status('baseline-test-data'))).toMatchObject({ name: 'SnapshotNotFoundFault', status: 404 });
  });

  it('deletes an automatic backup too', async () => {
    const [auto] = (await client.send(new DescribeSnapshotsCommand({ SnapshotSource: 'system' }))).Snapshots ?? [];
    expect((await remove(auto?.SnapshotName ?? '')).Snapshot?.SnapshotStatus).toBe('deleting');
  });

  it('rejects an unknown name, and a backup still creating, copying or deleting', async () => {
    expect(await rejection(remove('nope'))).toMatchObject({ name: 'SnapshotNotFoundFault', status: 404 });
    await copy('baseline-test-data', 'a-copy');
    expect(await rejection(remove('a-copy'))).toMatchObject({ name: 'InvalidSnapshotStateFault', status: 400 });
    expect(await rejection(remove('baseline-test-data'))).toMatchObject({ message: expect.stringContaining('copying') as string });
    later(10_000);
    await remove('a-copy');
    expect(await rejection(remove('a-copy'))).toMatchObject({ message: expect.stringContaining('deleting') as string });
  });

  it('rejects a backup being restored into a new cluster, and deletes it once the cluster is available', async () => {
    await client.send(new CreateCacheClusterCommand({ CacheClusterId: 'restored', SnapshotName: 'baseline-test-data' }));
    expect(await rejection(remove('baseline-test-data'))).toMatchObject({
      name: 'InvalidSnapshotStateFault',
      status: 400,
      message: expect.stringContaining('restoring') as string,
    });
    expect(await status('baseline-test-data')).toBe('restoring');
    later(8_000);
    expect((await remove('baseline-test-data')).Snapshot?.SnapshotStatus).toBe('deleting');
  });
});
