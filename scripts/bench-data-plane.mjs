// Measures `--data-plane`: CreateSnapshot -> available and restore -> available for 10 MB
// and 100 MB of data, and the memory (RSS) of an idle node. Builds and runs the real
// program with its timings at 0, so the figures are the data's own time.
// Usage: node scripts/bench-data-plane.mjs
import {
  CreateCacheClusterCommand,
  CreateSnapshotCommand,
  DescribeCacheClustersCommand,
  DescribeSnapshotsCommand,
  ElastiCacheClient,
} from '@aws-sdk/client-elasticache';
import { Redis } from 'ioredis';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'bench-data-plane-'));
const build = join('node_modules', '.cache', 'bench-data-plane');
execFileSync('npx', ['vite', 'build', '--ssr', 'src/emulator/server/cli.ts', '--outDir', build, '--logLevel', 'error']);
const args = ['--port', '0', '--dataset', 'empty', '--data-plane', '--data-dir', join(dir, 'data'), '--data-ports', '27100-27199'];
const timings = ['--backup-duration', '0', '--create-duration', '0', '--maxmemory', '512mb'];
const child = spawn('node', [join(build, 'cli.js'), ...args, ...timings], { stdio: ['ignore', 'pipe', 'inherit'] });
const endpoint = await new Promise((resolve) => {
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /on (http:\/\/[\d.]+:\d+)\//.exec(out);
    if (match) resolve(match[1]);
  });
});
const client = new ElastiCacheClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(read) {
  for (;;) {
    const value = await read();
    if (value) return value;
    await pause(10);
  }
}
const cacheReady = (id) =>
  until(async () => {
    const c = (await client.send(new DescribeCacheClustersCommand({ CacheClusterId: id, ShowCacheNodeInfo: true }))).CacheClusters[0];
    return c.CacheClusterStatus === 'available' && c.CacheNodes[0].Endpoint;
  });
const snapshotReady = (name) =>
  until(async () => {
    const s = (await client.send(new DescribeSnapshotsCommand({ SnapshotName: name }))).Snapshots[0];
    return s.SnapshotStatus === 'available' && s;
  });
const create = (id, SnapshotName) =>
  client.send(new CreateCacheClusterCommand({ CacheClusterId: id, CacheNodeType: 'cache.t3.small', Engine: 'redis', SnapshotName }));
const rssMb = (id) => {
  const { pid } = JSON.parse(readFileSync(join(dir, 'data', 'nodes', id, 'server.json'), 'utf8'));
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
};

try {
  await create('idle');
  await cacheReady('idle');
  console.log(`idle node: RSS ${rssMb('idle').toFixed(1)} MB`);
  for (const mb of [10, 100]) {
    const id = `bench-${mb}`;
    await create(id);
    const { Address: host, Port: port } = await cacheReady(id);
    const redis = new Redis({ host, port });
    // Random bytes: RDB compresses repeated text to nothing, and real data isn't that.
    for (let batch = 0; batch < mb / 10; batch++) {
      const pipeline = redis.pipeline();
      for (let i = 0; i < 1000; i++) pipeline.set(`key:${batch}:${i}`, randomBytes(10 * 1024));
      await pipeline.exec();
    }
    redis.disconnect();
    let t = performance.now();
    await client.send(new CreateSnapshotCommand({ CacheClusterId: id, SnapshotName: `${id}-backup` }));
    const backup = await snapshotReady(`${id}-backup`);
    const backupMs = performance.now() - t;
    t = performance.now();
    await create(`${id}-restored`, `${id}-backup`);
    await cacheReady(`${id}-restored`);
    const restoreMs = performance.now() - t;
    console.log(
      `${mb} MB written: backup ${backup.NodeSnapshots[0].CacheSize}, CreateSnapshot -> available ${backupMs.toFixed(0)} ms, ` +
        `restore -> available ${restoreMs.toFixed(0)} ms`,
    );
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
  rmSync(build, { recursive: true, force: true });
}
