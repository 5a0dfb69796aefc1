import {
  CopySnapshotCommand,
  CreateCacheClusterCommand,
  CreateReplicationGroupCommand,
  CreateSnapshotCommand,
  DeleteCacheClusterCommand,
  DeleteSnapshotCommand,
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
  DescribeSnapshotsCommand,
  type CreateCacheClusterCommandInput,
  type CreateReplicationGroupCommandInput,
  type ElastiCacheClient,
  type Snapshot,
} from '@aws-sdk/client-elasticache';
import { backupSteps } from './backup-steps';
import { moreSteps } from './more-steps';

/**
 * One scenario run through the SDK against any ElastiCache endpoint: create clusters,
 * back up (the seed's three examples), copy, describe, delete, and the faults. Each step
 * reduces its answer to the fields the product relies on, so two endpoints compare.
 */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: string; status?: number };

const snapshotFields = (s: Snapshot | undefined) => ({
  SnapshotName: s?.SnapshotName,
  CacheClusterId: s?.CacheClusterId,
  ReplicationGroupId: s?.ReplicationGroupId,
  SnapshotSource: s?.SnapshotSource,
  Engine: s?.Engine,
  CacheNodeType: s?.CacheNodeType,
  NumNodeGroups: s?.NumNodeGroups,
  Port: s?.Port,
});

/** The seed's clusters, as a user creates them through the API (also the endpoint e2e set-up). */
export const seedClusters = {
  nonClustered: { CacheClusterId: 'myNonClusteredRedis', Engine: 'redis', CacheNodeType: 'cache.m3.2xlarge', NumCacheNodes: 1 },
  clustered: {
    ReplicationGroupId: 'myClusteredRedis',
    ReplicationGroupDescription: '2 shards 2 nodes each',
    NumNodeGroups: 2,
    ReplicasPerNodeGroup: 1,
    CacheNodeType: 'cache.r3.large',
    Engine: 'redis',
  },
  replicated: {
    ReplicationGroupId: 'myReplicatedRedis',
    ReplicationGroupDescription: 'primary and two replicas',
    NumCacheClusters: 3,
    CacheNodeType: 'cache.m3.large',
    Engine: 'redis',
  },
} satisfies Record<string, CreateCacheClusterCommandInput | CreateReplicationGroupCommandInput>;

const baseSteps: [string, (c: ElastiCacheClient) => Promise<unknown>][] = [
  [
    'create-cache-cluster myNonClusteredRedis',
    async (c) => {
      const out = await c.send(new CreateCacheClusterCommand(seedClusters.nonClustered));
      return { id: out.CacheCluster?.CacheClusterId, type: out.CacheCluster?.CacheNodeType, nodes: out.CacheCluster?.NumCacheNodes };
    },
  ],
  [
    'create-replication-group myClusteredRedis (2 shards)',
    async (c) => {
      const out = await c.send(new CreateReplicationGroupCommand(seedClusters.clustered));
      return { id: out.ReplicationGroup?.ReplicationGroupId, members: out.ReplicationGroup?.MemberClusters };
    },
  ],
  [
    'create-replication-group myReplicatedRedis (3 nodes)',
    async (c) => {
      const out = await c.send(new CreateReplicationGroupCommand(seedClusters.replicated));
      return { id: out.ReplicationGroup?.ReplicationGroupId, members: out.ReplicationGroup?.MemberClusters };
    },
  ],
  [
    'describe-cache-clusters',
    async (c) => ((await c.send(new DescribeCacheClustersCommand({}))).CacheClusters ?? []).map((x) => x.CacheClusterId).sort(),
  ],
  [
    'describe-replication-groups',
    async (c) =>
      ((await c.send(new DescribeReplicationGroupsCommand({}))).ReplicationGroups ?? []).map((g) => [g.ReplicationGroupId, g.ClusterEnabled]),
  ],
  [
    'create-snapshot, seed example 1 (no replicas)',
    async (c) => snapshotFields((await c.send(new CreateSnapshotCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: 'bkup-20150515' }))).Snapshot),
  ],
  [
    'create-snapshot, seed example 2 (a replica node)',
    async (c) => snapshotFields((await c.send(new CreateSnapshotCommand({ CacheClusterId: 'myReplicatedRedis-002', SnapshotName: 'bkup-replica' }))).Snapshot),
  ],
  [
    'create-snapshot, seed example 3 (cluster mode enabled)',
    async (c) => snapshotFields((await c.send(new CreateSnapshotCommand({ ReplicationGroupId: 'myClusteredRedis', SnapshotName: 'bkup-clustered' }))).Snapshot),
  ],
  [
    'describe-snapshots',
    async (c) => ((await c.send(new DescribeSnapshotsCommand({}))).Snapshots ?? []).map((s) => [s.SnapshotName, s.SnapshotStatus]).sort(),
  ],
  [
    'copy-snapshot',
    async (c) =>
      snapshotFields((await c.send(new CopySnapshotCommand({ SourceSnapshotName: 'bkup-20150515', TargetSnapshotName: 'bkup-copy' }))).Snapshot),
  ],
  ['delete-snapshot', async (c) => (await c.send(new DeleteSnapshotCommand({ SnapshotName: 'bkup-clustered' }))).Snapshot?.SnapshotStatus],
  [
    'fault: name already used',
    (c) => c.send(new CreateSnapshotCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: 'bkup-20150515' })),
  ],
  ['fault: unknown cluster', (c) => c.send(new CreateSnapshotCommand({ CacheClusterId: 'nope', SnapshotName: 'x1' }))],
  [
    'fault: both CacheClusterId and ReplicationGroupId',
    (c) => c.send(new CreateSnapshotCommand({ CacheClusterId: 'myNonClusteredRedis', ReplicationGroupId: 'myClusteredRedis', SnapshotName: 'x2' })),
  ],
  ['fault: invalid name', (c) => c.send(new CreateSnapshotCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: 'bad--name' }))],
  ['fault: unknown snapshot', (c) => c.send(new DeleteSnapshotCommand({ SnapshotName: 'nope' }))],
  [
    'delete-cache-cluster with a final backup',
    async (c) => {
      await c.send(new DeleteCacheClusterCommand({ CacheClusterId: 'myNonClusteredRedis', FinalSnapshotIdentifier: 'final-1' }));
      const out = await c.send(new DescribeSnapshotsCommand({ SnapshotName: 'final-1' }));
      return out.Snapshots?.[0]?.SnapshotName;
    },
  ],
];

export const scenario = [...baseSteps, ...moreSteps, ...backupSteps];

export async function runScenario(client: ElastiCacheClient): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  for (const [step, run] of scenario) {
    try {
      const value = await run(client);
      // A fault step that succeeds is a finding in itself; its payload is not compared.
      outcomes.set(step, { ok: true, value: step.startsWith('fault:') ? 'accepted' : value });
    } catch (e) {
      const error = e as { name?: string; $metadata?: { httpStatusCode?: number } };
      outcomes.set(step, { ok: false, error: error.name ?? 'Error', status: error.$metadata?.httpStatusCode });
    }
  }
  return outcomes;
}
