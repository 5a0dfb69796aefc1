// @vitest-environment node
import {
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
  ModifyCacheClusterCommand,
  ModifyReplicationGroupCommand,
} from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { later, onEmulatorClock, rejection, sdkClient } from '../../test/emulator';

/** Issue 15: backup settings through ModifyReplicationGroup and ModifyCacheCluster. */
const client = sdkClient();
onEmulatorClock({ modifyDurationMs: 5_000 });

const groupStatus = async (id: string) =>
  (await client.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: id }))).ReplicationGroups?.[0];
const cluster = async (id: string) => (await client.send(new DescribeCacheClustersCommand({ CacheClusterId: id }))).CacheClusters?.[0];

describe('ModifyReplicationGroup', () => {
  it('sets retention, window and the snapshotting node; modifying for a while, then available', async () => {
    const { ReplicationGroup } = await client.send(
      new ModifyReplicationGroupCommand({
        ReplicationGroupId: 'myFailoverRedis',
        SnapshotRetentionLimit: 7,
        SnapshotWindow: '03:00-04:00',
        SnapshottingClusterId: 'myNonClusteredRedis-001',
        ApplyImmediately: true,
      }),
    );
    expect(ReplicationGroup).toMatchObject({
      Status: 'modifying',
      SnapshotRetentionLimit: 7,
      SnapshotWindow: '03:00-04:00',
      SnapshottingClusterId: 'mynonclusteredredis-001',
      PendingModifiedValues: {},
    });
    expect((await cluster('myNonClusteredRedis-002'))?.SnapshotRetentionLimit).toBe(7);
    later(5_000);
    expect((await groupStatus('myFailoverRedis'))?.Status).toBe('available');
  });

  it.each([
    [{ SnapshotRetentionLimit: 36 }, 'InvalidParameterValueException', 'SnapshotRetentionLimit must be between 0 and 35; got 36.'],
    [{ SnapshotWindow: '3:00-04:00' }, 'InvalidParameterValueException', 'Invalid SnapshotWindow: 3:00-04:00. The format is hh24:mi-hh24:mi.'],
    [{ SnapshotWindow: '03:00-03:30' }, 'InvalidParameterValueException', 'The snapshot window must be at least 60 minutes: 03:00-03:30.'],
    [
      { SnapshotWindow: '07:00-08:00' },
      'InvalidParameterValueException',
      'The snapshot window 07:00-08:00 overlaps the maintenance window wed:07:30-wed:08:30.',
    ],
    [{ SnapshottingClusterId: 'myReplicatedRedis-001' }, 'InvalidParameterValueException', 'Cache cluster myreplicatedredis-001 is not a member of replication group myfailoverredis.'],
    [{ SnapshottingClusterId: 'nope' }, 'CacheClusterNotFoundFault', 'CacheCluster not found: nope'],
    [{ CacheNodeType: 'cache.r6g.xlarge' }, 'InvalidParameterValueException', 'Changing CacheNodeType (to cache.r6g.xlarge) is not supported by this emulator.'],
    [{ UserGroupIdsToAdd: ['ug1'] }, 'UserGroupNotFoundFault', 'User group ug1 not found.'],
  ])('refuses %o with the service’s fault', async (change, name, message) => {
    const failure = await rejection(client.send(new ModifyReplicationGroupCommand({ ReplicationGroupId: 'myFailoverRedis', ...change })));
    expect(failure).toMatchObject({ name, message });
  });

  it('refuses a snapshotting node on a cluster mode enabled group, an unknown group, and one that is busy', async () => {
    expect(await rejection(client.send(new ModifyReplicationGroupCommand({ ReplicationGroupId: 'myClusteredRedis', SnapshottingClusterId: 'myClusteredRedis-0001-001' })))).toMatchObject({
      name: 'InvalidParameterCombinationException',
    });
    expect(await rejection(client.send(new ModifyReplicationGroupCommand({ ReplicationGroupId: 'nope', SnapshotRetentionLimit: 1 })))).toMatchObject({
      name: 'ReplicationGroupNotFoundFault',
      status: 404,
    });
    await client.send(new ModifyReplicationGroupCommand({ ReplicationGroupId: 'myFailoverRedis', ReplicationGroupDescription: 'first' }));
    expect(await rejection(client.send(new ModifyReplicationGroupCommand({ ReplicationGroupId: 'myFailoverRedis', SnapshotRetentionLimit: 2 })))).toMatchObject({
      name: 'InvalidReplicationGroupStateFault',
      message: 'Replication group myfailoverredis is not in available state (current status: modifying).',
    });
  });
});

describe('ModifyCacheCluster', () => {
  it('sets a standalone cluster’s backup settings; modifying, then available', async () => {
    const { CacheCluster } = await client.send(
      new ModifyCacheClusterCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotRetentionLimit: 3, SnapshotWindow: '22:00-23:30', ApplyImmediately: false }),
    );
    expect(CacheCluster).toMatchObject({ CacheClusterStatus: 'modifying', SnapshotRetentionLimit: 3, SnapshotWindow: '22:00-23:30' });
    later(5_000);
    expect((await cluster('myNonClusteredRedis'))?.CacheClusterStatus).toBe('available');
  });

  it('changes a Memcached cluster’s maintenance window, which has no snapshot window to clash with', async () => {
    const { CacheCluster } = await client.send(new ModifyCacheClusterCommand({ CacheClusterId: 'myMemcached', PreferredMaintenanceWindow: 'sun:00:00-sun:23:00' }));
    expect(CacheCluster).toMatchObject({ PreferredMaintenanceWindow: 'sun:00:00-sun:23:00', CacheClusterStatus: 'modifying' });
  });

  it.each([
    ['myMemcached', { SnapshotRetentionLimit: 1 }, 'InvalidParameterCombinationException'],
    ['myLegacyRedis', { SnapshotRetentionLimit: 1 }, 'InvalidParameterCombinationException'],
    ['myReplicatedRedis-002', { SnapshotWindow: '01:00-02:00' }, 'InvalidParameterCombinationException'],
    ['myNonClusteredRedis', { NumCacheNodes: 2 }, 'InvalidParameterValueException'],
    ['myNonClusteredRedis', { CacheSecurityGroupNames: ['sg'] }, 'CacheSecurityGroupNotFound'],
    ['nope', { SnapshotRetentionLimit: 1 }, 'CacheClusterNotFound'],
  ])('refuses %s with %o', async (id, change, name) => {
    const failure = await rejection(client.send(new ModifyCacheClusterCommand({ CacheClusterId: id, ...change })));
    expect(failure.name).toMatch(name);
  });
});
