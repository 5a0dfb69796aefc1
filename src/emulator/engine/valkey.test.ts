// @vitest-environment node
import {
  CreateReplicationGroupCommand,
  CreateSnapshotCommand,
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
} from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { later, onEmulatorClock, rejection, sdkClient } from '../../test/emulator';

/** Issue 13, item 3: Valkey stays Valkey, from group to backup to restore. */
const client = sdkClient();
onEmulatorClock({ createDurationMs: 1_000, backupDurationMs: 1_000 });

const members = async (groupId: string) =>
  ((await client.send(new DescribeCacheClustersCommand({}))).CacheClusters ?? []).filter((c) => c.ReplicationGroupId === groupId);

describe('Valkey end to end', () => {
  it('a group, its nodes, a backup of it and a restore of that backup are all Valkey, with Valkey parameter groups', async () => {
    const out = await client.send(
      new CreateReplicationGroupCommand({ ReplicationGroupId: 'vk', ReplicationGroupDescription: 'valkey', Engine: 'valkey', NumNodeGroups: 2, CacheNodeType: 'cache.r7g.large' }),
    );
    expect(out.ReplicationGroup?.Engine).toBe('valkey');
    later(1_000);
    const nodes = await members('vk');
    expect(nodes.map((n) => [n.Engine, n.EngineVersion, n.CacheParameterGroup?.CacheParameterGroupName])).toEqual(
      Array.from({ length: 4 }, () => ['valkey', '8.0', 'default.valkey8.cluster.on']),
    );
    const backup = await client.send(new CreateSnapshotCommand({ ReplicationGroupId: 'vk', SnapshotName: 'vk-backup' }));
    expect(backup.Snapshot).toMatchObject({ Engine: 'valkey', EngineVersion: '8.0', CacheParameterGroupName: 'default.valkey8.cluster.on' });
    later(1_000);
    await client.send(new CreateReplicationGroupCommand({ ReplicationGroupId: 'vk-restored', ReplicationGroupDescription: 'r', SnapshotName: 'vk-backup' }));
    later(1_000);
    const [restored] = (await client.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: 'vk-restored' }))).ReplicationGroups ?? [];
    expect(restored?.Engine).toBe('valkey');
    expect((await members('vk-restored')).every((n) => n.Engine === 'valkey')).toBe(true);
  });

  it('takes Valkey 7.2 with default.valkey7, and refuses versions the service doesn’t offer', async () => {
    await client.send(
      new CreateReplicationGroupCommand({
        ReplicationGroupId: 'vk7', ReplicationGroupDescription: 'v7', Engine: 'valkey', EngineVersion: '7.2', NumCacheClusters: 2,
        CacheNodeType: 'cache.r7g.large', CacheParameterGroupName: 'default.valkey7',
      }),
    );
    expect((await members('vk7')).map((n) => n.CacheParameterGroup?.CacheParameterGroupName)).toEqual(['default.valkey7', 'default.valkey7']);
    const refused = client.send(
      new CreateReplicationGroupCommand({ ReplicationGroupId: 'vk6', ReplicationGroupDescription: 'v6', Engine: 'valkey', EngineVersion: '6.2', CacheNodeType: 'cache.r7g.large' }),
    );
    expect(await rejection(refused)).toMatchObject({ name: 'InvalidParameterCombinationException', status: 400 });
  });
});
