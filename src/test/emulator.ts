import { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import type { EmulatorOptions } from '../emulator/engine/engine';
import { createNodeEmulator } from '../emulator/msw/node';
import { config } from '../config';

/**
 * One emulator for every Vitest file, at the endpoint the console's client uses, so
 * components and SDK tests talk to the same fake service. Reset before each test.
 */
export const testEmulator = createNodeEmulator(config.endpoint);

export function resetEmulator(options: Pick<EmulatorOptions, 'dataset'> = {}) {
  testEmulator.engine.reset(options.dataset);
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
