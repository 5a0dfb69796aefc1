// @vitest-environment node
import {
  CreateCacheClusterCommand,
  CreateReplicationGroupCommand,
  CreateSnapshotCommand,
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
  DescribeSnapshotsCommand,
  type CreateCacheClusterCommandInput,
} from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { later, onEmulatorClock, rejection, sdkClient, testEmulator } from '../../test/emulator';

/** CreateCacheCluster / CreateReplicationGroup, with and without SnapshotName (restore). */
const client = sdkClient();

onEmulatorClock({ createDurationMs: 8_000 });

const cluster = async (id: string) =>
  (await client.send(new DescribeCacheClustersCommand({ CacheClusterId: id, ShowCacheNodeInfo: true }))).CacheClusters?.[0];
const snapshotStatus = async (name: string) =>
  (await client.send(new DescribeSnapshotsCommand({ SnapshotName: name }))).Snapshots?.[0]?.SnapshotStatus;

describe('restore into a new cluster', () => {
  it('restores the baseline: creating (backup restoring), then available with the backup’s engine, node type and data', async () => {
    const out = await client.send(new CreateCacheClusterCommand({ CacheClusterId: 'Test-Run-1', SnapshotName: 'baseline-test-data' }));
    expect(out.CacheCluster).toMatchObject({ CacheClusterId: 'test-run-1', CacheClusterStatus: 'creating' });
    expect(await snapshotStatus('baseline-test-data')).toBe('restoring');
    later(8_000);
    expect(await cluster('test-run-1')).toMatchObject({
      CacheClusterStatus: 'available',
      Engine: 'redis',
      EngineVersion: '3.2.4',
      CacheNodeType: 'cache.m3.2xlarge',
    });
    expect(await snapshotStatus('baseline-test-data')).toBe('available');
    // The restored data is what a new backup of it holds.
    testEmulator.engine.settings.backupDurationMs = 0;
    const copy = await client.send(new CreateSnapshotCommand({ CacheClusterId: 'test-run-1', SnapshotName: 'of-restore' }));
    expect(copy.Snapshot?.NodeSnapshots?.[0]?.CacheSize).toBe('3 MB');
  });

  it('restores a cluster mode enabled backup into a group with its shards', async () => {
    const out = await client.send(
      new CreateReplicationGroupCommand({
        ReplicationGroupId: 'clustered-copy',
        ReplicationGroupDescription: 'restored',
        SnapshotName: 'myclusteredredis-before-upgrade',
      }),
    );
    expect(out.ReplicationGroup).toMatchObject({ Status: 'creating', ClusterEnabled: true });
    expect(out.ReplicationGroup?.CacheNodeType).toBe('cache.r3.large');
    later(8_000);
    const [group] = (await client.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: 'clustered-copy' }))).ReplicationGroups ?? [];
    expect(group?.Status).toBe('available');
    expect(group?.NodeGroups?.map((ng) => ng.NodeGroupId)).toEqual(['0001', '0002']);
  });

  it('restores a cluster mode enabled backup into one shard, still cluster mode enabled, when NumNodeGroups is 1', async () => {
    const out = await client.send(
      new CreateReplicationGroupCommand({ ReplicationGroupId: 'one-shard', ReplicationGroupDescription: 'restored', SnapshotName: 'myclusteredredis-before-upgrade', NumNodeGroups: 1 }),
    );
    expect(out.ReplicationGroup).toMatchObject({ ClusterEnabled: true, MemberClusters: ['one-shard-0001-001', 'one-shard-0001-002'] });
  });

  it('creates without a backup: a cluster mode disabled group with replicas', async () => {
    const out = await client.send(
      new CreateReplicationGroupCommand({
        ReplicationGroupId: 'fresh',
        ReplicationGroupDescription: 'new',
        NumCacheClusters: 3,
        CacheNodeType: 'cache.r6g.large',
        Engine: 'redis',
      }),
    );
    expect(out.ReplicationGroup?.MemberClusters).toEqual(['fresh-001', 'fresh-002', 'fresh-003']);
    expect(out.ReplicationGroup?.ClusterEnabled).toBe(false);
  });

  it.each<[string, CreateCacheClusterCommandInput, string, number]>([
    ['a name that exists', { CacheClusterId: 'MyNonClusteredRedis', SnapshotName: 'baseline-test-data' }, 'CacheClusterAlreadyExistsFault', 400],
    ['a bad cluster name', { CacheClusterId: '1st', SnapshotName: 'baseline-test-data' }, 'InvalidParameterValueException', 400],
    ['an unknown backup', { CacheClusterId: 'x1', SnapshotName: 'nope' }, 'SnapshotNotFoundFault', 404],
    ['a cluster mode enabled backup', { CacheClusterId: 'x1', SnapshotName: 'myclusteredredis-before-upgrade' }, 'InvalidParameterValueException', 400],
    ['no node type and no backup', { CacheClusterId: 'x1', Engine: 'redis' }, 'InvalidParameterValueException', 400],
    ['Redis with 2 nodes', { CacheClusterId: 'x1', CacheNodeType: 'cache.m5.large', NumCacheNodes: 2 }, 'InvalidParameterValueException', 400],
    ['another engine than the backup', { CacheClusterId: 'x1', SnapshotName: 'baseline-test-data', Engine: 'memcached' }, 'InvalidParameterCombinationException', 400],
  ])('CreateCacheCluster rejects %s', async (_what, input, name, status) => {
    expect(await rejection(client.send(new CreateCacheClusterCommand(input)))).toMatchObject({ name, status });
    expect(await rejection(cluster('x1'))).toMatchObject({ name: 'CacheClusterNotFoundFault' });
  });

  it('CreateReplicationGroup rejects a group that exists, and a backup that is not available', async () => {
    const input = { ReplicationGroupId: 'myClusteredRedis', ReplicationGroupDescription: 'd', SnapshotName: 'baseline-test-data' };
    expect(await rejection(client.send(new CreateReplicationGroupCommand(input)))).toMatchObject({
      name: 'ReplicationGroupAlreadyExistsFault',
    });
    await client.send(new CreateCacheClusterCommand({ CacheClusterId: 'r1', SnapshotName: 'baseline-test-data' }));
    expect(
      await rejection(client.send(new CreateReplicationGroupCommand({ ...input, ReplicationGroupId: 'other' }))),
    ).toMatchObject({ name: 'InvalidSnapshotStateFault', message: expect.stringContaining('restoring') as string });
  });
});

