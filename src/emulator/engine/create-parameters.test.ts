// @vitest-environment node
import {
  CreateCacheClusterCommand,
  CreateReplicationGroupCommand,
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
  type CreateReplicationGroupCommandInput,
} from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { later, onEmulatorClock, rejection, sdkClient } from '../../test/emulator';

/** Issue 13, items 1 and 2: a create call echoes what was asked, or refuses it with the service's fault. */
const client = sdkClient();
onEmulatorClock({ createDurationMs: 1_000 });

const group = async (id: string) =>
  (await client.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: id }))).ReplicationGroups?.[0];
const node = async (id: string) =>
  (await client.send(new DescribeCacheClustersCommand({ CacheClusterId: id, ShowCacheNodeInfo: true }))).CacheClusters?.[0];
const base = { ReplicationGroupId: 'rg', ReplicationGroupDescription: 'asked', CacheNodeType: 'cache.r6g.large', Engine: 'redis' };
const createGroup = (input: Partial<CreateReplicationGroupCommandInput>) =>
  client.send(new CreateReplicationGroupCommand({ ...base, ...input }));

describe('CreateCacheCluster echoes what was asked', () => {
  it('zone, maintenance window, port, security groups, topic, minor upgrades, encryption in transit', async () => {
    await client.send(
      new CreateCacheClusterCommand({
        CacheClusterId: 'asked', Engine: 'redis', CacheNodeType: 'cache.r6g.large', PreferredAvailabilityZone: 'us-east-1a',
        PreferredMaintenanceWindow: 'sun:05:00-sun:06:00', Port: 6380, SecurityGroupIds: ['sg-1234'], AutoMinorVersionUpgrade: false,
        NotificationTopicArn: 'arn:aws:sns:us-east-1:123456789012:ops', TransitEncryptionEnabled: true, SnapshotWindow: '01:00-02:00',
        SnapshotRetentionLimit: 3, CacheParameterGroupName: 'default.redis7', NetworkType: 'dual_stack', IpDiscovery: 'ipv6',
      }),
    );
    later(1_000);
    expect(await node('asked')).toMatchObject({
      PreferredAvailabilityZone: 'us-east-1a', PreferredMaintenanceWindow: 'sun:05:00-sun:06:00', AutoMinorVersionUpgrade: false,
      SecurityGroups: [{ SecurityGroupId: 'sg-1234', Status: 'active' }], TransitEncryptionEnabled: true, SnapshotWindow: '01:00-02:00',
      NotificationConfiguration: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:ops', TopicStatus: 'active' }, SnapshotRetentionLimit: 3,
      CacheParameterGroup: { CacheParameterGroupName: 'default.redis7' }, NetworkType: 'dual_stack', IpDiscovery: 'ipv6',
      CacheNodes: [{ Endpoint: { Port: 6380 }, CustomerAvailabilityZone: 'us-east-1a' }],
    });
  });

  it.each([
    [{ CacheParameterGroupName: 'my-params' }, 'CacheParameterGroupNotFoundFault', 404],
    [{ CacheParameterGroupName: 'default.redis6.x' }, 'InvalidParameterCombinationException', 400],
    [{ CacheSubnetGroupName: 'private' }, 'CacheSubnetGroupNotFoundFault', 400],
    [{ CacheSecurityGroupNames: ['legacy'] }, 'CacheSecurityGroupNotFoundFault', 404],
    [{ SnapshotArns: ['arn:aws:s3:::my-bucket/dump.rdb'] }, 'InvalidParameterValueException', 400],
    [{ PreferredMaintenanceWindow: 'someday' }, 'InvalidParameterValueException', 400],
    [{ EngineVersion: '9.9' }, 'InvalidParameterCombinationException', 400],
    [{ AuthToken: 'a-long-enough-token' }, 'InvalidParameterCombinationException', 400],
  ])('refuses %j with %s', async (input, name, status) => {
    const asked = { CacheClusterId: 'refused', Engine: 'redis', CacheNodeType: 'cache.r6g.large', ...input };
    expect(await rejection(client.send(new CreateCacheClusterCommand(asked)))).toMatchObject({ name, status });
  });
});

