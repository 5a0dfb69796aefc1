// @vitest-environment node
import {
  CreateSnapshotCommand,
  DeleteCacheClusterCommand,
  DeleteReplicationGroupCommand,
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
  DescribeSnapshotsCommand,
} from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { later, onEmulatorClock, rejection, sdkClient } from '../../test/emulator';

/** DeleteCacheCluster and DeleteReplicationGroup, with and without a final backup. */
const client = sdkClient();

onEmulatorClock({ backupDurationMs: 10_000, deleteDurationMs: 2_000 });

const snapshots = async () => (await client.send(new DescribeSnapshotsCommand({}))).Snapshots ?? [];
const clusterIds = async () =>
  ((await client.send(new DescribeCacheClustersCommand({}))).CacheClusters ?? []).map((c) => c.CacheClusterId);
const groupIds = async () =>
  ((await client.send(new DescribeReplicationGroupsCommand({}))).ReplicationGroups ?? []).map((g) => g.ReplicationGroupId);

describe('DeleteCacheCluster', () => {
  it('takes the final backup, is deleting, then gone; the backup stays with the cluster name', async () => {
    const out = await client.send(
      new DeleteCacheClusterCommand({ CacheClusterId: 'myNonClusteredRedis', FinalSnapshotIdentifier: 'Final-Bkup' }),
    );
    expect(out.CacheCluster).toMatchObject({ CacheClusterId: 'mynonclusteredredis', CacheClusterStatus: 'deleting' });
    expect((await snapshots()).find((s) => s.SnapshotName === 'final-bkup')).toMatchObject({ SnapshotStatus: 'creating' });
    later(10_000);
    expect(await clusterIds()).toContain('mynonclusteredredis');
    later(2_000);
    expect(await clusterIds()).not.toContain('mynonclusteredredis');
    const kept = (await client.send(new DescribeSnapshotsCommand({ CacheClusterId: 'mynonclusteredredis' }))).Snapshots;
    expect(kept?.map((s) => [s.SnapshotName, s.SnapshotStatus, s.SnapshotSource])).toEqual([
      ['baseline-test-data', 'available', 'manual'],
      ['final-bkup', 'available', 'manual'],
    ]);
  });

  it.each([
    [{ CacheClusterId: 'nope' }, 'CacheClusterNotFoundFault', 404],
    [{ CacheClusterId: 'myLegacyRedis', FinalSnapshotIdentifier: 'last' }, 'SnapshotFeatureNotSupportedFault', 400],
    [{ CacheClusterId: 'myMemcached', FinalSnapshotIdentifier: 'last' }, 'SnapshotFeatureNotSupportedFault', 400],
    [{ CacheClusterId: 'myNonClusteredRedis', FinalSnapshotIdentifier: 'baseline-test-data' }, 'SnapshotAlreadyExistsFault', 400],
    [{ CacheClusterId: 'myNonClusteredRedis', FinalSnapshotIdentifier: 'ends-' }, 'InvalidParameterValueException', 400],
    [{ CacheClusterId: 'myIsolatedRedis' }, 'InvalidCacheClusterStateFault', 400],
    [{ CacheClusterId: 'myReplicatedRedis-001' }, 'InvalidParameterValueException', 400],
    [{ CacheClusterId: 'myReplicatedRedis-002', FinalSnapshotIdentifier: 'x' }, 'InvalidParameterCombinationException', 400],
  ])('rejects %j with %s and changes nothing', async (input, name, status) => {
    const before = await clusterIds();
    expect(await rejection(client.send(new DeleteCacheClusterCommand(input)))).toMatchObject({ name, status });
    expect(await clusterIds()).toEqual(before);
    expect(await snapshots()).toHaveLength(4);
  });

  it('refuses a cluster that is snapshotting', async () => {
    await client.send(new CreateSnapshotCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: 'running' }));
    expect(await rejection(client.send(new DeleteCacheClusterCommand({ CacheClusterId: 'myNonClusteredRedis' })))).toMatchObject({
      name: 'InvalidCacheClusterStateFault',
    });
  });

  it('deletes a read replica on its own; the group keeps its other members', async () => {
    await client.send(new DeleteCacheClusterCommand({ CacheClusterId: 'myReplicatedRedis-003' }));
    later(2_000);
    const [group] = (await client.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: 'myreplicatedredis' })))
      .ReplicationGroups ?? [];
    expect(group?.MemberClusters).toEqual(['myreplicatedredis-001', 'myreplicatedredis-002']);
  });

  it('refuses the last read replica of a group, even while another is still being deleted', async () => {
    await client.send(new DeleteCacheClusterCommand({ CacheClusterId: 'myReplicatedRedis-003' }));
    expect(await rejection(client.send(new DeleteCacheClusterCommand({ CacheClusterId: 'myReplicatedRedis-002' })))).toMatchObject({
      name: 'InvalidParameterValueException',
      status: 400,
      message: expect.stringContaining('last read replica of replication group myreplicatedredis'),
    });
    later(2_000);
    expect(await clusterIds()).toContain('myreplicatedredis-002');
  });
});

