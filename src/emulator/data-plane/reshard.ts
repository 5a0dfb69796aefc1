import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slotRanges } from './cluster-form';
import { keySlot } from './key-slot';
import { RespConnection } from './resp-connection';
import { startServer, stopServer } from './server-process';

/** A primary of the new cluster and the slots it owns. */
export interface SlotOwner {
  port: number;
  slots: string;
}

export interface ReshardContext {
  binary: string;
  maxmemory: string;
  /** A free port for a temporary server. */
  port(): Promise<number>;
}

const BATCH = 500;

/**
 * The service restores a backup into a different number of shards by re-sharding its data
 * (AWS docs, "Restoring from a backup with optional cluster resizing", backups-restoring.html).
 * Here each backup file is loaded into a temporary server of its own, and every key moves to
 * the primary owning its slot with DUMP + RESTORE, its expiry kept to the millisecond
 * (PEXPIRETIME, RESTORE … ABSTTL). Resolves with the number of keys moved.
 */
export async function reshardInto(files: string[], owners: SlotOwner[], ctx: ReshardContext): Promise<number> {
  const ownerOf = new Map<number, number>();
  for (const owner of owners) for (const [first, last] of slotRanges(owner.slots)) for (let s = first; s <= last; s++) ownerOf.set(s, owner.port);
  // One connection per primary, opened once however many keys ask for it at the same time.
  const targets = new Map<number, Promise<RespConnection>>();
  const target = (port: number) => {
    const open = targets.get(port) ?? RespConnection.open(port);
    targets.set(port, open);
    return open;
  };
  let moved = 0;
  try {
    for (const file of files.filter((f) => existsSync(f))) moved += await moveFile(file, ctx, (key) => target(ownerOf.get(keySlot(key)) ?? 0));
  } finally {
    for (const open of targets.values()) (await open.catch(() => undefined))?.close();
  }
  return moved;
}

async function moveFile(file: string, ctx: ReshardContext, target: (key: Buffer) => Promise<RespConnection>): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'elasticache-reshard-'));
  copyFileSync(file, join(dir, 'dump.rdb'));
  const server = await startServer(ctx.binary, { dir, port: await ctx.port(), maxmemory: ctx.maxmemory, clusterEnabled: false });
  let moved = 0;
  try {
    const source = await RespConnection.open(server.port);
    try {
      let cursor = '0';
      do {
        const [next, keys] = scanReply(await source.send(['SCAN', cursor, 'COUNT', BATCH]));
        cursor = next;
        const moves = keys.map(async (key) => {
          const [expiry, payload] = await Promise.all([source.send(['PEXPIRETIME', key]), source.send(['DUMP', key])]);
          // Gone (expired since the backup): nothing to move.
          if (!Buffer.isBuffer(payload) || typeof expiry !== 'number' || expiry === -2) return 0;
          const restore = expiry === -1 ? ['RESTORE', key, 0, payload, 'REPLACE'] : ['RESTORE', key, expiry, payload, 'REPLACE', 'ABSTTL'];
          await (await target(key)).send(restore);
          return 1;
        });
        moved += (await Promise.all(moves)).reduce<number>((a, b) => a + b, 0);
      } while (cursor !== '0');
    } finally {
      source.close();
    }
  } finally {
    await stopServer(server, false);
    rmSync(dir, { recursive: true, force: true });
  }
  return moved;
}

/** SCAN's reply: the next cursor and a batch of keys (as bytes). */
function scanReply(reply: unknown): [string, Buffer[]] {
  if (!Array.isArray(reply)) throw new Error('unexpected SCAN reply');
  const [cursor, keys] = reply;
  return [String(cursor), Array.isArray(keys) ? keys.filter((k) => Buffer.isBuffer(k)) : []];
}
