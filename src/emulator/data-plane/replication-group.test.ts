// @vitest-environment node
import { CreateCacheClusterCommand, CreateReplicationGroupCommand, CreateSnapshotCommand } from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { availableGroup, availableSnapshot, fingerprint, writeKeys } from '../../test/data-plane-kit';
import { dataPlaneEmulator } from '../../test/data-plane-emulator';

/** `--data-plane`, replication groups: replicas that replicate, and a real Redis Cluster. */
const emulator = dataPlaneEmulator();

describe('--data-plane, replication groups', () => {
  it('a replica sees the primary\'s writes, and a backup taken from the replica restores them all', async () => {
    await emulator.api().send(
      new CreateReplicationGroupCommand({ ReplicationGroupId: 'replicated', ReplicationGroupDescription: 'primary and replica', NumCacheClusters: 2, CacheNodeType: 'cache.t3.small', Engine: 'redis' }),
    );
    const group = await availableGroup(emulator.api(), 'replicated');
    const shard = group.NodeGroups?.[0];
    const primary = await emulator.node(shard?.PrimaryEndpoint?.Address ?? '', shard?.PrimaryEndpoint?.Port ?? 0);
    const keys = await writeKeys(primary, 1000);
    const before = await fingerprint(primary, keys);
    // Replication is asynchronous, as on the service: WAIT until the replica has it all.
    expect(await primary.wait(1, 30_000)).toBe(1);
    const replica = await emulator.node(shard?.ReaderEndpoint?.Address ?? '', shard?.ReaderEndpoint?.Port ?? 0);
    expect(await fingerprint(replica, keys)).toEqual(before);

    await emulator.api().send(new CreateSnapshotCommand({ CacheClusterId: 'replicated-002', SnapshotName: 'from-replica' }));
    await availableSnapshot(emulator.api(), 'from-replica');
    await emulator.api().send(new CreateCacheClusterCommand({ CacheClusterId: 'from-replica-restored', SnapshotName: 'from-replica' }));
    expect(await fingerprint(await emulator.cache('from-replica-restored'), keys)).toEqual(before);
  }, 120_000);

  it('a cluster mode enabled group is a Redis Cluster with the reported slots, backed up and restored per shard', async () => {
    await emulator.api().send(
      new CreateReplicationGroupCommand({ ReplicationGroupId: 'sharded', ReplicationGroupDescription: '2 shards', ClusterMode: 'enabled', NumNodeGroups: 2, ReplicasPerNodeGroup: 1, CacheNodeType: 'cache.t3.small', Engine: 'redis' }),
    );
    const group = await availableGroup(emulator.api(), 'sharded');
    const config = group.ConfigurationEndpoint;
    const cluster = await emulator.cluster(config?.Address ?? '', config?.Port ?? 0);
    const slots = (await cluster.cluster('SLOTS')) as [number, number][];
    expect(slots.map(([first, last]) => `${first}-${last}`).sort()).toEqual(group.NodeGroups?.map((ng) => ng.Slots).sort());
    const keys = await writeKeys(cluster, 1000);
    const before = await fingerprint(cluster, keys);
    const perShard = await Promise.all(cluster.nodes('master').map((node) => node.dbsize()));
    expect(perShard).toHaveLength(2);
    expect(perShard.every((n) => n > 0)).toBe(true);

    await emulator.api().send(new CreateSnapshotCommand({ ReplicationGroupId: 'sharded', SnapshotName: 'sharded-backup' }));
    const backup = await availableSnapshot(emulator.api(), 'sharded-backup');
    expect(backup.NodeSnapshots?.every((n) => /MB$/.test(n.CacheSize ?? ''))).toBe(true);
    await emulator.api().send(
      new CreateReplicationGroupCommand({ ReplicationGroupId: 'sharded-restored', ReplicationGroupDescription: 'restored', SnapshotName: 'sharded-backup' }),
    );
    const restored = await availableGroup(emulator.api(), 'sharded-restored');
    const restoredConfig = restored.ConfigurationEndpoint;
    const restoredCluster = await emulator.cluster(restoredConfig?.Address ?? '', restoredConfig?.Port ?? 0);
    expect(await fingerprint(restoredCluster, keys)).toEqual(before);
  }, 180_000);
});
