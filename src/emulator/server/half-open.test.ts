// @vitest-environment node
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEngine } from '../engine/engine';
import { createEmulatorServer } from './http-server';

/**
 * Clients that open a connection and never finish their request (a slowloris, a crashed
 * test run) must not stop the service answering everyone else.
 */
const server = createEmulatorServer(createEngine({ backupDurationMs: 0 }));
const sockets: Socket[] = [];
let port = 0;

beforeAll(async () => {
  // Real sockets here: the msw interception the other tests use (src/test/setup.ts) steps aside.
  const { testEmulator } = await import('../../test/emulator');
  testEmulator.server.close();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server.close(resolve));
});

it('answers a request while 3,000 connections sit half-open', async () => {
  const opened = Array.from({ length: 3_000 }, () => {
    const socket = connect(port, '127.0.0.1');
    sockets.push(socket);
    return new Promise<void>((resolve, reject) => {
      socket.on('error', reject);
      // Headers begun, never ended: the server holds the connection, waiting for the rest.
      socket.on('connect', () => socket.write(`POST / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 100\r\n`, () => resolve()));
    });
  });
  await Promise.all(opened);

  const answer = await fetch(`http://127.0.0.1:${port}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'Action=DescribeCacheClusters&Version=2015-02-02',
  });
  expect(answer.status).toBe(200);
  expect(await answer.text()).toContain('<DescribeCacheClustersResponse');
});
