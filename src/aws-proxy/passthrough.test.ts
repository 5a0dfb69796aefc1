// @vitest-environment node
import { DescribeCacheClustersCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRetryable, toApiError } from '../api/errors';
import { createEngine } from '../emulator/engine/engine';
import { createEmulatorServer } from '../emulator/server/http-server';
import { listen } from './listen';
import { createAwsProxy } from './proxy-server';

/** The emulator standing in for AWS: its injected faults are the service's, seen through the proxy. */
const engine = createEngine({});
const service = createEmulatorServer(engine);
let proxy: Server;
let client: ElastiCacheClient;

beforeAll(async () => {
  const { testEmulator } = await import('../test/emulator');
  testEmulator.server.close();
  const target = await listen(service);
  proxy = createAwsProxy({
    region: 'us-east-1',
    target,
    credentials: async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }),
    identity: { account: '111122223333', arn: 'arn' },
    readOnly: false,
  });
  client = new ElastiCacheClient({ endpoint: await listen(proxy), region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });
});
afterAll(() => [proxy, service].forEach((server) => server.close()));

describe('the AWS proxy passes the service\'s answers through unchanged', () => {
  it('a Throttling answer stays one, so the console retries the read as it does against the emulator', async () => {
    engine.setFaults([{ kind: 'throttling', action: 'DescribeCacheClusters', times: 1 }]);
    const throttled = await client.send(new DescribeCacheClustersCommand({})).catch((error: unknown) => error);
    expect(toApiError(throttled)).toMatchObject({ code: 'Throttling', status: 400 });
    expect(isRetryable(throttled)).toBe(true);
    await expect(client.send(new DescribeCacheClustersCommand({}))).resolves.toMatchObject({ CacheClusters: expect.any(Array) as unknown[] });
  });
});
