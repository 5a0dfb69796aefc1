// @vitest-environment node
import { DescribeCacheClustersCommand, DescribeReplicationGroupsCommand, DescribeSnapshotsCommand, paginateDescribeCacheClusters } from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { resetEmulator, sdkClient, testEmulator } from '../../test/emulator';

const client = sdkClient();
const failureOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: { name: string }) => e.name);
const manySingles = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ kind: 'single' as const, id: `redis-${String(i + 1).padStart(3, '0')}` }));

describe('DescribeCacheClusters', () => {
  it('pages with MaxRecords and Marker, 100 by default, so 250 clusters take 3 pages', async () => {
    resetEmulator({ dataset: { clusters: manySingles(250) } });
    const first = await client.send(new DescribeCacheClustersCommand({}));
    expect(first.CacheClusters).toHaveLength(100);
    expect(first.Marker).toBeTruthy();
    const ids: string[] = [];
    for await (const page of paginateDescribeCacheClusters({ client, pageSize: 20 }, {})) {
      ids.push(...(page.CacheClusters ?? []).map((c) => c.CacheClusterId ?? ''));
    }
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
  });

  it.each([19, 101])('rejects MaxRecords %i', async (MaxRecords) => {
    expect(await failureOf(client.send(new DescribeCacheClustersCommand({ MaxRecords })))).toBe('InvalidParameterValueException');
  });

  it('rejects a marker it did not issue', async () => {
    expect(await failureOf(client.send(new DescribeCacheClustersCommand({ Marker: 'garbage' })))).toBe(
      'InvalidParameterValueException',
    );
  });

  it('shows nodes only with ShowCacheNodeInfo, and finds one cluster by id in any case', async () => {
    const plain = await client.send(new DescribeCacheClustersCommand({ CacheClusterId: 'myNonClusteredRedis' }));
    expect(plain.CacheClusters?.[0]?.CacheNodes).toBeUndefined();
    const withNodes = await client.send(
      new DescribeCacheClustersCommand({ CacheClusterId: 'mymemcached', ShowCacheNodeInfo: true }),
    );
    const cluster = withNodes.CacheClusters?.[0];
    expect(cluster).toMatchObject({ Engine: 'memcached', NumCacheNodes: 2, CacheClusterStatus: 'available' });
    expect(cluster?.CacheNodes?.map((n) => n.CacheNodeId)).toEqual(['0001', '0002']);
    expect(cluster?.CacheNodes?.[0]?.Endpoint?.Port).toBe(11211);
    expect(cluster?.CacheParameterGroup?.CacheParameterGroupName).toBe('default.memcached1.4');
    expect(cluster?.SecurityGroups?.[0]?.Status).toBe('active');
  });

  it('lists clusters outside replication groups with ShowCacheClustersNotInReplicationGroups', async () => {
    const out = await client.send(new DescribeCacheClustersCommand({ ShowCacheClustersNotInReplicationGroups: true }));
    expect(out.CacheClusters?.map((c) => c.CacheClusterId).sort()).toEqual([
      'myisolatedredis',
      'mylegacyredis',
      'mymemcached',
      'mynonclusteredredis',
    ]);
  });

  it('answers CacheClusterNotFound for an unknown id', async () => {
    expect(await failureOf(client.send(new DescribeCacheClustersCommand({ CacheClusterId: 'nope' })))).toBe(
      'CacheClusterNotFoundFault',
    );
  });
});

describe('DescribeReplicationGroups', () => {
  it('describes a cluster-mode-disabled group: members, roles, SnapshottingClusterId', async () => {
    const out = await client.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: 'myreplicatedredis' }));
    const group = out.ReplicationGroups?.[0];
    expect(group).toMatchObject({
      ReplicationGroupId: 'myreplicatedredis',
      Status: 'available',
      ClusterEnabled: false,
      MemberClusters: ['myreplicatedredis-001', 'myreplicatedredis-002', 'myreplicatedredis-003'],
      SnapshottingClusterId: 'myreplicatedredis-003',
      AutomaticFailover: 'enabled',
    });
    expect(group?.NodeGroups?.[0]?.NodeGroupMembers?.map((m) => [m.CacheClusterId, m.CurrentRole])).toEqual([
      ['myreplicatedredis-001', 'primary'],
      ['myreplicatedredis-002', 'replica'],
      ['myreplicatedredis-003', 'replica'],
    ]);
  });

  it('describes a cluster-mode-enabled group: shards with slots and members', async () => {
    const out = await client.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: 'MyClusteredRedis' }));
    const group = out.ReplicationGroups?.[0];
    expect(group?.ClusterEnabled).toBe(true);
    expect(group?.Description).toBe('2 shards 2 nodes each');
    expect(group?.NodeGroups?.map((g) => [g.NodeGroupId, g.Slots, g.NodeGroupMembers?.length])).toEqual([
      ['0001', '0-8191', 2],
      ['0002', '8192-16383', 2],
    ]);
    expect(group?.ConfigurationEndpoint?.Port).toBe(6379);
  });

  it('pages 100 by default and answers ReplicationGroupNotFoundFault for an unknown id', async () => {
    resetEmulator({ dataset: { clusters: Array.from({ length: 120 }, (_, i) => ({ kind: 'clustered' as const, id: `c${i}`, shards: 1, replicasPerShard: 0 })) } });
    const first = await client.send(new DescribeReplicationGroupsCommand({}));
    expect(first.ReplicationGroups).toHaveLength(100);
    const second = await client.send(new DescribeReplicationGroupsCommand({ Marker: first.Marker }));
    expect(second.ReplicationGroups).toHaveLength(20);
    expect(second.Marker).toBeUndefined();
    expect(await failureOf(client.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: 'nope' })))).toBe(
      'ReplicationGroupNotFoundFault',
    );
  });
});

