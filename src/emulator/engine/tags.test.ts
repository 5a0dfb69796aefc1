// @vitest-environment node
import {
  AddTagsToResourceCommand,
  CopySnapshotCommand,
  CreateCacheClusterCommand,
  CreateReplicationGroupCommand,
  CreateSnapshotCommand,
  ListTagsForResourceCommand,
  RemoveTagsFromResourceCommand,
} from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { onEmulatorClock, rejection, sdkClient } from '../../test/emulator';

/** Issue 13, item 9: tags by ARN, on create and copy, within the service's limits. */
const client = sdkClient();
onEmulatorClock({ backupDurationMs: 0, createDurationMs: 0 });

const arn = (kind: string, id: string) => `arn:aws:elasticache:us-east-1:123456789012:${kind}:${id}`;
const list = async (resource: string) => (await client.send(new ListTagsForResourceCommand({ ResourceName: resource }))).TagList;
const team = [{ Key: 'team', Value: 'qa' }];

describe('tags', () => {
  it('keeps the tags given on create and copy', async () => {
    await client.send(new CreateSnapshotCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: 'tagged', Tags: team }));
    expect(await list(arn('snapshot', 'tagged'))).toEqual(team);
    await client.send(new CopySnapshotCommand({ SourceSnapshotName: 'tagged', TargetSnapshotName: 'tagged-copy', Tags: [{ Key: 'copy', Value: '1' }] }));
    expect(await list(arn('snapshot', 'tagged-copy'))).toEqual([{ Key: 'copy', Value: '1' }]);
    await client.send(new CreateCacheClusterCommand({ CacheClusterId: 'c1', CacheNodeType: 'cache.r6g.large', Tags: team }));
    expect(await list(arn('cluster', 'c1'))).toEqual(team);
    await client.send(new CreateReplicationGroupCommand({ ReplicationGroupId: 'g1', ReplicationGroupDescription: 'g', CacheNodeType: 'cache.r6g.large', NumCacheClusters: 2, Tags: team }));
    expect(await list(arn('replicationgroup', 'G1'))).toEqual(team);
    expect(await list(arn('cluster', 'g1-002'))).toEqual(team);
  });

  it('keeps the tags given on a restore (issue 15 checks what issue 13 landed)', async () => {
    await client.send(new CreateCacheClusterCommand({ CacheClusterId: 'restored', SnapshotName: 'baseline-test-data', Tags: team }));
    expect(await list(arn('cluster', 'restored'))).toEqual(team);
    await client.send(
      new CreateReplicationGroupCommand({ ReplicationGroupId: 'restored-group', ReplicationGroupDescription: 'r', SnapshotName: 'myclusteredredis-before-upgrade', Tags: team }),
    );
    expect(await list(arn('replicationgroup', 'restored-group'))).toEqual(team);
  });

  it('adds (a key again replaces its value), lists and removes tags by ARN; a group’s tags reach its nodes', async () => {
    const group = arn('replicationgroup', 'myreplicatedredis');
    await client.send(new AddTagsToResourceCommand({ ResourceName: group, Tags: [{ Key: 'env', Value: 'dev' }, { Key: 'team', Value: 'qa' }] }));
    const added = await client.send(new AddTagsToResourceCommand({ ResourceName: group, Tags: [{ Key: 'env', Value: 'prod' }] }));
    expect(added.TagList).toEqual([{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'qa' }]);
    expect(await list(arn('cluster', 'myreplicatedredis-002'))).toEqual(added.TagList);
    const left = await client.send(new RemoveTagsFromResourceCommand({ ResourceName: group, TagKeys: ['env'] }));
    expect(left.TagList).toEqual(team);
    expect(await list(arn('cluster', 'myreplicatedredis-001'))).toEqual(team);
  });

  it.each([
    ['an unknown cluster', arn('cluster', 'nope'), 'CacheClusterNotFoundFault', 404],
    ['an unknown group', arn('replicationgroup', 'nope'), 'ReplicationGroupNotFoundFault', 404],
    ['an unknown backup', arn('snapshot', 'nope'), 'SnapshotNotFoundFault', 404],
    ['no ARN at all', 'myNonClusteredRedis', 'InvalidARNFault', 400],
  ])('answers %s with %s', async (_, resource, name, status) => {
    expect(await rejection(list(resource))).toMatchObject({ name, status });
  });

  it('holds the service’s limits: 50 tags, keys ≤ 128, values ≤ 256, no aws: keys, removing only what is there', async () => {
    const cluster = arn('cluster', 'mynonclusteredredis');
    const add = (Tags: { Key: string; Value: string }[]) => client.send(new AddTagsToResourceCommand({ ResourceName: cluster, Tags }));
    await add(Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })));
    expect(await rejection(add([{ Key: 'one-more', Value: 'v' }]))).toMatchObject({ name: 'TagQuotaPerResourceExceeded', status: 400 });
    await add([{ Key: 'k0', Value: 'replaced' }]);
    expect(await rejection(add([{ Key: 'x'.repeat(129), Value: 'v' }]))).toMatchObject({ name: 'InvalidParameterValueException' });
    expect(await rejection(add([{ Key: 'long', Value: 'v'.repeat(257) }]))).toMatchObject({ name: 'InvalidParameterValueException' });
    expect(await rejection(add([{ Key: 'aws:createdBy', Value: 'me' }]))).toMatchObject({ name: 'InvalidParameterValueException' });
    const remove = client.send(new RemoveTagsFromResourceCommand({ ResourceName: cluster, TagKeys: ['never-added'] }));
    expect(await rejection(remove)).toMatchObject({ name: 'TagNotFoundFault', status: 404 });
    expect(await list(cluster)).toHaveLength(50);
  });

  it('refuses more than 50 tags on create', async () => {
    const Tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    const out = client.send(new CreateSnapshotCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: 'too-many', Tags }));
    expect(await rejection(out)).toMatchObject({ name: 'TagQuotaPerResourceExceeded', status: 400 });
  });
});
