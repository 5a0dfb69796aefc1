import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CachePlan } from './cache-plan';
import { clusterReady, formCluster } from './cluster-form';
import { reshardInto } from './reshard';
import { command, info } from './resp';
import { startServer, type RunningServer } from './server-process';

/** What starting a cache needs from the data plane. */
export interface StartContext {
  binary: string;
  maxmemory: string;
  /** The RDB files a new cache starts from (a backup's, or S3 objects'), one per shard or re-sharded. */
  seeds: string[];
  nodeDir(nodeId: string): string;
  /** A port for the node: the one it had (a restart) when still free, else a new one. */
  port(nodeId: string): Promise<number>;
  /** A server already running (a primary kept when its group was deleted). */
  running(nodeId: string): RunningServer | undefined;
  /** A free port for a temporary server (a restore that re-shards loads each file into one). */
  tempPort(): Promise<number>;
  /** Called as each server starts, so a failure later still stops it. */
  started(nodeId: string, server: RunningServer): void;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts every server of a cache: primaries first (a new one from the backup's file for
 * its shard), then replicas following them; a cluster mode enabled group is formed into
 * a Redis Cluster. Resolves once clients can use it, replicas included.
 */
export async function startCache(plan: CachePlan, ctx: StartContext): Promise<Map<string, RunningServer>> {
  const servers = new Map<string, RunningServer>();
  // A cluster is formed once: for a new cache, and for one that came with the dataset and has
  // never run (no node has its cluster config yet). A restart finds the cluster it had.
  const firstPrimary = plan.shards[0]?.primary;
  const neverFormed = firstPrimary !== undefined && !existsSync(join(ctx.nodeDir(firstPrimary), 'nodes.conf'));
  const start = async (nodeId: string, replicaOf?: number, seed?: string) => {
    const running = ctx.running(nodeId);
    if (running) {
      servers.set(nodeId, running);
      return running;
    }
    const dir = ctx.nodeDir(nodeId);
    if (plan.fresh) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    if (seed && existsSync(seed)) copyFileSync(seed, join(dir, 'dump.rdb'));
    const spec = { dir, port: await ctx.port(nodeId), maxmemory: ctx.maxmemory, clusterEnabled: plan.clusterEnabled, replicaOf };
    const server = await startServer(ctx.binary, spec);
    ctx.started(nodeId, server);
    servers.set(nodeId, server);
    return server;
  };
  // A backup restores into the same shape: its file i seeds shard i (same slots).
  const seedOf = (shard: number) => (plan.fresh && ctx.seeds.length === plan.shards.length ? ctx.seeds[shard] : undefined);

  const shards = [];
  for (const [i, shard] of plan.shards.entries()) {
    const primary = await start(shard.primary, undefined, seedOf(i));
    const replicas = [];
    for (const id of shard.replicas) replicas.push(await start(id, plan.clusterEnabled ? undefined : primary.port));
    shards.push({ primary, replicas, slots: shard.slots ?? '0-16383' });
  }
  const deadline = Date.now() + 120_000;
  if (plan.clusterEnabled) {
    await (plan.fresh || neverFormed ? formCluster(shards) : clusterReady(shards, deadline));
    // Another number of shards than the backup's: its keys are re-sharded into the new cluster.
    if (plan.fresh && ctx.seeds.length > 0 && ctx.seeds.length !== plan.shards.length) {
      const files = ctx.seeds;
      const owners = shards.map((s) => ({ port: s.primary.port, slots: s.slots }));
      await reshardInto(files, owners, { binary: ctx.binary, maxmemory: ctx.maxmemory, port: () => ctx.tempPort() });
      // Replicas have the moved keys too before the cache is `available`.
      for (const s of shards) if (s.replicas.length > 0) await command(s.primary.port, ['WAIT', s.replicas.length, 60_000], 70_000);
    }
  } else {
    for (const replica of shards.flatMap((s) => s.replicas)) await replicaSynced(replica.port, deadline);
  }
  return servers;
}

/** A replica serves its primary's data once the link is up (the full sync is done). */
async function replicaSynced(port: number, deadline: number): Promise<void> {
  while ((await info(port, 'replication')).get('master_link_status') !== 'up') {
    if (Date.now() > deadline) throw new Error(`the replica on port ${port} did not sync with its primary`);
    await pause(25);
  }
}
