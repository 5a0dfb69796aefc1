import type { Outcome } from './scenario';

/**
 * Where moto and the emulator answer differently, and which follows AWS: the API model
 * (botocore's service-2.json, docs/reference/api-operations.md) and the service's
 * documented behaviour (docs/reference/README.md). Identifiers are compared without
 * case (see the last test). A new difference, or a change in the emulator's answer, fails.
 */
export const ok = (value: unknown): Outcome => ({ ok: true, value });
export const KNOWN_DIFFERENCES: Record<string, { emulator: Outcome; why: string }> = {
  'create-replication-group myClusteredRedis (2 shards)': {
    emulator: ok({
      id: 'myclusteredredis',
      members: ['myclusteredredis-0001-001', 'myclusteredredis-0001-002', 'myclusteredredis-0002-001', 'myclusteredredis-0002-002'],
    }),
    why: 'AWS names one node per shard and replica (4 distinct MemberClusters); moto lists -001, -002 twice.',
  },
  'create-replication-group myReplicatedRedis (3 nodes)': {
    emulator: ok({ id: 'myreplicatedredis', members: ['myreplicatedredis-001', 'myreplicatedredis-002', 'myreplicatedredis-003'] }),
    why: 'NumCacheClusters=3 makes a primary and two replicas; moto creates one member.',
  },
  'describe-cache-clusters': {
    emulator: ok([
      'myclusteredredis-0001-001',
      'myclusteredredis-0001-002',
      'myclusteredredis-0002-001',
      'myclusteredredis-0002-002',
      'mynonclusteredredis',
      'myreplicatedredis-001',
      'myreplicatedredis-002',
      'myreplicatedredis-003',
    ]),
    why: 'DescribeCacheClusters lists the nodes of replication groups too (ShowCacheClustersNotInReplicationGroups filters them); moto creates none.',
  },
  'describe-replication-groups': {
    emulator: ok([
      ['myclusteredredis', true],
      ['myreplicatedredis', false],
    ]),
    why: 'NumNodeGroups=2 is cluster mode enabled (ClusterEnabled true); moto reports false.',
  },
  'create-snapshot, seed example 2 (a replica node)': {
    emulator: ok({
      SnapshotName: 'bkup-replica',
      CacheClusterId: 'myreplicatedredis-002',
      SnapshotSource: 'manual',
      Engine: 'redis',
      CacheNodeType: 'cache.m3.large',
      Port: 6379,
    }),
    why: "The seed's example 2 backs up node -002 by CacheClusterId; moto has no such node (see above). Like the seed's output, no group fields.",
  },
  'describe-snapshots': {
    emulator: ok([
      ['bkup-20150515', 'available'],
      ['bkup-clustered', 'available'],
      ['bkup-replica', 'available'],
    ]),
    why: 'Follows from example 2.',
  },
  'copy-snapshot': {
    emulator: ok({
      SnapshotName: 'bkup-copy',
      CacheClusterId: 'mynonclusteredredis',
      SnapshotSource: 'manual',
      Engine: 'redis',
      CacheNodeType: 'cache.m3.2xlarge',
      Port: 6379,
    }),
    why: 'CopySnapshot is in the model (CopySnapshotResult with Snapshot); moto answers an HTML 500.',
  },
  'fault: invalid name': {
    emulator: { ok: false, error: 'InvalidParameterValueException', status: 400 },
    why: 'Backup names can\'t contain two consecutive hyphens (the seed\'s rules): InvalidParameterValue. moto accepts "bad--name".',
  },
  'delete-cache-cluster with a final backup': {
    emulator: ok('final-1'),
    why: 'FinalSnapshotIdentifier takes a backup before deleting; moto deletes without one, so DescribeSnapshots answers SnapshotNotFoundFault.',
  },
  // Issue 13's calls (more-steps.ts). Both echo the zone and window asked, keep failover off unless
  // asked, keep Valkey, and keep a backup's tags given on create.
  'create-cache-cluster with zone, window and port': {
    emulator: ok({ az: 'us-east-1a', window: 'sun:05:00-sun:06:00', port: 6380 }),
    why: 'ShowCacheNodeInfo lists the nodes with their endpoint on the Port asked (the model); moto lists no CacheNodes.',
  },
  'add-tags-to-resource, remove-tags-from-resource on a group': {
    emulator: ok([{ Key: 'team', Value: 'qa' }]),
    why: 'RemoveTagsFromResource answers the tags left (TagListMessage in the model); moto answers no TagList.',
  },
  'fault: tags of an unknown cluster': {
    emulator: { ok: false, error: 'CacheClusterNotFoundFault', status: 404 },
    why: 'An ARN naming no cluster is CacheClusterNotFound (the model lists it for ListTagsForResource); moto answers an empty list.',
  },
  'fault: removing a tag that is not there': {
    emulator: { ok: false, error: 'TagNotFoundFault', status: 404 },
    why: 'The model lists TagNotFound for RemoveTagsFromResource; moto ignores the key.',
  },
  'fault: more than 50 tags': {
    emulator: { ok: false, error: 'TagQuotaPerResourceExceeded', status: 400 },
    why: 'The service allows 50 tags per resource (User Guide, "Tagging your ElastiCache resources"); moto has no limit.',
  },
  'fault: an operation not implemented (DescribeServiceUpdates)': {
    emulator: { ok: false, error: 'NotImplemented', status: 501 },
    why: 'Neither implements DescribeServiceUpdates: the emulator says so (501 NotImplemented, naming it); moto answers an HTML 500.',
  },
  'modify-replication-group backup settings': {
    emulator: ok({ retention: 3, window: '03:00-04:00' }),
    why: 'moto has no ModifyReplicationGroup (HTML 500); the model returns the group with its new SnapshotRetentionLimit and SnapshotWindow.',
  },
  'fault: a snapshot window shorter than 60 minutes': {
    emulator: { ok: false, error: 'InvalidParameterValueException', status: 400 },
    why: 'The service requires a window of at least 60 minutes (AWS docs, "Scheduling automatic backups"); moto has no ModifyReplicationGroup.',
  },
  'describe-events of a replication group': {
    emulator: ok(['Replication group myreplicatedredis modified', 'Replication group myreplicatedredis created']),
    why: 'moto has no DescribeEvents; the emulator lists what the scenario did to the group, newest first.',
  },
};