describe('DeleteReplicationGroup', () => {
  it('takes the final backup from the primary; automatic backups go, manual ones stay', async () => {
    await client.send(
      new DeleteReplicationGroupCommand({ ReplicationGroupId: 'myReplicatedRedis', FinalSnapshotIdentifier: 'replicated-final' }),
    );
    const final = (await snapshots()).find((s) => s.SnapshotName === 'replicated-final');
    expect(final).toMatchObject({ CacheClusterId: 'myreplicatedredis-001', ReplicationGroupId: 'myreplicatedredis' });
    later(12_000);
    expect(await groupIds()).not.toContain('myreplicatedredis');
    expect(await clusterIds()).not.toContain('myreplicatedredis-002');
    const left = await snapshots();
    expect(left.filter((s) => s.ReplicationGroupId === 'myreplicatedredis').map((s) => s.SnapshotName)).toEqual(['replicated-final']);
  });

  it('deletes a cluster mode enabled group with a final backup of every shard', async () => {
    const out = await client.send(
      new DeleteReplicationGroupCommand({ ReplicationGroupId: 'myClusteredRedis', FinalSnapshotIdentifier: 'clustered-final' }),
    );
    expect(out.ReplicationGroup?.Status).toBe('deleting');
    later(12_000);
    const final = (await snapshots()).find((s) => s.SnapshotName === 'clustered-final');
    expect(final?.NodeSnapshots?.map((n) => n.NodeGroupId)).toEqual(['0001', '0002']);
    expect(await groupIds()).toEqual(['myfailoverredis', 'myreplicatedredis']);
  });

  it('keeps the primary as a standalone cluster with RetainPrimaryCluster', async () => {
    await client.send(new DeleteReplicationGroupCommand({ ReplicationGroupId: 'myReplicatedRedis', RetainPrimaryCluster: true }));
    later(2_000);
    expect((await clusterIds()).filter((id) => id?.startsWith('myreplicatedredis'))).toEqual(['myreplicatedredis-001']);
  });

  it.each([
    [{ ReplicationGroupId: 'nope' }, 'ReplicationGroupNotFoundFault', 404],
    [{ ReplicationGroupId: 'myClusteredRedis', RetainPrimaryCluster: true }, 'InvalidParameterCombinationException', 400],
    [{ ReplicationGroupId: 'myClusteredRedis', FinalSnapshotIdentifier: '9lives' }, 'InvalidParameterValueException', 400],
  ])('rejects %j with %s', async (input, name, status) => {
    expect(await rejection(client.send(new DeleteReplicationGroupCommand(input)))).toMatchObject({ name, status });
    expect(await groupIds()).toHaveLength(3);
  });
});
