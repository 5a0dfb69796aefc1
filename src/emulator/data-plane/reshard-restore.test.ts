// @vitest-environment node
import { CreateReplicationGroupCommand, CreateSnapshotCommand } from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { availableGroup, availableSnapshot, fingerprint, writeKeys } from '../../test/data-plane-kit';
import { dataPlaneEmulator } from '../../test/data-plane-emulator';

/** `--data-plane`: a cluster mode enabled backup restored into another number of shards. */
const emulator = dataPlaneEmulator();

const clusterOf = async (id: string) => {
  const config = (await availableGroup(emulator.api(), id)).ConfigurationEndpoint;
  return emulator.cluster(config?.Address ?? '', config?.Port ?? 0);
};

describe('--data-plane, restore with resharding', () => {
  it('a 2-shard backup restored into 3 shards has every key, type, value and TTL, spread over the 3 shards', async () => {
    const create = (id: string, shards: number, snapshot?: string) =>
      new CreateReplicationGroupCommand({ ReplicationGroupId: id, ReplicationGroupDescription: id, ClusterMode: 'enabled', NumNodeGroups: shards, CacheNodeType: 'cache.t3.small', Engine: 'redis', SnapshotName: snapshot });
    await emulator.api().send(create('two-shards', 2));
    const source = await clusterOf('two-shards');
    const keys = await writeKeys(source, 1000);
    const before = await fingerprint(source, keys);
    await emulator.api().send(new CreateSnapshotCommand({ ReplicationGroupId: 'two-shards', SnapshotName: 'two-shards-backup' }));
    await availableSnapshot(emulator.api(), 'two-shards-backup');

    await emulator.api().send(create('three-shards', 3, 'two-shards-backup'));
    const restored = await clusterOf('three-shards');
    expect(await fingerprint(restored, keys)).toEqual(before);
    const perShard = await Promise.all(restored.nodes('master').map((node) => node.dbsize()));
    expect(perShard).toHaveLength(3);
    expect(perShard.every((n) => n > 0)).toBe(true);
    expect(perShard.reduce((a, b) => a + b, 0)).toBe(1000);
  }, 180_000);
});