describe('CreateReplicationGroup echoes what was asked', () => {
  it('encryption, key, port, parameter group, minor upgrades, and each shard’s slots, replicas and zones', async () => {
    await createGroup({
      TransitEncryptionEnabled: true, AtRestEncryptionEnabled: true, KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1', Port: 6380,
      CacheParameterGroupName: 'default.redis7.cluster.on', AutoMinorVersionUpgrade: false, MultiAZEnabled: true,
      NodeGroupConfiguration: [
        { Slots: '0-8999', ReplicaCount: 1, PrimaryAvailabilityZone: 'us-east-1a', ReplicaAvailabilityZones: ['us-east-1b'] },
        { Slots: '9000-16383', ReplicaCount: 2 },
      ],
    });
    later(1_000);
    const g = await group('rg');
    expect(g).toMatchObject({
      TransitEncryptionEnabled: true, AtRestEncryptionEnabled: true, KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1',
      AutoMinorVersionUpgrade: false, ConfigurationEndpoint: { Port: 6380 }, ClusterEnabled: true, AutomaticFailover: 'enabled', MultiAZ: 'enabled',
    });
    expect(g?.NodeGroups?.map((ng) => [ng.Slots, ng.NodeGroupMembers?.length])).toEqual([['0-8999', 2], ['9000-16383', 3]]);
    expect(g?.NodeGroups?.[0]?.NodeGroupMembers?.map((m) => m.PreferredAvailabilityZone)).toEqual(['us-east-1a', 'us-east-1b']);
    expect((await node('rg-0001-001'))?.CacheParameterGroup?.CacheParameterGroupName).toBe('default.redis7.cluster.on');
  });

  it('places each node of a cluster mode disabled group in the zone asked (PreferredCacheClusterAZs)', async () => {
    await createGroup({ NumCacheClusters: 2, PreferredCacheClusterAZs: ['us-east-1d', 'us-east-1e'] });
    later(1_000);
    expect((await group('rg'))?.NodeGroups?.[0]?.NodeGroupMembers?.map((m) => m.PreferredAvailabilityZone)).toEqual(['us-east-1d', 'us-east-1e']);
  });

  it('leaves AutomaticFailover and MultiAZ disabled unless asked (the model: "Default: false")', async () => {
    await createGroup({ NumCacheClusters: 3 });
    expect(await group('rg')).toMatchObject({ AutomaticFailover: 'disabled', MultiAZ: 'disabled' });
  });

  it.each([
    [{ NumCacheClusters: 1, AutomaticFailoverEnabled: true }, 'InvalidParameterCombinationException', 400],
    [{ NumCacheClusters: 2, MultiAZEnabled: true }, 'InvalidParameterCombinationException', 400],
    [{ CacheParameterGroupName: 'nope' }, 'CacheParameterGroupNotFoundFault', 404],
    [{ SnapshotArns: ['arn:aws:s3:::my-bucket/dump.rdb'] }, 'InvalidParameterValueException', 400],
    [{ NumNodeGroups: 2, NodeGroupConfiguration: [{ Slots: '0-100' }, { Slots: '200-16383' }] }, 'InvalidParameterValueException', 400],
    [{ KmsKeyId: 'k1' }, 'InvalidParameterCombinationException', 400],
    [{ UserGroupIds: ['ug1'] }, 'UserGroupNotFoundFault', 404],
    [{ GlobalReplicationGroupId: 'global' }, 'GlobalReplicationGroupNotFoundFault', 404],
    [{ Tags: [{ Key: 'aws:owner', Value: 'x' }] }, 'InvalidParameterValueException', 400],
  ])('refuses %j with %s', async (input, name, status) => {
    expect(await rejection(createGroup(input))).toMatchObject({ name, status });
  });
});

describe('a backup window asked at creation', () => {
  it('is refused as ModifyCacheCluster refuses it: shorter than 60 minutes, or over the maintenance window; one not asked is chosen clear of it', async () => {
    expect(await rejection(client.send(new CreateCacheClusterCommand({ CacheClusterId: 'short', Engine: 'redis', CacheNodeType: 'cache.r6g.large', SnapshotWindow: '05:00-05:30' })))).toMatchObject({
      name: 'InvalidParameterValueException',
      message: 'The snapshot window must be at least 60 minutes: 05:00-05:30.',
    });
    expect(await rejection(createGroup({ SnapshotWindow: '07:00-08:00', PreferredMaintenanceWindow: 'mon:07:30-mon:08:30' }))).toMatchObject({
      name: 'InvalidParameterValueException',
      message: expect.stringContaining('overlaps the maintenance window mon:07:30-mon:08:30'),
    });
    await client.send(new CreateCacheClusterCommand({ CacheClusterId: 'chosen', Engine: 'redis', CacheNodeType: 'cache.r6g.large', PreferredMaintenanceWindow: 'sun:05:00-sun:06:00' }));
    expect((await node('chosen'))?.SnapshotWindow).toBe('09:00-10:00');
  });
});
