// @vitest-environment node
import { CreateSnapshotCommand, DescribeCacheClustersCommand, DescribeSnapshotsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../engine/engine';
import { createEmulatorServer, MAX_BODY_BYTES } from './http-server';

/** The same engine over a real socket, as `npm run emulator` serves it (msw not involved). */
const engine = createEngine({ backupDurationMs: 0 });
const server = createEmulatorServer(engine, { allowedOrigins: ['http://localhost:4175'] });
let endpoint = '';

interface Sent {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Declared Content-Length; the body sent may be shorter (the answer must not wait for it). */
  contentLength?: number;
}

/** One raw HTTP request (fetch can't set Host or leave Origin out on purpose). */
function send({ method = 'POST', path = '/', headers = {}, body = '', contentLength }: Sent) {
  const { port } = server.address() as AddressInfo;
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, 'content-length': String(contentLength ?? Buffer.byteLength(body)), ...headers } });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.write(body);
    if (contentLength === undefined) req.end();
  });
}
const DESCRIBE = 'Action=DescribeSnapshots&Version=2015-02-02';

beforeAll(async () => {
  // The suite's msw server intercepts Node's HTTP; let real sockets through for this file.
  const { testEmulator } = await import('../../test/emulator');
  testEmulator.server.close();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('emulator HTTP server', () => {
  it('serves the SDK over HTTP', async () => {
    const client = new ElastiCacheClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });
    const created = await client.send(new CreateSnapshotCommand({ ReplicationGroupId: 'myClusteredRedis', SnapshotName: 'over-http' }));
    expect(created.Snapshot?.NumNodeGroups).toBe(2);
    const listed = await client.send(new DescribeSnapshotsCommand({ SnapshotName: 'over-http' }));
    expect(listed.Snapshots?.[0]?.SnapshotStatus).toBe('available');
    await expect(client.send(new CreateSnapshotCommand({ CacheClusterId: 'nope', SnapshotName: 'x' }))).rejects.toMatchObject({
      name: 'CacheClusterNotFoundFault',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('is the us-east-1 endpoint: a request signed for another Region is refused as a regional endpoint refuses it', async () => {
    const elsewhere = new ElastiCacheClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });
    await expect(elsewhere.send(new DescribeCacheClustersCommand({}))).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
      message: "Credential should be scoped to a valid region, not 'eu-west-1'. ",
      $metadata: { httpStatusCode: 403 },
    });
    const s3Scoped = await fetch(`${endpoint}/`, {
      method: 'POST',
      headers: { authorization: 'AWS4-HMAC-SHA256 Credential=AKIAX/20261126/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00' },
      body: 'Action=DescribeCacheClusters&Version=2015-02-02',
    });
    expect(s3Scoped.status).toBe(403);
    expect(await s3Scoped.text()).toMatch(/<Code>SignatureDoesNotMatch<\/Code><Message>Credential should be scoped to correct service: (&#39;|')elasticache(&#39;|')\. </);
    // Unsigned (curl) it answers, in its own Region.
    const xml = await (await fetch(`${endpoint}/`, { method: 'POST', body: 'Action=DescribeCacheClusters&Version=2015-02-02' })).text();
    expect(xml).toContain('arn:aws:elasticache:us-east-1:');
  });

  it('answers CORS preflights, so a console on another origin can call it', async () => {
    const response = await fetch(`${endpoint}/`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,x-amz-date' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization,x-amz-date');
  });

  it('refuses pages of other origins, `null` included, with an AWS-style 403 and no CORS grant', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://localhost:5174']) {
      const refused = await send({ headers: { origin }, body: DESCRIBE });
      expect(refused.status).toBe(403);
      expect(refused.body).toContain('<Code>AccessDenied</Code>');
      expect(refused.body).toContain('--allow-origin');
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await send({ method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
      expect(preflight.status).toBe(403);
    }
  });

  it('serves the console origins and the ones added with --allow-origin', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:4173', 'http://localhost:4175']) {
      const answered = await send({ headers: { origin }, body: DESCRIBE });
      expect(answered.status).toBe(200);
      expect(answered.headers['access-control-allow-origin']).toBe(origin);
    }
  });

  it('refuses a Host that is not this machine (DNS rebinding), whatever the port', async () => {
    const refused = await send({ headers: { host: 'evil.example:4590' }, body: DESCRIBE });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('<Code>AccessDenied</Code>');
    for (const host of ['localhost:9', '[::1]:4566', '127.0.0.1']) expect((await send({ headers: { host }, body: DESCRIBE })).status).toBe(200);
  });

  it('refuses a cross-site request that carries no Origin (an <img> or link from another page)', async () => {
    const refused = await send({ method: 'GET', path: `/?${DESCRIBE}`, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(refused.status).toBe(403);
  });

  it('resets only for a client with no Origin or an allowed one', async () => {
    expect(engine.db.snapshots.has('keep-me') || (await send({ body: `Action=CreateSnapshot&Version=2015-02-02&CacheClusterId=myNonClusteredRedis&SnapshotName=keep-me` })).status === 200).toBe(true);
    expect((await send({ path: '/moto-api/reset', headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect(engine.db.snapshots.has('keep-me')).toBe(true);
    expect((await send({ path: '/moto-api/reset' })).status).toBe(200);
    expect(engine.db.snapshots.has('keep-me')).toBe(false);
  });

  it('refuses an oversized body with 413 before it arrives, declared or streamed', async () => {
    const declared = await send({ body: 'Action=DescribeSnapshots&Version=2015-02-02&x=', contentLength: 100_000_000 });
    expect(declared.status).toBe(413);
    expect(declared.body).toContain('<Code>RequestEntityTooLarge</Code>');
    const { port } = server.address() as AddressInfo;
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'transfer-encoding': 'chunked' } });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.write(`${DESCRIBE}&x=${'a'.repeat(MAX_BODY_BYTES)}`);
    });
    expect(streamed).toBe(413);
    expect((await send({ body: DESCRIBE })).status).toBe(200);
  });

  it('lives on when a client drops mid-request', async () => {
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 500\r\n\r\nAction=Descr');
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => resolve());
    });
    const response = await fetch(`${endpoint}/`, { method: 'POST', body: 'Action=DescribeSnapshots&Version=2015-02-02' });
    expect(response.status).toBe(200);
  });

  it('acts out injected faults: a dropped connection, a slow answer, a 500 whose work was done', async () => {
    const engine = createEngine({ backupDurationMs: 0 });
    const faulty = createEmulatorServer(engine);
    await new Promise<void>((resolve) => faulty.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(faulty.address() as AddressInfo).port}/`;
    const create = (name: string) =>
      fetch(url, { method: 'POST', body: `Action=CreateSnapshot&Version=2015-02-02&CacheClusterId=myNonClusteredRedis&SnapshotName=${name}` });
    try {
      engine.setFaults([{ kind: 'drop', times: 1 }]);
      await expect(create('dropped')).rejects.toThrow();
      expect(engine.db.snapshots.has('dropped')).toBe(false);

      engine.setFaults([{ kind: 'slow', delayMs: 300 }]);
      const started = Date.now();
      expect((await create('slow')).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);

      engine.setFaults([{ kind: 'http-500', afterProcessing: true, times: 1 }]);
      const lost = await create('lost');
      expect(lost.status).toBe(500);
      expect(await lost.text()).toContain('<Type>Receiver</Type><Code>InternalFailure</Code>');
      expect(engine.db.snapshots.has('lost')).toBe(true);

      engine.setFaults([{ kind: 'throttling', action: 'DescribeSnapshots', times: 1 }]);
      const throttled = await fetch(url, { method: 'POST', body: 'Action=DescribeSnapshots&Version=2015-02-02' });
      expect(throttled.status).toBe(400);
      expect(await throttled.text()).toContain('<Code>Throttling</Code><Message>Rate exceeded</Message>');
    } finally {
      faulty.close();
    }
  });
});
