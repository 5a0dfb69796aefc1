// @vitest-environment node
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../engine/engine';
import { openFileStore } from './file-store';
import { createEmulatorServer } from './http-server';

/** Many clients at once against the service with a data file: the service's rules still hold exactly. */
const path = join(mkdtempSync(join(tmpdir(), 'emulator-concurrency-')), 'state.json');
const engine = createEngine({ backupDurationMs: 0, createDurationMs: 0, store: openFileStore(path) });
const server = createEmulatorServer(engine);
let endpoint = '';

beforeAll(async () => {
  // The suite's msw server intercepts Node's HTTP; let real sockets through for this file.
  const { testEmulator } = await import('../../test/emulator');
  testEmulator.server.close();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const create = (cluster: string, name: string) =>
  fetch(endpoint, { method: 'POST', body: `Action=CreateSnapshot&Version=2015-02-02&CacheClusterId=${cluster}&SnapshotName=${name}` }).then((r) => r.status);
const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe('200 concurrent CreateSnapshot calls', () => {
  it('with one name: exactly one succeeds, the others get SnapshotAlreadyExistsFault', async () => {
    const statuses = await Promise.all(Array.from({ length: 200 }, () => create('myNonClusteredRedis', 'same-name')));
    expect(count(statuses, 200)).toBe(1);
    expect(count(statuses, 400)).toBe(199);
  });

  it('with distinct names on one node: exactly 20 succeed (the daily quota), and all 20 are in the data file', async () => {
    const node = await fetch(endpoint, { method: 'POST', body: 'Action=CreateCacheCluster&Version=2015-02-02&CacheClusterId=quota-node&CacheNodeType=cache.t3.micro' });
    expect(node.status).toBe(200);
    const statuses = await Promise.all(Array.from({ length: 200 }, (_, i) => create('quota-node', `distinct-${i}`)));
    expect(count(statuses, 200)).toBe(20);
    const saved = createEngine({ store: openFileStore(path) }).db;
    expect([...saved.snapshots.keys()].filter((n) => n.startsWith('distinct-'))).toHaveLength(20);
  });
});
