// @vitest-environment node
import { CreateCacheClusterCommand, CreateReplicationGroupCommand, DescribeCacheClustersCommand } from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { onEmulatorClock, rejection, sdkClient } from '../../test/emulator';

/** Cluster and replication group ids share one namespace: a restore can't reuse either. */
const client = sdkClient();

onEmulatorClock({ createDurationMs: 8_000 });

describe('ids a cluster or a replication group already uses', () => {
  it('CreateCacheCluster refuses an existing cluster id and an existing replication group id', async () => {
    expect(await rejection(client.send(new CreateCacheClusterCommand({ CacheClusterId: 'MyNonClusteredRedis', SnapshotName: 'baseline-test-data' })))).toMatchObject({
      name: 'CacheClusterAlreadyExistsFault',
      status: 400,
    });
    expect(await rejection(client.send(new CreateCacheClusterCommand({ CacheClusterId: 'myreplicatedredis', SnapshotName: 'baseline-test-data' })))).toMatchObject({
      name: 'CacheClusterAlreadyExistsFault',
      status: 400,
    });
    const all = (await client.send(new DescribeCacheClustersCommand({}))).CacheClusters ?? [];
    expect(all.filter((c) => c.CacheClusterId === 'myreplicatedredis')).toHaveLength(0);
  });

  it('CreateReplicationGroup refuses an existing group id and an id a cluster or member node uses', async () => {
    const create = (ReplicationGroupId: string) =>
      rejection(client.send(new CreateReplicationGroupCommand({ ReplicationGroupId, ReplicationGroupDescription: 'x', CacheNodeType: 'cache.m3.large' })));
    for (const id of ['myreplicatedredis', 'mynonclusteredredis', 'myreplicatedredis-002']) {
      expect(await create(id), id).toMatchObject({ name: 'ReplicationGroupAlreadyExistsFault', status: 400 });
    }
  });
});
