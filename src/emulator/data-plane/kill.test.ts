// @vitest-environment node
import { CreateCacheClusterCommand } from '@aws-sdk/client-elasticache';
import { Redis } from 'ioredis';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterEndpoint, fingerprint, portRange, requireRedisServer, sdk, writeKeys } from '../../test/data-plane-kit';

/** `npm run emulator -- --data-plane`, the real program: killed with SIGKILL, then started again. */
const dir = mkdtempSync(join(tmpdir(), 'data-plane-kill-'));
const build = join(process.cwd(), 'node_modules', '.cache', `emulator-kill-test-${process.pid}`);
const ports = portRange();
const children: ChildProcess[] = [];
const clients: Redis[] = [];
const pidFile = join(dir, 'state.json.data', 'nodes', 'kept', 'server.json');
const serverPid = () => (JSON.parse(readFileSync(pidFile, 'utf8')) as { pid: number }).pid;
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

beforeAll(async () => {
  requireRedisServer();
  const { testEmulator } = await import('../../test/emulator');
  testEmulator.server.close();
  execFileSync('npx', ['vite', 'build', '--ssr', 'src/emulator/server/cli.ts', '--outDir', build, '--logLevel', 'error']);
}, 90_000);

afterAll(async () => {
  clients.forEach((c) => c.disconnect());
  await Promise.all(children.map((c) => stop(c)));
  // Whatever a failed test left: its server, by the pid it recorded.
  if (existsSync(pidFile) && alive(serverPid())) process.kill(serverPid(), 'SIGKILL');
  rmSync(build, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

async function start(): Promise<{ child: ChildProcess; endpoint: string; output: () => string }> {
  const args = ['--port', '0', '--dataset', 'empty', '--data-file', join(dir, 'state.json'), '--data-plane'];
  const timings = ['--data-ports', `${ports.first}-${ports.last}`, '--backup-duration', '0', '--create-duration', '0'];
  const child = spawn('node', [join(build, 'cli.js'), ...args, ...timings]);
  child.stderr?.resume();
  children.push(child);
  let output = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on (http:\/\/[\d.]+:\d+)\//.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { child, endpoint, output: () => output };
}

async function connect(endpoint: string): Promise<Redis> {
  const { host, port } = await clusterEndpoint(sdk(endpoint), 'kept');
  const redis = new Redis({ host, port, lazyConnect: true, maxRetriesPerRequest: 1 });
  clients.push(redis);
  await redis.connect();
  return redis;
}

describe('--data-plane and the emulator\'s life', () => {
  it('after kill -9 no server is left running, and the restarted emulator serves the data it had on the same port', async () => {
    const first = await start();
    await sdk(first.endpoint).send(new CreateCacheClusterCommand({ CacheClusterId: 'kept', CacheNodeType: 'cache.t3.small', Engine: 'redis' }));
    const redis = await connect(first.endpoint);
    const keys = await writeKeys(redis, 300, 'kept');
    const before = await fingerprint(redis, keys);
    const orphan = serverPid();

    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const second = await start();
    expect(second.output()).toMatch(/Stopped 1 redis-server process\(es\) left running/);
    expect(alive(orphan)).toBe(false);
    const again = await connect(second.endpoint);
    expect(again.options.port).toBe(redis.options.port);
    expect(await fingerprint(again, keys)).toEqual(before);

    // A stop by signal takes the servers with it.
    const restarted = serverPid();
    await stop(second.child);
    expect(alive(restarted)).toBe(false);
  }, 120_000);
});
