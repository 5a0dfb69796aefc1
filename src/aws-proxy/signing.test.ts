// @vitest-environment node
import { CreateSnapshotCommand, DescribeCacheClustersCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { CredentialsProviderError } from '@smithy/core/config';
import type { Server } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { rejection } from '../test/emulator';
import { callerIdentity } from './caller-identity';
import { listen } from './listen';
import { createAwsProxy, type ProxyOptions } from './proxy-server';
import { TARGET_ACCOUNT, verifyingTarget } from './verifying-target';

const KNOWN = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
/** The SigV4 date is the clock's: a fixed one makes the signature a known value. */
const FIXED = new Date('2026-01-15T12:00:00Z');
const aws = verifyingTarget(KNOWN);
let target = '';
const proxies: Server[] = [];

beforeAll(async () => {
  // The proxy's own fetch must reach the stand-in, not the console's msw emulator.
  const { testEmulator } = await import('../test/emulator');
  testEmulator.server.close();
  target = await listen(aws.server);
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: FIXED });
  aws.received.length = 0;
});
afterEach(() => vi.useRealTimers());
afterAll(() => [aws.server, ...proxies].forEach((server) => server.close()));

async function proxy(credentials: ProxyOptions['credentials']): Promise<string> {
  const server = createAwsProxy({ region: 'eu-west-1', target, credentials, identity: { account: TARGET_ACCOUNT, arn: 'arn' }, readOnly: false });
  proxies.push(server);
  return listen(server);
}

/** The console's client: placeholder credentials, which the proxy must not pass on. */
const consoleClient = (endpoint: string) =>
  new ElastiCacheClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIAEMULATOR00000000', secretAccessKey: 'placeholder' }, maxAttempts: 1 });

describe('the AWS proxy signs with the user\'s credentials', () => {
  it('each forwarded call carries a SigV4 signature the service recomputes to the same value', async () => {
    const client = consoleClient(await proxy(async () => KNOWN));
    await client.send(new DescribeCacheClustersCommand({}));
    await client.send(new CreateSnapshotCommand({ CacheClusterId: 'mycluster', SnapshotName: 'bkup-1' }));
    expect(aws.received.map((r) => [r.action, r.signatureMatches])).toEqual([
      ['DescribeCacheClusters', true],
      ['CreateSnapshot', true],
    ]);
    for (const { headers } of aws.received) {
      expect(headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20260115\/eu-west-1\/elasticache\/aws4_request, /);
      expect(headers['x-amz-date']).toBe('20260115T120000Z');
      expect(JSON.stringify(headers)).not.toContain('AKIAEMULATOR');
    }
  });

  it('passes on neither the page\'s Origin or cookies nor the service\'s cookies, and never echoes a key or signature', async () => {
    const endpoint = await proxy(async () => KNOWN);
    const response = await fetch(`${endpoint}/`, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', cookie: 'session=1', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=DescribeSnapshots&Version=2015-02-02',
    });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(aws.received[0]?.headers.origin).toBeUndefined();
    expect(aws.received[0]?.headers.cookie).toBeUndefined();
    expect(response.headers.get('set-cookie')).toBeNull();
    const echoed = `${JSON.stringify([...response.headers])}${text}`;
    for (const secret of [KNOWN.secretAccessKey, KNOWN.accessKeyId, 'Signature=', 'AWS4-HMAC-SHA256']) expect(echoed).not.toContain(secret);
  });

  it('with wrong credentials the console gets the service\'s SignatureDoesNotMatch and its message', async () => {
    const client = consoleClient(await proxy(async () => ({ ...KNOWN, secretAccessKey: 'wrong' })));
    expect(await rejection(client.send(new DescribeCacheClustersCommand({})))).toEqual({
      name: 'SignatureDoesNotMatch',
      status: 403,
      message: expect.stringContaining('does not match the signature you provided') as string,
    });
  });

  it('with no credentials the console gets a 403 that says so and how to fix it, and nothing is sent', async () => {
    const none = async () => {
      throw new CredentialsProviderError('Could not load credentials from any providers', { tryNextLink: false });
    };
    const client = consoleClient(await proxy(none));
    const failure = await rejection(client.send(new DescribeCacheClustersCommand({})));
    expect(failure).toMatchObject({ name: 'CredentialsUnavailable', status: 403 });
    expect(failure.message).toContain('no usable AWS credentials: Could not load credentials from any providers');
    expect(failure.message).toContain('aws sso login');
    expect(aws.received).toEqual([]);
  });

  it('GetCallerIdentity names the account, and reports refused credentials readably', async () => {
    const sts = { url: target, region: 'eu-west-1' };
    await expect(callerIdentity({ ...sts, credentials: KNOWN })).resolves.toEqual({ account: TARGET_ACCOUNT, arn: `arn:aws:iam::${TARGET_ACCOUNT}:user/tester` });
    expect(aws.received[0]?.headers.authorization).toContain('/eu-west-1/sts/aws4_request');
    await expect(callerIdentity({ ...sts, credentials: { ...KNOWN, secretAccessKey: 'wrong' } })).rejects.toThrow(
      /^AWS refused the credentials \(SignatureDoesNotMatch: The request signature we calculated/,
    );
  });
});
