// @vitest-environment node
import { CreateSnapshotCommand, DescribeCacheClustersCommand, DescribeReplicationGroupsCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { later, onEmulatorClock, rejection, sdkClient, T0, testEmulator } from '../../test/emulator';

/** CreateSnapshot through the real SDK client, against the emulator behind msw. */
const client = sdkClient();

onEmulatorClock({ backupDurationMs: 10_000 });

const create = (input: { CacheClusterId?: string; ReplicationGroupId?: string; SnapshotName: string }) =>
  client.send(new CreateSnapshotCommand(input));
const clusterStatus = async (id: string) =>
  (await client.send(new DescribeCacheClustersCommand({ CacheClusterId: id }))).CacheClusters?.[0]?.CacheClusterStatus;
const groupStatus = async (id: string) =>
  (await client.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: id }))).ReplicationGroups?.[0]?.Status;
const snapshot = async (name: string) =>
  (await client.send(new DescribeSnapshotsCommand({ SnapshotName: name }))).Snapshots?.[0];

describe('CreateSnapshot: the three kinds of the seed', () => {
  it('backs up a cluster without replicas: every field of the seed example 1 output', async () => {
    const out = await create({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: 'bkup-20150515' });
    expect(out.Snapshot).toMatchObject({
      Engine: 'redis',
      CacheParameterGroupName: 'default.redis3.2',
      VpcId: 'vpc-91280df6',
      CacheClusterId: 'mynonclusteredredis',
      SnapshotRetentionLimit: 0,
      NumCacheNodes: 1,
      SnapshotName: 'bkup-20150515',
      CacheClusterCreateTime: new Date('2017-01-12T18:59:48.048Z'),
      AutoMinorVersionUpgrade: true,
      PreferredAvailabilityZone: 'us-east-1c',
      SnapshotStatus: 'creating',
      SnapshotSource: 'manual',
      SnapshotWindow: '08:30-09:30',
      EngineVersion: '3.2.4',
      NodeSnapshots: [{ CacheSize: '', CacheNodeId: '0001', CacheNodeCreateTime: new Date('2017-01-12T18:59:48.048Z') }],
      CacheSubnetGroupName: 'default',
      Port: 6379,
      PreferredMaintenanceWindow: 'wed:07:30-wed:08:30',
      CacheNodeType: 'cache.m3.2xlarge',
    });
    expect(await clusterStatus('mynonclusteredredis')).toBe('snapshotting');

    later(10_000);
    expect(await clusterStatus('mynonclusteredredis')).toBe('available');
    const done = await snapshot('bkup-20150515');
    expect(done?.SnapshotStatus).toBe('available');
    expect(done?.NodeSnapshots?.[0]).toMatchObject({ CacheSize: '3 MB', SnapshotCreateTime: new Date(T0 + 10_000) });
  });

  it('gives SnapshotCreateTime to the second, as the CLI examples show it', async () => {
    later(250);
    await create({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: 'at-a-fraction' });
    later(10_000);
    const time = (await snapshot('at-a-fraction'))?.NodeSnapshots?.[0]?.SnapshotCreateTime;
    expect(time).toEqual(new Date(T0 + 10_000));
  });

  it('backs up one node of a cluster with replicas; the node and its group are snapshotting', async () => {
    const out = await create({ CacheClusterId: 'myReplicatedRedis-002', SnapshotName: 'bkup-replica' });
    expect(out.Snapshot).toMatchObject({
      CacheClusterId: 'myreplicatedredis-002',
      NumCacheNodes: 1,
      NodeSnapshots: [{ CacheNodeId: '0001', CacheSize: '' }],
    });
    // A node backup carries no group fields, as none of AWS's examples of node backups do (issue 13).
    expect(out.Snapshot).not.toHaveProperty('ReplicationGroupId');
    expect(out.Snapshot).not.toHaveProperty('NumNodeGroups');
    expect(out.Snapshot).not.toHaveProperty('AutomaticFailover');
    expect(await clusterStatus('myreplicatedredis-002')).toBe('snapshotting');
    expect(await clusterStatus('myreplicatedredis-001')).toBe('available');
    expect(await groupStatus('myreplicatedredis')).toBe('snapshotting');
    later(10_000);
    expect(await groupStatus('myreplicatedredis')).toBe('available');
    expect(await clusterStatus('myreplicatedredis-002')).toBe('available');
  });

  it('backs up a cluster-mode-enabled group: every field of the seed example 2 output', async () => {
    const out = await create({ ReplicationGroupId: 'myClusteredRedis', SnapshotName: 'bkup-20150515' });
    expect(out.Snapshot).toMatchObject({
      Engine: 'redis',
      CacheParameterGroupName: 'default.redis3.2.cluster.on',
      VpcId: 'vpc-91280df6',
      NodeSnapshots: [
        { CacheSize: '', NodeGroupId: '0001' },
        { CacheSize: '', NodeGroupId: '0002' },
      ],
      NumNodeGroups: 2,
      SnapshotName: 'bkup-20150515',
      ReplicationGroupId: 'myclusteredredis',
      AutoMinorVersionUpgrade: true,
      SnapshotRetentionLimit: 1,
      AutomaticFailover: 'enabled',
      SnapshotStatus: 'creating',
      SnapshotSource: 'manual',
      SnapshotWindow: '10:00-11:00',
      EngineVersion: '3.2.4',
      CacheSubnetGroupName: 'default',
      ReplicationGroupDescription: '2 shards 2 nodes each',
      Port: 6379,
      PreferredMaintenanceWindow: 'sat:03:30-sat:04:30',
      CacheNodeType: 'cache.r3.large',
    });
    expect(await groupStatus('myclusteredredis')).toBe('snapshotting');
    later(10_000);
    expect(await groupStatus('myclusteredredis')).toBe('available');
    const done = await snapshot('bkup-20150515');
    expect(done?.NodeSnapshots?.map((n) => n.CacheSize)).toEqual(['8 MB', '8 MB']);
  });
});

