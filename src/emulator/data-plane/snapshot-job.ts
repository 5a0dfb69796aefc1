import type { DataReport } from '../engine/data-plane-port';
import type { Db } from '../engine/records';
import { snapshotSources } from './cache-plan';
import type { SnapshotFiles } from './rdb-files';
import type { RunningServer } from './server-process';

/**
 * A backup's files: copied from its source backup (CopySnapshot), or captured from the
 * node of each node snapshot; then its real sizes are reported, or its failure.
 */
export async function takeSnapshot(
  db: Db,
  name: string,
  files: SnapshotFiles,
  servers: ReadonlyMap<string, RunningServer>,
  record: (report: DataReport) => void,
): Promise<void> {
  const s = db.snapshots.get(name);
  if (!s) return;
  try {
    if (s.copiedFrom) {
      // A backup that came with the dataset has no files: its copy has none either.
      const sizes = s.nodeSnapshots.map((n) => n.sizeMb);
      if (!files.exists(s.copiedFrom)) return record({ kind: 'snapshot-ready', name, sizesMb: sizes });
      record({ kind: 'snapshot-ready', name, sizesMb: files.copy(s.copiedFrom, name, s.nodeSnapshots.length) });
      return;
    }
    const sizesMb: number[] = [];
    for (const [i, nodeId] of snapshotSources(db, name).entries()) {
      const server = servers.get(nodeId);
      if (!server) throw new Error(`node ${nodeId} has no running server`);
      sizesMb.push(await files.capture(server.port, server.dir, name, i));
    }
    record({ kind: 'snapshot-ready', name, sizesMb });
  } catch (error) {
    console.error(`ElastiCache emulator (data plane): backup ${name} failed.`, error);
    files.remove(name);
    record({ kind: 'snapshot-failed', name });
  }
}
