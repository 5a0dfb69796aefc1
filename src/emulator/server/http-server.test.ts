// @vitest-environment node
import { CreateSnapshotCommand, DescribeSnapshotsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../engine/engine';
import { createEmulatorServer } from './http-server';

/** The same engine over a real socket, as `npm run emulator` serves it (msw not involved). */
const server = createEmulatorServer(createEngine({ backupDurationMs: 0 }));
let endpoint = '';

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

  it('answers CORS preflights, so a console on another origin can call it', async () => {
    const response = await fetch(`${endpoint}/`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,x-amz-date' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization,x-amz-date');
  });

  it('lives on when a client drops mid-request', async () => {
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\nAction=Descr');
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
