// @vitest-environment node
import { CopySnapshotCommand, CreateSnapshotCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { later, onEmulatorClock, sdkClient, T0 } from '../../test/emulator';

/** Issue 13, items 5 and 8: backups keep the detail the service shows. */
const client = sdkClient();
onEmulatorClock({ backupDurationMs: 10_000 });

const describeOne = async (name: string, showConfig = false) =>
  (await client.send(new DescribeSnapshotsCommand({ SnapshotName: name, ShowNodeGroupConfig: showConfig }))).Snapshots?.[0];

describe('backup detail', () => {
  it('names the node of every shard of a cluster mode enabled backup once done (the CLI’s delete-snapshot example)', async () => {
    const out = await client.send(new CreateSnapshotCommand({ ReplicationGroupId: 'myClusteredRedis', SnapshotName: 'shards' }));
    // While `creating`, as the seed's example 3: NodeGroupId and an empty CacheSize only.
    expect(out.Snapshot?.NodeSnapshots?.[0]).toEqual({ NodeGroupId: '0001', CacheSize: '' });
    later(10_000);
    expect((await describeOne('shards'))?.NodeSnapshots).toEqual([
      { CacheClusterId: 'myclusteredredis-0001-002', NodeGroupId: '0001', CacheNodeId: '0001', CacheSize: '8 MB',
        CacheNodeCreateTime: new Date('2017-01-12T19:20:11.407Z'), SnapshotCreateTime: new Date(T0 + 10_000) },
      { CacheClusterId: 'myclusteredredis-0002-002', NodeGroupId: '0002', CacheNodeId: '0001', CacheSize: '8 MB',
        CacheNodeCreateTime: new Date('2017-01-12T19:20:11.407Z'), SnapshotCreateTime: new Date(T0 + 10_000) },
    ]);
  });

  it('gives a copy its source’s CacheSize and SnapshotCreateTime from the start (examples-1.json, CopySnapshot)', async () => {
    const source = await describeOne('baseline-test-data');
    const out = await client.send(new CopySnapshotCommand({ SourceSnapshotName: 'baseline-test-data', TargetSnapshotName: 'copied' }));
    expect(out.Snapshot?.SnapshotStatus).toBe('creating');
    expect(out.Snapshot?.NodeSnapshots?.[0]).toMatchObject({
      CacheSize: '3 MB',
      SnapshotCreateTime: source?.NodeSnapshots?.[0]?.SnapshotCreateTime,
    });
  });

  it('keeps the KmsKeyId asked by CreateSnapshot and CopySnapshot', async () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/k1';
    const out = await client.send(new CreateSnapshotCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: 'keyed', KmsKeyId: key }));
    expect(out.Snapshot?.KmsKeyId).toBe(key);
    later(10_000);
    const copy = await client.send(new CopySnapshotCommand({ SourceSnapshotName: 'keyed', TargetSnapshotName: 'rekeyed', KmsKeyId: `${key}2` }));
    expect(copy.Snapshot?.KmsKeyId).toBe(`${key}2`);
  });

  it('names automatic backups after the node they were taken from', async () => {
    const names = ((await client.send(new DescribeSnapshotsCommand({ SnapshotSource: 'system' }))).Snapshots ?? []).map((s) => s.SnapshotName);
    expect(names.some((n) => /^automatic\.myreplicatedredis-003-\d{4}-\d\d-\d\d-\d\d-\d\d$/.test(n ?? ''))).toBe(true);
  });

  it('lists ReplicaAvailabilityZones with --show-node-group-config', async () => {
    const config = (await describeOne('myclusteredredis-before-upgrade', true))?.NodeSnapshots?.map((n) => n.NodeGroupConfiguration);
    expect(config).toEqual([
      { NodeGroupId: '0001', Slots: '0-8191', ReplicaCount: 1, PrimaryAvailabilityZone: 'us-east-1a', ReplicaAvailabilityZones: ['us-east-1b'] },
      { NodeGroupId: '0002', Slots: '8192-16383', ReplicaCount: 1, PrimaryAvailabilityZone: 'us-east-1c', ReplicaAvailabilityZones: ['us-east-1d'] },
    ]);
  });
});
