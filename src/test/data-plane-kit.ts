import {
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
  DescribeSnapshotsCommand,
  ElastiCacheClient,
} from '@aws-sdk/client-elasticache';
import type { Cluster, Redis } from 'ioredis';
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { vi } from 'vitest';
import { INSTALL_HINT } from '../emulator/data-plane/open-data-plane';

/** The data-plane tests need a real server: without one they fail, saying how to get it. */
export function requireRedisServer(): void {
  const found = ['valkey-server', 'redis-server'].some((b) => spawnSync(b, ['--version'], { stdio: 'ignore' }).status === 0);
  if (!found) throw new Error(`The data-plane tests need redis-server: ${INSTALL_HINT}, then run the tests again.`);
}

/** A port range of its own per test file, so parallel files (and runs) don't meet. */
export function portRange(): { first: number; last: number } {
  // Below the kernel's range for outgoing connections (32768–60999 here), cluster bus ports
  // (+10000) included: a client socket can't take a node's port while it restarts. Each Vitest
  // worker has its own thousand, so files running side by side never share one.
  const worker = Number(process.env.VITEST_POOL_ID ?? 1) % 10;
  const first = 10_000 + worker * 1_000 + Math.floor(Math.random() * 10) * 100;
  return { first, last: first + 99 };
}

export function sdk(endpoint: string): ElastiCacheClient {
  return new ElastiCacheClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'test' }, maxAttempts: 1 });
}

/** Waits on the emulator's own statuses: a real server takes what it takes, even on a busy machine. */
const until = <T>(check: () => Promise<T>) => vi.waitFor(check, { timeout: 90_000, interval: 50 });

export async function clusterEndpoint(client: ElastiCacheClient, id: string): Promise<{ host: string; port: number }> {
  return until(async () => {
    const { CacheClusters = [] } = await client.send(new DescribeCacheClustersCommand({ CacheClusterId: id, ShowCacheNodeInfo: true }));
    const c = CacheClusters[0];
    if (c?.CacheClusterStatus !== 'available') throw new Error(`${id} is ${c?.CacheClusterStatus}`);
    const endpoint = c.CacheNodes?.[0]?.Endpoint;
    return { host: endpoint?.Address ?? '', port: endpoint?.Port ?? 0 };
  });
}

export async function availableGroup(client: ElastiCacheClient, id: string) {
  return until(async () => {
    const { ReplicationGroups = [] } = await client.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: id }));
    const g = ReplicationGroups[0];
    if (g?.Status !== 'available') throw new Error(`${id} is ${g?.Status}`);
    return g;
  });
}

export async function availableSnapshot(client: ElastiCacheClient, name: string) {
  return until(async () => {
    const { Snapshots = [] } = await client.send(new DescribeSnapshotsCommand({ SnapshotName: name }));
    const s = Snapshots[0];
    if (s?.SnapshotStatus !== 'available') throw new Error(`${name} is ${s?.SnapshotStatus}`);
    return s;
  });
}

type Client = Redis | Cluster;
const TYPES = ['string', 'hash', 'list', 'set', 'zset'] as const;

/** `count` keys of five types, two in three with a TTL (an hour or so, each its own). */
export async function writeKeys(redis: Client, count: number, prefix = 'k'): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const key = `${prefix}:${TYPES[i % TYPES.length]}:${i}`;
    keys.push(key);
    const value = `value-${i}`;
    if (i % 5 === 0) await redis.set(key, value);
    if (i % 5 === 1) await redis.hset(key, { a: value, b: String(i) });
    if (i % 5 === 2) await redis.rpush(key, value, 'x', 'y');
    if (i % 5 === 3) await redis.sadd(key, value, 'x');
    if (i % 5 === 4) await redis.zadd(key, i, value, i + 1, 'x');
    if (i % 3 !== 0) await redis.pexpire(key, 3_600_000 + i * 1000);
  }
  return keys;
}

/** A key's value, read by its type (sets and hashes sorted: their order is not kept). */
async function valueOf(redis: Client, key: string, type: string): Promise<string> {
  if (type === 'string') return String(await redis.get(key));
  if (type === 'hash') return JSON.stringify(Object.entries(await redis.hgetall(key)).sort());
  if (type === 'list') return JSON.stringify(await redis.lrange(key, 0, -1));
  if (type === 'set') return JSON.stringify((await redis.smembers(key)).sort());
  if (type === 'zset') return JSON.stringify(await redis.zrange(key, '0', '-1', 'WITHSCORES'));
  return 'missing';
}

/**
 * Each key's type, value and absolute expiry (PEXPIRETIME: a TTL read back later is the
 * same instant, to the millisecond): equal fingerprints mean equal data.
 */
export async function fingerprint(redis: Client, keys: string[]): Promise<string[]> {
  return Promise.all(
    keys.map(async (key) => {
      const type = await redis.type(key);
      const [expiry, value] = await Promise.all([redis.call('PEXPIRETIME', key), valueOf(redis, key, type)]);
      return `${key} ${type} ${String(expiry)} ${value}`;
    }),
  );
}

/** Nothing listens on the port any more (its server was stopped). */
export function portClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}
