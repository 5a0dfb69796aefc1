// @vitest-environment node
import {
  CopySnapshotCommand,
  CreateCacheClusterCommand,
  CreateSnapshotCommand,
  DeleteCacheClusterCommand,
  DeleteSnapshotCommand,
  DescribeEventsCommand,
  ModifyReplicationGroupCommand,
  type DescribeEventsCommandInput,
} from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { later, onEmulatorClock, rejection, sdkClient, T0 } from '../../test/emulator';
import { createEngine } from './engine';

/** Issue 15: DescribeEvents lists what the engine did, as the service words it. */
const client = sdkClient();
onEmulatorClock({ backupDurationMs: 60_000, createDurationMs: 10_000, deleteDurationMs: 3_000, modifyDurationMs: 1_000 });

const MINUTE = 60_000;
const events = async (input: DescribeEventsCommandInput = {}) =>
  ((await client.send(new DescribeEventsCommand(input))).Events ?? []).map((e) => [e.SourceType, e.SourceIdentifier, e.Message]);

describe('DescribeEvents', () => {
  it('shows a backup started, then succeeded once it has; newest first', async () => {
    await client.send(new CreateSnapshotCommand({ ReplicationGroupId: 'myReplicatedRedis', SnapshotName: 'b1' }));
    expect(await events()).toEqual([
      ['replication-group', 'myreplicatedredis', "Snapshot started for snapshot with ID 'b1' of replication group with ID 'myreplicatedredis'"],
    ]);
    later(MINUTE);
    const [first] = (await client.send(new DescribeEventsCommand({}))).Events ?? [];
    expect(first).toEqual({
      SourceType: 'replication-group',
      SourceIdentifier: 'myreplicatedredis',
      Message: "Snapshot succeeded for snapshot with ID 'b1' of replication group with ID 'myreplicatedredis'",
      Date: new Date(T0 + MINUTE),
    });
    await client.send(new CopySnapshotCommand({ SourceSnapshotName: 'b1', TargetSnapshotName: 'b1-copy' }));
    later(MINUTE);
    expect((await events())[0]).toEqual(['replication-group', 'myreplicatedredis', "Snapshot 'b1' copied to snapshot with ID 'b1-copy'"]);
  });

  it('records a backup made again under the name of one deleted', async () => {
    const made = () => client.send(new CreateSnapshotCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: 'again' }));
    await made();
    later(MINUTE);
    await client.send(new DeleteSnapshotCommand({ SnapshotName: 'again' }));
    later(MINUTE);
    await made();
    later(MINUTE);
    const started = (await events({ SourceType: 'cache-cluster', SourceIdentifier: 'mynonclusteredredis', Duration: 60 })).filter(([, , m]) => m?.startsWith("Snapshot started for snapshot with ID 'again'"));
    expect(started).toHaveLength(2);
  });

  it('records caches created, restored, modified and deleted; filters by source type and identifier', async () => {
    await client.send(new CreateCacheClusterCommand({ CacheClusterId: 'c1', CacheNodeType: 'cache.r6g.large', Engine: 'redis' }));
    await client.send(new CreateCacheClusterCommand({ CacheClusterId: 'c2', SnapshotName: 'baseline-test-data' }));
    await client.send(new ModifyReplicationGroupCommand({ ReplicationGroupId: 'myFailoverRedis', SnapshotRetentionLimit: 3 }));
    later(10_000);
    await client.send(new DeleteCacheClusterCommand({ CacheClusterId: 'c1' }));
    later(3_000);
    expect(await events({ SourceType: 'cache-cluster' })).toEqual([
      ['cache-cluster', 'c1', 'Cache cluster deleted'],
      ['cache-cluster', 'c1', 'Cache cluster created'],
      ['cache-cluster', 'c2', "Restored from snapshot 'baseline-test-data'"],
      ['cache-cluster', 'c2', 'Cache cluster created'],
    ]);
    expect(await events({ SourceType: 'replication-group', SourceIdentifier: 'myFailoverRedis' })).toEqual([
      ['replication-group', 'myfailoverredis', 'Replication group myfailoverredis modified'],
    ]);
  });

  it('lists the last hour by default, a period or a duration on request, and nothing older than 14 days', async () => {
    await client.send(new CreateSnapshotCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: 'old' }));
    later(2 * 60 * MINUTE);
    expect(await events()).toEqual([]);
    expect(await events({ Duration: 180 })).toHaveLength(2);
    expect(await events({ StartTime: new Date(T0), EndTime: new Date(T0 + 30_000) })).toHaveLength(1);
    later(15 * 24 * 60 * MINUTE);
    expect(await events({ StartTime: new Date(T0 - MINUTE) })).toEqual([]);
  });

  it('pages with MaxRecords and Marker, within the model’s 20–100', async () => {
    for (let i = 0; i < 11; i++) {
      await client.send(new CreateSnapshotCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: `p${i}` }));
      later(MINUTE);
    }
    const first = await client.send(new DescribeEventsCommand({ MaxRecords: 20 }));
    expect(first.Events).toHaveLength(20);
    const rest = await client.send(new DescribeEventsCommand({ MaxRecords: 20, Marker: first.Marker }));
    expect(rest.Events).toHaveLength(2);
    expect(rest.Marker).toBeUndefined();
    expect(await rejection(client.send(new DescribeEventsCommand({ MaxRecords: 10 })))).toMatchObject({ name: 'InvalidParameterValueException' });
    expect(await rejection(client.send(new DescribeEventsCommand({ SourceType: 'snapshot' as 'cache-cluster' })))).toMatchObject({
      name: 'InvalidParameterValueException',
    });
  });
});

describe('events in saved state', () => {
  it('are kept with the rest of the state, and saved state from before events still loads', () => {
    let saved: unknown;
    const store = { load: () => saved, save: (state: unknown) => void (saved = JSON.parse(JSON.stringify(state))) };
    const first = createEngine({ store, modifyDurationMs: 1_000 });
    first.handle({ method: 'POST', url: '/', body: 'Action=CreateSnapshot&Version=2015-02-02&CacheClusterId=myNonClusteredRedis&SnapshotName=kept' });
    first.handle({ method: 'POST', url: '/', body: 'Action=ModifyReplicationGroup&Version=2015-02-02&ReplicationGroupId=myClusteredRedis&SnapshotRetentionLimit=2' });
    const again = createEngine({ store });
    // The fields issue 15 adds to records load back too.
    expect(again.db.groups.get('myclusteredredis')).toMatchObject({ snapshotRetentionLimit: 2, modification: { durationMs: 1_000 } });
    expect(again.db.events.map((e) => e.message)).toContain("Snapshot started for snapshot with ID 'kept' of cache cluster with ID 'mynonclusteredredis'");
    saved = { ...(saved as object), events: undefined };
    expect(createEngine({ store }).db.snapshots.has('kept')).toBe(true);
  });
});