describe('DescribeSnapshots', () => {
  it('lists the seeded backups, manual and automated, and filters by source', async () => {
    const all = await client.send(new DescribeSnapshotsCommand({}));
    expect(all.Snapshots?.map((s) => s.SnapshotSource).sort()).toEqual(['automated', 'automated', 'manual', 'manual']);
    const user = await client.send(new DescribeSnapshotsCommand({ SnapshotSource: 'user' }));
    expect(user.Snapshots?.map((s) => s.SnapshotName).sort()).toEqual(['baseline-test-data', 'myclusteredredis-before-upgrade']);
    const system = await client.send(new DescribeSnapshotsCommand({ SnapshotSource: 'system' }));
    expect(system.Snapshots?.every((s) => s.SnapshotName?.startsWith('automatic.'))).toBe(true);
    expect(await failureOf(client.send(new DescribeSnapshotsCommand({ SnapshotSource: 'manual' })))).toBe(
      'InvalidParameterValueException',
    );
  });

  it('filters by cluster, group and name; unknown names and clusters are faults', async () => {
    const byCluster = await client.send(new DescribeSnapshotsCommand({ CacheClusterId: 'myNonClusteredRedis' }));
    expect(byCluster.Snapshots?.map((s) => s.SnapshotName)).toEqual(['baseline-test-data']);
    const byGroup = await client.send(new DescribeSnapshotsCommand({ ReplicationGroupId: 'myclusteredredis', ShowNodeGroupConfig: true }));
    expect(byGroup.Snapshots).toHaveLength(2);
    expect(byGroup.Snapshots?.[0]?.NodeSnapshots?.[0]?.NodeGroupConfiguration?.Slots).toBe('0-8191');
    expect(await failureOf(client.send(new DescribeSnapshotsCommand({ SnapshotName: 'nope' })))).toBe('SnapshotNotFoundFault');
    expect(await failureOf(client.send(new DescribeSnapshotsCommand({ CacheClusterId: 'nope' })))).toBe('CacheClusterNotFoundFault');
  });

  it('pages 50 by default, 20 to 50', async () => {
    resetEmulator({
      dataset: {
        clusters: [{ kind: 'single', id: 'src' }],
        snapshots: Array.from({ length: 75 }, (_, i) => ({ name: `s${i}`, from: 'src' })),
      },
    });
    const first = await client.send(new DescribeSnapshotsCommand({}));
    expect(first.Snapshots).toHaveLength(50);
    const second = await client.send(new DescribeSnapshotsCommand({ Marker: first.Marker }));
    expect(second.Snapshots).toHaveLength(25);
    expect(await failureOf(client.send(new DescribeSnapshotsCommand({ MaxRecords: 51 })))).toBe('InvalidParameterValueException');
  });
});

describe('the wire', () => {
  it('answers the GET form of the seed and unknown actions with InvalidAction', async () => {
    const get = await fetch(`${testEmulator.endpoint}/?Action=DescribeSnapshots&SnapshotName=baseline-test-data&Version=2015-02-02`);
    const text = await get.text();
    expect(text).toContain('<DescribeSnapshotsResponse xmlns="http://elasticache.amazonaws.com/doc/2015-02-02/"><DescribeSnapshotsResult><Snapshots><Snapshot><SnapshotName>baseline-test-data</SnapshotName>');
    expect(text).toContain('<NodeSnapshots><NodeSnapshot>');
    expect(text).toMatch(/<ResponseMetadata><RequestId>[0-9a-f-]{36}<\/RequestId><\/ResponseMetadata><\/DescribeSnapshotsResponse>$/);
    const bad = await fetch(`${testEmulator.endpoint}/`, { method: 'POST', body: 'Action=Nope&Version=2015-02-02' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('<Code>InvalidAction</Code>');
  });
});
