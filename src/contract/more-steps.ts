import {
  AddTagsToResourceCommand,
  CreateCacheClusterCommand,
  CreateReplicationGroupCommand,
  CreateSnapshotCommand,
  DescribeCacheClustersCommand,
  DescribeServiceUpdatesCommand,
  ListTagsForResourceCommand,
  RemoveTagsFromResourceCommand,
  type ElastiCacheClient,
} from '@aws-sdk/client-elasticache';

/**
 * Issue 13's calls, run after the base scenario: create parameters echoed, failover
 * defaults, Valkey, tags by ARN, and an operation the emulator doesn't implement.
 */
const arn = (kind: string, id: string) => `arn:aws:elasticache:us-east-1:123456789012:${kind}:${id}`;

export const moreSteps: [string, (c: ElastiCacheClient) => Promise<unknown>][] = [
  [
    'create-cache-cluster with zone, window and port',
    async (c) => {
      await c.send(
        new CreateCacheClusterCommand({
          CacheClusterId: 'asked', Engine: 'redis', CacheNodeType: 'cache.r6g.large', PreferredAvailabilityZone: 'us-east-1a',
          PreferredMaintenanceWindow: 'sun:05:00-sun:06:00', Port: 6380,
        }),
      );
      const [x] = (await c.send(new DescribeCacheClustersCommand({ CacheClusterId: 'asked', ShowCacheNodeInfo: true }))).CacheClusters ?? [];
      return { az: x?.PreferredAvailabilityZone, window: x?.PreferredMaintenanceWindow, port: x?.CacheNodes?.[0]?.Endpoint?.Port };
    },
  ],
  [
    'create-replication-group: failover off unless asked',
    async (c) => {
      const out = await c.send(
        new CreateReplicationGroupCommand({ ReplicationGroupId: 'nofailover', ReplicationGroupDescription: 'd', NumCacheClusters: 2, CacheNodeType: 'cache.r6g.large' }),
      );
      return { failover: out.ReplicationGroup?.AutomaticFailover, multiAz: out.ReplicationGroup?.MultiAZ };
    },
  ],
  [
    'create-replication-group --engine valkey',
    async (c) => {
      const out = await c.send(
        new CreateReplicationGroupCommand({ ReplicationGroupId: 'vk', ReplicationGroupDescription: 'd', NumCacheClusters: 2, Engine: 'valkey', CacheNodeType: 'cache.r7g.large' }),
      );
      return out.ReplicationGroup?.Engine;
    },
  ],
  [
    'create-snapshot with tags, then list-tags-for-resource',
    async (c) => {
      await c.send(new CreateSnapshotCommand({ ReplicationGroupId: 'myClusteredRedis', SnapshotName: 'tagged', Tags: [{ Key: 'team', Value: 'qa' }] }));
      return (await c.send(new ListTagsForResourceCommand({ ResourceName: arn('snapshot', 'tagged') }))).TagList;
    },
  ],
  [
    'add-tags-to-resource, remove-tags-from-resource on a group',
    async (c) => {
      const group = arn('replicationgroup', 'myreplicatedredis');
      await c.send(new AddTagsToResourceCommand({ ResourceName: group, Tags: [{ Key: 'env', Value: 'dev' }, { Key: 'team', Value: 'qa' }] }));
      return (await c.send(new RemoveTagsFromResourceCommand({ ResourceName: group, TagKeys: ['env'] }))).TagList;
    },
  ],
  ['fault: tags of an unknown cluster', (c) => c.send(new ListTagsForResourceCommand({ ResourceName: arn('cluster', 'nope') }))],
  [
    'fault: removing a tag that is not there',
    (c) => c.send(new RemoveTagsFromResourceCommand({ ResourceName: arn('replicationgroup', 'myreplicatedredis'), TagKeys: ['never'] })),
  ],
  ['fault: more than 50 tags', (c) => c.send(new AddTagsToResourceCommand({ ResourceName: arn('replicationgroup', 'myreplicatedredis'), Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) }))],
  ['fault: an operation not implemented (DescribeServiceUpdates)', (c) => c.send(new DescribeServiceUpdatesCommand({}))],
];
