import { command, info } from './resp';

/** A started node of a cluster mode enabled group. */
export interface ClusterNode {
  port: number;
}

export interface ClusterShard {
  primary: ClusterNode;
  replicas: ClusterNode[];
  /** The slots the group reports for the shard: `0-8191`, or ranges joined by commas. */
  slots: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `0-8191,9000` as [first, last] pairs. */
export function slotRanges(slots: string): [number, number][] {
  return slots.split(',').map((part) => {
    const [first = '0', last = first] = part.trim().split('-');
    return [Number(first), Number(last)];
  });
}

/** The slots a node owns, from its own line of CLUSTER NODES. */
async function ownedSlots(port: number): Promise<Set<number>> {
  const lines = String(await command(port, ['CLUSTER', 'NODES'])).split('\n');
  const myself = lines.find((l) => l.includes('myself'))?.trim().split(' ') ?? [];
  const owned = new Set<number>();
  for (const part of myself.slice(8)) {
    if (part.startsWith('[')) continue;
    for (const [first, last] of slotRanges(part)) for (let s = first; s <= last; s++) owned.add(s);
  }
  return owned;
}

/**
 * Forms a Redis Cluster the way `redis-cli --cluster create` does: each primary takes its
 * shard's slots (a primary restored from a backup already claimed those of its keys),
 * distinct config epochs, MEET, then each replica follows its primary.
 */
export async function formCluster(shards: ClusterShard[], withinMs = 60_000): Promise<void> {
  const nodes = shards.flatMap((s) => [s.primary, ...s.replicas]);
  const [first] = nodes;
  if (!first) return;
  for (const [i, shard] of shards.entries()) {
    const owned = await ownedSlots(shard.primary.port);
    const missing: number[] = [];
    for (const [from, to] of slotRanges(shard.slots)) for (let s = from; s <= to; s++) if (!owned.has(s)) missing.push(s);
    const args = rangesOf(missing).flatMap(([from, to]) => [from, to]);
    if (args.length > 0) await command(shard.primary.port, ['CLUSTER', 'ADDSLOTSRANGE', ...args]);
    await command(shard.primary.port, ['CLUSTER', 'SET-CONFIG-EPOCH', i + 1]).catch(() => undefined);
  }
  for (const node of nodes.slice(1)) await command(node.port, ['CLUSTER', 'MEET', '127.0.0.1', first.port]);
  const deadline = Date.now() + withinMs;
  for (const shard of shards) {
    const primaryId = String(await command(shard.primary.port, ['CLUSTER', 'MYID']));
    // A replica can follow its primary only once gossip has introduced them.
    for (const replica of shard.replicas) {
      while ((await command(replica.port, ['CLUSTER', 'REPLICATE', primaryId]).catch(() => '')) !== 'OK') {
        if (Date.now() > deadline) throw new Error(`node on port ${replica.port} could not follow its primary`);
        await pause(50);
      }
    }
  }
  await clusterReady(shards, deadline);
}

/** Every node sees the whole cluster `ok`, and every replica has synced from its primary. */
export async function clusterReady(shards: ClusterShard[], deadline: number): Promise<void> {
  const nodes = shards.flatMap((s) => [s.primary, ...s.replicas]);
  for (const node of nodes) {
    for (;;) {
      const cluster = String(await command(node.port, ['CLUSTER', 'INFO']).catch(() => ''));
      const ok = cluster.includes('cluster_state:ok') && cluster.includes(`cluster_known_nodes:${nodes.length}`);
      const replication = await info(node.port, 'replication');
      const synced = replication.get('role') === 'master' || replication.get('master_link_status') === 'up';
      if (ok && synced) break;
      if (Date.now() > deadline) throw new Error(`the cluster did not become ready (node on port ${node.port})`);
      await pause(50);
    }
  }
}

/** Sorted slots as [first, last] ranges. */
function rangesOf(slots: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const s of slots) {
    const last = ranges.at(-1);
    if (last && last[1] === s - 1) last[1] = s;
    else ranges.push([s, s]);
  }
  return ranges;
}