describe('automated backups expire with their retention limit', () => {
  it('drops the clustered group’s automatic backup after 1 day, never the manual ones', async () => {
    const all = async () => (await client.send(new DescribeSnapshotsCommand({}))).Snapshots ?? [];
    const names = async () => (await all()).map((s) => s.SnapshotName);
    expect(await names()).toHaveLength(4);
    // Taken as its window opened (10:00 UTC), kept 1 day (its SnapshotRetentionLimit) from then.
    const seeded = (await all()).find((s) => s.SnapshotName?.startsWith('automatic.myclusteredredis'));
    const taken = seeded?.NodeSnapshots?.[0]?.SnapshotCreateTime?.getTime() ?? NaN;
    expect(new Date(taken).toISOString().slice(11, 16)).toBe('10:00');
    later(taken + 24 * 3_600_000 - Date.now() - 1);
    expect(await names()).toContain(seeded?.SnapshotName);
    later(2);
    const left = await names();
    expect(left).not.toContain(seeded?.SnapshotName);
    expect(left).toEqual(expect.arrayContaining(['baseline-test-data', 'myclusteredredis-before-upgrade']));
    later(365 * 24 * 3_600_000);
    // A year on: the seeded automatic backups are long gone; the daily ones (issue 15) within retention remain.
    const year = (await names()).filter((n) => !n?.includes('-2027-11-2'));
    expect(year).toEqual(['baseline-test-data', 'myclusteredredis-before-upgrade']);
  });
});
