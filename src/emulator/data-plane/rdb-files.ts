import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { command, info, RespError } from './resp';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A backup's data: one RDB file per node snapshot (per shard), in the order of the
 * backup's NodeSnapshots, under `<data dir>/snapshots/<name>/`.
 */
export class SnapshotFiles {
  constructor(private readonly root: string) {
    mkdirSync(root, { recursive: true });
  }

  file(name: string, index: number): string {
    return join(this.root, name, `${index + 1}.rdb`);
  }

  exists(name: string): boolean {
    return existsSync(join(this.root, name));
  }

  names(): string[] {
    return readdirSync(this.root);
  }

  remove(name: string): void {
    rmSync(join(this.root, name), { recursive: true, force: true });
  }

  /** Copies a whole backup (CopySnapshot); sizes in MB. */
  copy(from: string, to: string, count: number): number[] {
    mkdirSync(join(this.root, to), { recursive: true });
    return Array.from({ length: count }, (_, i) => {
      const source = this.file(from, i);
      if (!existsSync(source)) return 0;
      atomicCopy(source, this.file(to, i));
      return sizeMb(this.file(to, i));
    });
  }

  /**
   * The node's data as the service takes it, without blocking the node: BGSAVE forks and
   * writes the RDB in the background; once that save is done its file is copied here.
   */
  async capture(port: number, nodeDir: string, name: string, index: number): Promise<number> {
    const saves = async () => Number((await info(port, 'persistence')).get('rdb_saves') ?? 0);
    const before = await saves();
    try {
      await command(port, ['BGSAVE']);
    } catch (error) {
      // Another save (or a replica's sync) is running: queue ours after it.
      if (!(error instanceof RespError)) throw error;
      await command(port, ['BGSAVE', 'SCHEDULE']);
    }
    for (;;) {
      const status = await info(port, 'persistence');
      if (status.get('rdb_last_bgsave_status') === 'err') throw new Error(`BGSAVE failed on port ${port}`);
      if (status.get('rdb_bgsave_in_progress') === '0' && Number(status.get('rdb_saves')) > before) break;
      await pause(25);
    }
    mkdirSync(join(this.root, name), { recursive: true });
    atomicCopy(join(nodeDir, 'dump.rdb'), this.file(name, index));
    return sizeMb(this.file(name, index));
  }
}

/** A file is either whole or absent: a crash mid-copy leaves only a .tmp. */
export function atomicCopy(from: string, to: string): void {
  copyFileSync(from, `${to}.tmp`);
  renameSync(`${to}.tmp`, to);
}

/** MB with two decimals: 1,000 small keys are a few hundredths, not "0 MB". */
const sizeMb = (file: string) => Math.max(0.01, Math.round((statSync(file).size / 1024 / 1024) * 100) / 100);
