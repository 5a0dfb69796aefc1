// @vitest-environment node
import {
  CreateCacheClusterCommand,
  CreateReplicationGroupCommand,
  DeleteReplicationGroupCommand,
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
} from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { onEmulatorClock, sdkClient } from '../../test/emulator';

/** Issue 13, items 6 and 7: endpoints shaped as the service's, and answers that show what exists at their moment. */
const client = sdkClient();
onEmulatorClock({ createDurationMs: 5_000 });

const group = async (id: string) =>
  (await client.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: id }))).ReplicationGroups?.[0];

describe('endpoints', () => {
  it('node, primary, reader and configuration endpoints have the service’s shapes', async () => {
    const replicated = await group('myreplicatedredis');
    const ng = replicated?.NodeGroups?.[0];
    expect(ng?.PrimaryEndpoint?.Address).toMatch(/^myreplicatedredis\.[a-z0-9]{6}\.ng\.0001\.use1\.cache\.amazonaws\.com$/);
    expect(ng?.ReaderEndpoint?.Address).toMatch(/^myreplicatedredis-ro\.[a-z0-9]{6}\.ng\.0001\.use1\.cache\.amazonaws\.com$/);
    expect(ng?.NodeGroupMembers?.[1]?.ReadEndpoint?.Address).toMatch(/^myreplicatedredis-002\.[a-z0-9]{6}\.0001\.use1\.cache\.amazonaws\.com$/);
    expect((await group('myclusteredredis'))?.ConfigurationEndpoint?.Address).toMatch(/^myclusteredredis\.[a-z0-9]{6}\.cfg\.use1\.cache\.amazonaws\.com$/);
    const [node] = (await client.send(new DescribeCacheClustersCommand({ CacheClusterId: 'mynonclusteredredis', ShowCacheNodeInfo: true }))).CacheClusters ?? [];
    expect(node?.CacheNodes?.[0]?.Endpoint?.Address).toMatch(/^mynonclusteredredis\.[a-z0-9]{6}\.0001\.use1\.cache\.amazonaws\.com$/);
  });
});

describe('answers at their moment (the CLI’s examples)', () => {
  it('CreateCacheCluster answers without a zone or create time yet', async () => {
    const out = await client.send(new CreateCacheClusterCommand({ CacheClusterId: 'fresh', CacheNodeType: 'cache.r6g.large' }));
    expect(out.CacheCluster?.CacheClusterStatus).toBe('creating');
    expect(out.CacheCluster).not.toHaveProperty('PreferredAvailabilityZone');
    expect(out.CacheCluster).not.toHaveProperty('CacheClusterCreateTime');
  });

  it('CreateReplicationGroup answers members but no node groups or endpoints; none while creating', async () => {
    const out = await client.send(
      new CreateReplicationGroupCommand({ ReplicationGroupId: 'fresh', ReplicationGroupDescription: 'f', CacheNodeType: 'cache.r6g.large', NumNodeGroups: 2 }),
    );
    expect(out.ReplicationGroup?.MemberClusters).toHaveLength(4);
    expect(out.ReplicationGroup).not.toHaveProperty('NodeGroups');
    expect(out.ReplicationGroup).not.toHaveProperty('ConfigurationEndpoint');
    expect(await group('fresh')).not.toHaveProperty('ConfigurationEndpoint');
  });

  it('DeleteReplicationGroup answers without members or node groups', async () => {
    const out = await client.send(new DeleteReplicationGroupCommand({ ReplicationGroupId: 'myreplicatedredis' }));
    expect(out.ReplicationGroup?.Status).toBe('deleting');
    expect(out.ReplicationGroup).not.toHaveProperty('MemberClusters');
    expect(out.ReplicationGroup).not.toHaveProperty('NodeGroups');
  });
});
