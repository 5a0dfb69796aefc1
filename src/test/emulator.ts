import { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { afterEach, beforeEach, vi } from 'vitest';
import type { EmulatorOptions } from '../emulator/engine/engine';
import type { EngineSettings } from '../emulator/engine/timing';
import { createNodeEmulator } from '../emulator/msw/node';
import { config } from '../config';

/**
 * One emulator for every Vitest file, at the endpoint the console's client uses, so
 * components and SDK tests talk to the same fake service. Reset before each test.
 */
export const testEmulator = createNodeEmulator(config.endpoint);

export function resetEmulator(options: Pick<EmulatorOptions, 'dataset'> = {}) {
  testEmulator.engine.reset(options.dataset);
  testEmulator.engine.setFaults([]);
}

/** A real SDK client, as a user's program would make it, pointed at the emulator. */
export function sdkClient(): ElastiCacheClient {
  return new ElastiCacheClient({
    endpoint: config.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

/** What a failed SDK call threw: the exception name, the HTTP status and the message. */
export function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: { name: string; message: string; $metadata: { httpStatusCode?: number } }) => ({
      name: e.name,
      status: e.$metadata.httpStatusCode,
      message: e.message,
    }),
  );
}

/** The instant engine tests start at. */
export const T0 = Date.parse('2026-11-25T12:00:00.000Z');

/**
 * Engine tests on a faked Date: each test starts at T0 on a fresh emulator with these
 * timings; `later` moves the clock on. Statuses derive from timestamps, so no timers run.
 */
export function onEmulatorClock(settings: Partial<EngineSettings>) {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    resetEmulator();
    Object.assign(testEmulator.engine.settings, settings);
  });
  afterEach(() => vi.useRealTimers());
}

export const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
