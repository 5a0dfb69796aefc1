// @vitest-environment node
import { CreateCacheClusterCommand, CreateSnapshotCommand, DeleteCacheClusterCommand, type ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableSnapshot, clusterEndpoint, fingerprint, portClosed, portRange, requireRedisServer, sdk, writeKeys } from '../../test/data-plane-kit';
import { createEngine } from '../engine/engine';
import { createEmulatorServer } from '../server/http-server';
import { DataPlane } from './data-plane';
import { findServerBinary } from './server-process';

/** `--data-plane` in-process: the HTTP service, real servers, a real client. */
const dir = mkdtempSync(join(tmpdir(), 'data-plane-'));
let plane: DataPlane;
let http: Server;
let client: ElastiCacheClient;
const clients: Redis[] = [];

beforeAll(async () => {
  requireRedisServer();
  // The suite's msw server intercepts Node's HTTP; real sockets here.
  const { testEmulator } = await import('../../test/emulator');
  testEmulator.server.close();
  ({ plane } = await DataPlane.open({ dir, ports: portRange(), maxNodes: 16, maxmemory: '64mb', binary: findServerBinary() ?? '' }));
  // Durations 0: statuses wait on the data alone (files complete, servers answering).
  const engine = createEngine({ dataset: {}, backupDurationMs: 0, createDurationMs: 0, deleteDurationMs: 0, dataPlane: plane });
  plane.attach(engine.db, (report) => engine.recordData(report));
  http = createEmulatorServer(engine);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  client = sdk(`http://127.0.0.1:${(http.address() as AddressInfo).port}`);
}, 60_000);

afterAll(async () => {
  clients.forEach((c) => c.disconnect());
  http?.close();
  await plane?.close();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

async function connect(id: string): Promise<Redis> {
  const { host, port } = await clusterEndpoint(client, id);
  const redis = new Redis({ host, port, lazyConnect: true, maxRetriesPerRequest: 1 });
  clients.push(redis);
  await redis.connect();
  return redis;
}

const create = (id: string, SnapshotName?: string) =>
  client.send(new CreateCacheClusterCommand({ CacheClusterId: id, Engine: 'redis', CacheNodeType: 'cache.t3.small', SnapshotName }));

describe('--data-plane, a single-node cache', () => {
  it('backs up 1,000 keys, loses them, and restores every key, type, value and TTL into a new cache', async () => {
    await create('loop-source');
    const source = await connect('loop-source');
    expect(source.options.host).toBe('127.0.0.1');
    const keys = await writeKeys(source, 1000);
    const before = await fingerprint(source, keys);

    await client.send(new CreateSnapshotCommand({ CacheClusterId: 'loop-source', SnapshotName: 'loop-baseline' }));
    const backup = await availableSnapshot(client, 'loop-baseline');
    expect(backup.NodeSnapshots?.[0]?.CacheSize).toMatch(/^0\.\d+ MB$/);
    await source.flushall();
    expect(await source.dbsize()).toBe(0);

    await create('loop-restored', 'loop-baseline');
    const restored = await connect('loop-restored');
    expect(await restored.dbsize()).toBe(1000);
    expect(await fingerprint(restored, keys)).toEqual(before);
  }, 120_000);

  it('deletes a cache with a final backup holding its data, and stops its server', async () => {
    await create('final-source');
    const source = await connect('final-source');
    const keys = await writeKeys(source, 200, 'final');
    const before = await fingerprint(source, keys);
    const { port } = source.options;

    await client.send(new DeleteCacheClusterCommand({ CacheClusterId: 'final-source', FinalSnapshotIdentifier: 'final-backup' }));
    await availableSnapshot(client, 'final-backup');
    await plane.idle();
    expect(await portClosed(port)).toBe(true);

    await create('final-restored', 'final-backup');
    expect(await fingerprint(await connect('final-restored'), keys)).toEqual(before);
  }, 120_000);
});
