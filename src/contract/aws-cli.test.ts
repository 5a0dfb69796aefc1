// @vitest-environment node
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../emulator/engine/engine';
import { createEmulatorServer } from '../emulator/server/http-server';
import { defaultDataset } from '../emulator/engine/seed';
import { seedCommands, seedOutputs } from './seed-examples';

/**
 * The AWS CLI, unchanged but for --endpoint-url, against the emulator service: the
 * seed's three create-snapshot commands, as the seed prints them, and their outputs
 * compared with the seed's example outputs field by field.
 */

// Backups stay `creating` for a minute, as in the seed's outputs, unless a test says otherwise.
const engine = createEngine({ dataset: {}, backupDurationMs: 60_000, createDurationMs: 0, deleteDurationMs: 0 });
const server = createEmulatorServer(engine);
let endpoint = '';
const env = { ...process.env, AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x', AWS_DEFAULT_REGION: 'us-east-1', AWS_MAX_ATTEMPTS: '1', AWS_PAGER: '' };

const run = promisify(execFile);

/**
 * Runs `aws` with the arguments of a command line (the seed's `\` continuations joined).
 * Asynchronously: the server answering it lives in this process.
 */
async function aws(commandLine: string): Promise<Record<string, unknown>> {
  const args = commandLine.replace(/\\\n/g, ' ').trim().split(/\s+/).slice(1);
  const { stdout } = await run('aws', [...args, '--endpoint-url', endpoint, '--output', 'json'], { env, encoding: 'utf8' });
  return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
}

/** Every key of `expected`, recursively (first element of arrays), that `actual` lacks. */
function missingFields(expected: unknown, actual: unknown, path = ''): string[] {
  if (Array.isArray(expected)) return missingFields(expected[0], Array.isArray(actual) ? actual[0] : undefined, `${path}[0]`);
  if (expected === null || typeof expected !== 'object') return [];
  return Object.entries(expected).flatMap(([key, value]) => {
    const here = (actual as Record<string, unknown> | undefined)?.[key];
    return here === undefined ? [`${path}.${key}`] : missingFields(value, here, `${path}.${key}`);
  });
}

beforeAll(async () => {
  const { testEmulator } = await import('../test/emulator');
  testEmulator.server.close();
  if (spawnSync('aws', ['--version']).status !== 0) throw new Error('The AWS CLI (aws) is not installed: node scripts/ensure-services.mjs installs it.');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

/** Where `actual` differs from the seed's `expected` values: ids compare without case, times need only be times. */
function differences(expected: unknown, actual: unknown, path = ''): string[] {
  if (Array.isArray(expected)) {
    const list = Array.isArray(actual) ? actual : [];
    if (list.length !== expected.length) return [`${path}: ${list.length} entries, not ${expected.length}`];
    return expected.flatMap((e, i) => differences(e, list[i], `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    return Object.entries(expected).flatMap(([k, v]) => differences(v, (actual as Record<string, unknown> | undefined)?.[k], `${path}.${k}`));
  }
  if (/Time$/.test(path)) return typeof actual === 'string' && !Number.isNaN(Date.parse(actual)) ? [] : [`${path}: ${String(actual)}`];
  const same = /(ClusterId|GroupId|SnapshotName)$/.test(path) ? String(actual) === String(expected).toLowerCase() : actual === expected;
  return same ? [] : [`${path}: ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`];
}

describe('the seed’s commands, verbatim, on the default dataset', () => {
  beforeEach(() => {
    engine.reset(defaultDataset);
    engine.settings.backupDurationMs = 60_000;
  });

  it.each([
    [0, { ...seedOutputs[0]?.Snapshot, CacheClusterId: 'myNonClusteredRedis' }],
    [1, seedOutputs[0]?.Snapshot],
    [2, seedOutputs[1]?.Snapshot],
  ])('runs example %i and prints every field of the seed’s output with the seed’s values', async (i, expected) => {
    const out = (await aws(seedCommands[i] ?? '')) as { Snapshot: Record<string, unknown> };
    expect(differences(expected, out.Snapshot)).toEqual([]);
  }, 30_000);
});

describe('the AWS CLI against `npm run emulator`', () => {
  it('makes the seed’s kinds of cluster with its own create commands, in one namespace of ids', async () => {
    await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
    await aws('aws elasticache create-cache-cluster --cache-cluster-id myNonClusteredRedis --engine redis --engine-version 3.2.4 --cache-node-type cache.m3.2xlarge --num-cache-nodes 1');
    await aws('aws elasticache create-replication-group --replication-group-id myReplicatedRedis --replication-group-description replicas --num-cache-clusters 3 --engine redis --engine-version 3.2.4 --cache-node-type cache.m3.2xlarge');
    await aws('aws elasticache create-replication-group --replication-group-id myClusteredRedis --replication-group-description 2-shards --num-node-groups 2 --replicas-per-node-group 1 --engine redis --engine-version 3.2.4 --cache-node-type cache.r3.large');
    const clusters = (await aws('aws elasticache describe-cache-clusters')) as { CacheClusters: { CacheClusterId: string }[] };
    expect(clusters.CacheClusters.map((c) => c.CacheClusterId).sort()).toEqual([
      'myclusteredredis-0001-001', 'myclusteredredis-0001-002', 'myclusteredredis-0002-001', 'myclusteredredis-0002-002',
      'mynonclusteredredis', 'myreplicatedredis-001', 'myreplicatedredis-002', 'myreplicatedredis-003',
    ]);
    // A group can't take a cluster's id (src/emulator/engine/new-cluster.ts, idInUse).
    await expect(
      aws('aws elasticache create-replication-group --replication-group-id myNonClusteredRedis --replication-group-description x --num-cache-clusters 2 --engine redis --cache-node-type cache.m3.large'),
    ).rejects.toThrow(/ReplicationGroupAlreadyExists/);
  }, 30_000);
});

describe('the AWS CLI against `npm run emulator`, on the demo account', () => {
  beforeEach(() => {
    // The demo account holds the seed's clusters: myNonClusteredRedis, a group whose nodes are
    // myNonClusteredRedis-001…003, and the 2-shard myClusteredRedis.
    engine.reset(defaultDataset);
    engine.settings.backupDurationMs = 60_000;
  });

  it('finds the seed’s three commands and two outputs', () => {
    expect(seedCommands).toHaveLength(3);
    expect(seedOutputs).toHaveLength(2);
  });

  it.each([0, 1, 2])('runs the seed’s create-snapshot example %i with every field of the seed’s output', async (i) => {
    const out = (await aws(seedCommands[i] ?? '')) as { Snapshot: Record<string, unknown> };
    expect(out.Snapshot.SnapshotName).toBe('bkup-20150515');
    expect(out.Snapshot.SnapshotStatus).toBe('creating');
    // Example 3's output is the second one; examples 1 and 2 share the first's fields.
    const expected = seedOutputs[i === 2 ? 1 : 0];
    expect(missingFields(expected, out)).toEqual([]);
  }, 30_000);

  it('describes, copies and deletes backups, and describes clusters and groups', async () => {
    engine.settings.backupDurationMs = 0;
    await aws('aws elasticache create-snapshot --replication-group-id myClusteredRedis --snapshot-name bkup-20150515');
    const described = (await aws('aws elasticache describe-snapshots --snapshot-name bkup-20150515')) as { Snapshots: Record<string, unknown>[] };
    expect(described.Snapshots[0]).toMatchObject({ SnapshotStatus: 'available', NumNodeGroups: 2 });
    expect(missingFields(seedOutputs[1]?.Snapshot, described.Snapshots[0])).toEqual([]);

    const copied = (await aws('aws elasticache copy-snapshot --source-snapshot-name bkup-20150515 --target-snapshot-name bkup-copy')) as { Snapshot: Record<string, unknown> };
    expect(copied.Snapshot).toMatchObject({ SnapshotName: 'bkup-copy', SnapshotSource: 'manual' });
    const deleted = (await aws('aws elasticache delete-snapshot --snapshot-name bkup-copy')) as { Snapshot: Record<string, unknown> };
    expect(deleted.Snapshot.SnapshotStatus).toBe('deleting');

    const clusters = (await aws('aws elasticache describe-cache-clusters --show-cache-node-info')) as { CacheClusters: { CacheClusterId: string }[] };
    expect(clusters.CacheClusters.map((c) => c.CacheClusterId)).toContain('mynonclusteredredis-002');
    const groups = (await aws('aws elasticache describe-replication-groups --replication-group-id myClusteredRedis')) as {
      ReplicationGroups: { ClusterEnabled: boolean; NodeGroups: unknown[] }[];
    };
    expect(groups.ReplicationGroups[0]).toMatchObject({ ClusterEnabled: true });
    expect(groups.ReplicationGroups[0]?.NodeGroups).toHaveLength(2);
  }, 30_000);

  it('echoes what create-cache-cluster asked, keeps create-snapshot --tags, and names what is not implemented', async () => {
    await aws('aws elasticache create-cache-cluster --cache-cluster-id asked --cache-node-type cache.r6g.large --engine redis --preferred-availability-zone us-east-1a --preferred-maintenance-window sun:05:00-sun:06:00 --port 6380');
    const described = (await aws('aws elasticache describe-cache-clusters --cache-cluster-id asked --show-cache-node-info')) as { CacheClusters: unknown[] };
    expect(described.CacheClusters[0]).toMatchObject({
      PreferredAvailabilityZone: 'us-east-1a',
      PreferredMaintenanceWindow: 'sun:05:00-sun:06:00',
      CacheNodes: [{ Endpoint: { Port: 6380 } }],
    });
    await aws('aws elasticache create-snapshot --cache-cluster-id myNonClusteredRedis --snapshot-name tagged --tags Key=team,Value=qa');
    const tags = await aws('aws elasticache list-tags-for-resource --resource-name arn:aws:elasticache:us-east-1:123456789012:snapshot:tagged');
    expect(tags).toEqual({ TagList: [{ Key: 'team', Value: 'qa' }] });
    const failed = await run('aws', ['elasticache', 'describe-service-updates', '--endpoint-url', endpoint], { env }).then(
      () => ({ stderr: '' }),
      (e: { stderr: string }) => e,
    );
    expect(failed.stderr).toContain('An error occurred (NotImplemented) when calling the DescribeServiceUpdates operation');
  }, 30_000);

  it('reports a fault as the CLI shows AWS faults', async () => {
    const failed = await run('aws', ['elasticache', 'create-snapshot', '--cache-cluster-id', 'nope', '--snapshot-name', 'x1', '--endpoint-url', endpoint], { env }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    // CLI v1 exits 255 on a service error, v2 254.
    expect([254, 255]).toContain(failed.code);
    expect(failed.stderr).toContain('An error occurred (CacheClusterNotFound) when calling the CreateSnapshot operation: CacheCluster not found: nope');
  });
});
