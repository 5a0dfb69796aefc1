import type { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { Cluster, Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { DataPlane } from '../emulator/data-plane/data-plane';
import { findServerBinary } from '../emulator/data-plane/server-process';
import { createEngine } from '../emulator/engine/engine';
import type { DatasetInput } from '../emulator/engine/dataset';
import { folderExport } from '../emulator/server/folder-export';
import { createEmulatorServer } from '../emulator/server/http-server';
import { clusterEndpoint, portRange, requireRedisServer, sdk } from './data-plane-kit';

/**
 * `--data-plane` in-process for one test file: the HTTP service, real servers in a temp
 * folder, and real clients, all stopped after the file (no server outlives it).
 */
export function dataPlaneEmulator(dataset: DatasetInput = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'data-plane-'));
  const clients: (Redis | Cluster)[] = [];
  // The folder store, as `npm run emulator` has it without --s3-endpoint: a bucket is a subfolder.
  const s3Dir = join(dir, 's3');
  const exporter = folderExport(s3Dir, dir);
  let http: Server | undefined;
  const ctx = { plane: undefined as DataPlane | undefined, client: undefined as ElastiCacheClient | undefined };

  beforeAll(async () => {
    requireRedisServer();
    // The suite's msw server intercepts Node's HTTP; real sockets here.
    const { testEmulator } = await import('./emulator');
    testEmulator.server.close();
    const { plane } = await DataPlane.open({ dir, ports: portRange(), maxNodes: 16, maxmemory: '64mb', binary: findServerBinary() ?? '', objects: exporter.read });
    // Durations 0: statuses wait on the data alone (files complete, servers answering).
    const engine = createEngine({ dataset, backupDurationMs: 0, createDurationMs: 0, deleteDurationMs: 0, dataPlane: plane, exporter });
    await plane.attach(engine.db, (report) => engine.recordData(report));
    const server = createEmulatorServer(engine);
    http = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    Object.assign(ctx, { plane, client: sdk(`http://127.0.0.1:${(server.address() as AddressInfo).port}`) });
  }, 60_000);

  afterAll(async () => {
    clients.forEach((c) => c.disconnect());
    http?.close();
    await ctx.plane?.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  const api = () => {
    if (!ctx.client) throw new Error('the emulator did not start');
    return ctx.client;
  };
  return {
    api,
    s3Dir,
    idle: () => ctx.plane?.idle(),
    /** A client of one node, as an application would open it. */
    async node(host: string, port: number): Promise<Redis> {
      const redis = new Redis({ host, port, lazyConnect: true, maxRetriesPerRequest: 1 });
      clients.push(redis);
      await redis.connect();
      return redis;
    },
    async cache(id: string): Promise<Redis> {
      const { host, port } = await clusterEndpoint(api(), id);
      return this.node(host, port);
    },
    /** A cluster client from the configuration endpoint; it discovers the shards. */
    async cluster(host: string, port: number): Promise<Cluster> {
      const cluster = new Cluster([{ host, port }], { lazyConnect: true, redisOptions: { maxRetriesPerRequest: 1 } });
      clients.push(cluster);
      await cluster.connect();
      return cluster;
    },
  };
}
