// @vitest-environment node
import {
  DescribeCacheClustersCommand,
  DescribeEventsCommand,
  DescribeSnapshotsCommand,
  ModifyCacheClusterCommand,
  ModifyReplicationGroupCommand,
} from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { later, onEmulatorClock, sdkClient } from '../../test/emulator';

/** Issue 15: daily automatic backups in each cache's window, on the emulator's clock. */
const client = sdkClient();
onEmulatorClock({ backupDurationMs: 60_000, modifyDurationMs: 1_000 });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const automatic = async (id: string) =>
  ((await client.send(new DescribeSnapshotsCommand({ SnapshotSource: 'system', CacheClusterId: id }))).Snapshots ?? []).map((s) => [
    s.SnapshotName,
    s.SnapshotStatus,
  ]);
const status = async (id: string) => (await client.send(new DescribeCacheClustersCommand({ CacheClusterId: id }))).CacheClusters?.[0]?.CacheClusterStatus;

describe('automatic backups', () => {
  it('takes one a day at the window’s start (the cache snapshotting while it runs) and drops it after the retention limit', async () => {
    // T0 is 2026-11-25 12:00 UTC.
    await client.send(new ModifyCacheClusterCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotRetentionLimit: 2, SnapshotWindow: '13:00-14:00' }));
    expect(await automatic('myNonClusteredRedis')).toEqual([]);
    later(HOUR + 30_000);
    expect(await automatic('myNonClusteredRedis')).toEqual([['automatic.mynonclusteredredis-2026-11-25-13-00', 'creating']]);
    expect(await status('myNonClusteredRedis')).toBe('snapshotting');
    const events = await client.send(new DescribeEventsCommand({ SourceIdentifier: 'myNonClusteredRedis' }));
    expect(events.Events?.[0]?.Message).toBe(
      "Automatic snapshot started for snapshot with ID 'automatic.mynonclusteredredis-2026-11-25-13-00' of cache cluster with ID 'mynonclusteredredis'",
    );
    later(30_000);
    expect(await status('myNonClusteredRedis')).toBe('available');
    later(DAY);
    expect(await automatic('myNonClusteredRedis')).toEqual([
      ['automatic.mynonclusteredredis-2026-11-25-13-00', 'available'],
      ['automatic.mynonclusteredredis-2026-11-26-13-00', 'available'],
    ]);
    later(DAY);
    expect((await automatic('myNonClusteredRedis')).map(([n]) => n)).toEqual([
      'automatic.mynonclusteredredis-2026-11-26-13-00',
      'automatic.mynonclusteredredis-2026-11-27-13-00',
    ]);
    // Skipping ten days: only those still within the retention limit are there.
    later(10 * DAY);
    expect((await automatic('myNonClusteredRedis')).map(([n]) => n)).toEqual([
      'automatic.mynonclusteredredis-2026-12-06-13-00',
      'automatic.mynonclusteredredis-2026-12-07-13-00',
    ]);
  });

  it('stops when the retention limit is set to 0', async () => {
    await client.send(new ModifyCacheClusterCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotRetentionLimit: 1, SnapshotWindow: '13:00-14:00' }));
    later(2 * HOUR);
    expect(await automatic('myNonClusteredRedis')).toHaveLength(1);
    await client.send(new ModifyCacheClusterCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotRetentionLimit: 0 }));
    later(3 * DAY);
    expect(await automatic('myNonClusteredRedis')).toEqual([]);
  });

  it('backs up a group from its snapshotting node, named after that node', async () => {
    await client.send(
      new ModifyReplicationGroupCommand({ ReplicationGroupId: 'myFailoverRedis', SnapshotRetentionLimit: 1, SnapshottingClusterId: 'myNonClusteredRedis-002', SnapshotWindow: '14:00-15:00' }),
    );
    later(2 * HOUR + 30_000);
    const [backup] = (await client.send(new DescribeSnapshotsCommand({ ReplicationGroupId: 'myFailoverRedis', SnapshotSource: 'system' }))).Snapshots ?? [];
    expect(backup).toMatchObject({
      SnapshotName: 'automatic.mynonclusteredredis-002-2026-11-25-14-00',
      SnapshotSource: 'automated',
      SnapshotStatus: 'creating',
      CacheClusterId: 'mynonclusteredredis-002',
      SnapshotRetentionLimit: 1,
      SnapshotWindow: '14:00-15:00',
    });
    expect(await status('myNonClusteredRedis-002')).toBe('snapshotting');
  });
});
