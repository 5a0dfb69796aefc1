// @vitest-environment node
import { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import type { ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../emulator/engine/engine';
import { createEmulatorServer } from '../emulator/server/http-server';
import { motoAvailable, startMoto } from './moto-server';
import { KNOWN_DIFFERENCES, ok } from './known-differences';
import { runScenario, type Outcome } from './scenario';

const client = (endpoint: string) =>
  new ElastiCacheClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });

// Both finish at once, so their answers compare step by step.
const emulator = createEmulatorServer(createEngine({ dataset: {}, backupDurationMs: 0, createDurationMs: 0, deleteDurationMs: 0, modifyDurationMs: 0 }));
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
