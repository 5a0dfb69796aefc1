// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { availableGroup, writeKeys } from '../../test/data-plane-kit';
import { dataPlaneEmulator } from '../../test/data-plane-emulator';

/** A cluster mode enabled group that came with the dataset (never created by a request). */
const emulator = dataPlaneEmulator({ clusters: [{ kind: 'clustered', id: 'seeded', shards: 2, replicasPerShard: 0 }] });

describe('--data-plane, the dataset’s groups', () => {
  it('forms a cluster mode enabled group of the dataset into a Redis Cluster with its slots', async () => {
    const group = await availableGroup(emulator.api(), 'seeded');
    const config = group.ConfigurationEndpoint;
    const cluster = await emulator.cluster(config?.Address ?? '', config?.Port ?? 0);
    const slots = (await cluster.cluster('SLOTS')) as [number, number][];
    expect(slots.map(([first, last]) => `${first}-${last}`).sort()).toEqual(group.NodeGroups?.map((ng) => ng.Slots).sort());
    expect(await writeKeys(cluster, 100)).toHaveLength(100);
  }, 120_000);
});
