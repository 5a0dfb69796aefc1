import { DescribeEventsCommand, ModifyReplicationGroupCommand, type ElastiCacheClient } from '@aws-sdk/client-elasticache';

/**
 * Issue 15's calls, run last (a modified group is `modifying` for a while): backup settings,
 * the service's window rule, and the events of what the scenario did. moto has neither
 * ModifyReplicationGroup nor DescribeEvents (known-differences.ts).
 */
export const backupSteps: [string, (c: ElastiCacheClient) => Promise<unknown>][] = [
  [
    'modify-replication-group backup settings',
    async (c) => {
      const out = await c.send(
        new ModifyReplicationGroupCommand({ ReplicationGroupId: 'myReplicatedRedis', SnapshotRetentionLimit: 3, SnapshotWindow: '03:00-04:00', ApplyImmediately: true }),
      );
      return { retention: out.ReplicationGroup?.SnapshotRetentionLimit, window: out.ReplicationGroup?.SnapshotWindow };
    },
  ],
  [
    'fault: a snapshot window shorter than 60 minutes',
    (c) => c.send(new ModifyReplicationGroupCommand({ ReplicationGroupId: 'myClusteredRedis', SnapshotWindow: '03:00-03:30' })),
  ],
  [
    'describe-events of a replication group',
    async (c) =>
      ((await c.send(new DescribeEventsCommand({ SourceType: 'replication-group', SourceIdentifier: 'myReplicatedRedis' }))).Events ?? []).map((e) => e.Message),
  ],
];