describe('CreateSnapshot: faults, with the model wire codes and statuses', () => {
  it.each([
    [{ CacheClusterId: 'mynonclusteredredis', ReplicationGroupId: 'myclusteredredis', SnapshotName: 'x' }, 'InvalidParameterCombinationException', 400],
    [{ SnapshotName: 'x' }, 'InvalidParameterValueException', 400],
    [{ CacheClusterId: 'mynonclusteredredis', SnapshotName: 'bad--name' }, 'InvalidParameterValueException', 400],
    [{ CacheClusterId: 'mynonclusteredredis', SnapshotName: 'a'.repeat(41) }, 'InvalidParameterValueException', 400],
    [{ CacheClusterId: 'mynonclusteredredis', SnapshotName: '<script>' }, 'InvalidParameterValueException', 400],
    [{ CacheClusterId: 'nope', SnapshotName: 'x' }, 'CacheClusterNotFoundFault', 404],
    [{ ReplicationGroupId: 'nope', SnapshotName: 'x' }, 'ReplicationGroupNotFoundFault', 404],
    [{ CacheClusterId: 'mylegacyredis', SnapshotName: 'x' }, 'SnapshotFeatureNotSupportedFault', 400],
    [{ CacheClusterId: 'mymemcached', SnapshotName: 'x' }, 'SnapshotFeatureNotSupportedFault', 400],
    [{ CacheClusterId: 'myisolatedredis', SnapshotName: 'x' }, 'InvalidCacheClusterStateFault', 400],
    [{ CacheClusterId: 'myclusteredredis-0001-002', SnapshotName: 'x' }, 'InvalidParameterValueException', 400],
    [{ CacheClusterId: 'mynonclusteredredis', SnapshotName: 'Baseline-Test-Data' }, 'SnapshotAlreadyExistsFault', 400],
  ])('%j fails with %s (HTTP %i)', async (input, name, status) => {
    expect(await rejection(create(input as { SnapshotName: string }))).toMatchObject({ name, status });
  });

  it('sends the wire codes of the model, not the SDK names', async () => {
    const response = await fetch(`${testEmulator.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=CreateSnapshot&Version=2015-02-02&CacheClusterId=nope&SnapshotName=x',
    });
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(
      /^<ErrorResponse xmlns="http:\/\/elasticache.amazonaws.com\/doc\/2015-02-02\/"><Error><Type>Sender<\/Type><Code>CacheClusterNotFound<\/Code><Message>.+<\/Message><\/Error><RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/,
    );
  });

  it('stores names lowercase and matches them without regard to case', async () => {
    const out = await create({ CacheClusterId: 'MYNONCLUSTEREDREDIS', SnapshotName: 'Bkup-1' });
    expect(out.Snapshot?.SnapshotName).toBe('bkup-1');
    later(10_000);
    expect(await rejection(create({ CacheClusterId: 'mynonclusteredredis', SnapshotName: 'BKUP-1' }))).toMatchObject({
      name: 'SnapshotAlreadyExistsFault',
    });
  });

  it('refuses a second backup while the node or its group is snapshotting', async () => {
    await create({ CacheClusterId: 'myreplicatedredis-002', SnapshotName: 'first' });
    expect(await rejection(create({ CacheClusterId: 'myreplicatedredis-002', SnapshotName: 'second' }))).toMatchObject({
      name: 'InvalidCacheClusterStateFault',
    });
    expect(await rejection(create({ CacheClusterId: 'myreplicatedredis-003', SnapshotName: 'second' }))).toMatchObject({
      name: 'InvalidReplicationGroupStateFault',
    });
    await create({ ReplicationGroupId: 'myclusteredredis', SnapshotName: 'third' });
    expect(await rejection(create({ ReplicationGroupId: 'myclusteredredis', SnapshotName: 'fourth' }))).toMatchObject({
      name: 'InvalidReplicationGroupStateFault',
    });
  });

  it('allows 20 manual backups per node in 24 hours, then SnapshotQuotaExceededFault', async () => {
    for (let i = 1; i <= 20; i++) {
      await create({ CacheClusterId: 'mynonclusteredredis', SnapshotName: `quota-${i}` });
      later(10_000);
    }
    expect(await rejection(create({ CacheClusterId: 'mynonclusteredredis', SnapshotName: 'quota-21' }))).toMatchObject({
      name: 'SnapshotQuotaExceededFault',
    });
    later(24 * 3_600_000);
    await expect(create({ CacheClusterId: 'mynonclusteredredis', SnapshotName: 'quota-21' })).resolves.toBeDefined();
  });

  it('counts the quota over all the nodes of a cluster with replicas (3 nodes: 60)', async () => {
    testEmulator.engine.settings.backupDurationMs = 0;
    for (let i = 1; i <= 60; i++) {
      await create({ CacheClusterId: `myreplicatedredis-00${(i % 3) + 1}`, SnapshotName: `q-${i}` });
    }
    expect(await rejection(create({ CacheClusterId: 'myreplicatedredis-002', SnapshotName: 'q-61' }))).toMatchObject({
      name: 'SnapshotQuotaExceededFault',
    });
  });
});
