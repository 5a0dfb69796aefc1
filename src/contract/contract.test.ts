// @vitest-environment node
import { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import type { ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../emulator/engine/engine';
import { createEmulatorServer } from '../emulator/server/http-server';
import { motoAvailable, startMoto } from './moto-server';
import { runScenario, type Outcome } from './scenario';

const client = (endpoint: string) =>
  new ElastiCacheClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });

// Both finish at once, so their answers compare step by step.
const emulator = createEmulatorServer(createEngine({ dataset: {}, backupDurationMs: 0, createDurationMs: 0, deleteDurationMs: 0 }));
let moto: { endpoint: string; process: ChildProcess } | undefined;
let results: { emulator: Map<string, Outcome>; moto: Map<string, Outcome> };

beforeAll(async () => {
  const { testEmulator } = await import('../test/emulator');
  testEmulator.server.close();
  if (!motoAvailable()) throw new Error('moto_server is not installed: node scripts/ensure-services.mjs installs it.');
  moto = await startMoto();
  await new Promise<void>((resolve) => emulator.listen(0, '127.0.0.1', resolve));
  const emulatorEndpoint = `http://127.0.0.1:${(emulator.address() as AddressInfo).port}`;
  results = { emulator: await runScenario(client(emulatorEndpoint)), moto: await runScenario(client(moto.endpoint)) };
}, 60_000);
afterAll(() => {
  moto?.process.kill();
  emulator.close();
});

/**
 * Where moto and the emulator answer differently, and which follows AWS: the API model
 * (botocore's service-2.json, shared/reference/api-operations.md) and the service's
 * documented behaviour (shared/reference/README.md). Identifiers are compared without
 * case (see the last test). A new difference, or a change in the emulator's answer, fails.
 */
const ok = (value: unknown): Outcome => ({ ok: true, value });
const KNOWN_DIFFERENCES: Record<string, { emulator: Outcome; why: string }> = {
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
  'fault: an operation not implemented (DescribeEvents)': {
    emulator: { ok: false, error: 'NotImplemented', status: 501 },
    why: 'Neither implements DescribeEvents: the emulator says so (501 NotImplemented, naming it); moto answers an HTML 500.',
  },
};

const lower = (o: Outcome | undefined) => JSON.parse(JSON.stringify(o ?? null).toLowerCase()) as unknown;

describe('contract: one scenario through the SDK against moto_server and the emulator', () => {
  it('differs only where recorded, and there the emulator gives the recorded answer', () => {
    const differing = [...results.emulator.keys()].filter(
      (step) => JSON.stringify(lower(results.emulator.get(step))) !== JSON.stringify(lower(results.moto.get(step))),
    );
    expect(differing).toEqual(Object.keys(KNOWN_DIFFERENCES));
    for (const [step, known] of Object.entries(KNOWN_DIFFERENCES)) expect(results.emulator.get(step), step).toEqual(known.emulator);
  });

  it('agrees with moto on the faults both implement, with the model\'s codes and statuses', () => {
    expect(results.emulator.get('fault: name already used')).toEqual({ ok: false, error: 'SnapshotAlreadyExistsFault', status: 400 });
    expect(results.emulator.get('fault: unknown cluster')).toEqual({ ok: false, error: 'CacheClusterNotFoundFault', status: 404 });
    expect(results.emulator.get('fault: unknown snapshot')).toEqual({ ok: false, error: 'SnapshotNotFoundFault', status: 404 });
  });

  it('stores identifiers in lowercase as AWS does; moto keeps the case it was given', () => {
    const first = (m: Map<string, Outcome>) => m.get('create-cache-cluster myNonClusteredRedis');
    expect(first(results.emulator)).toEqual(ok({ id: 'mynonclusteredredis', type: 'cache.m3.2xlarge', nodes: 1 }));
    expect(first(results.moto)).toEqual(ok({ id: 'myNonClusteredRedis', type: 'cache.m3.2xlarge', nodes: 1 }));
  });
});
