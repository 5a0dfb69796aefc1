import { AwsFault } from './faults';
import type { Db, NodeEndpoint } from './records';

/**
 * The engine's side of the data plane: real servers behind caches and RDB files behind
 * backups (src/emulator/data-plane, Node only). The browser has none, and then nothing
 * here runs. The engine tells the data plane what the account now holds; the data plane
 * reports back what it has done, as a saved change, so every status still follows from
 * stored records (a cache is `creating` and a backup `creating` while data is pending).
 */
export interface DataPlanePort {
  /** After every saved change or reset: the account as it now is. Must not throw. */
  reconcile(db: Db): void;
  /** Servers it may run at once: a request that needs more is refused. */
  readonly maxNodes: number;
}

/** What the data plane reports; the engine saves it as a change. */
export type DataReport =
  | { kind: 'nodes-ready'; nodes: { id: string; endpoint: NodeEndpoint }[]; groupId?: string }
  | { kind: 'nodes-failed'; nodes: string[]; groupId?: string }
  | { kind: 'snapshot-ready'; name: string; sizesMb: number[] }
  | { kind: 'snapshot-failed'; name: string };

/** Engines whose nodes are real servers (Memcached has no backups and no server here). */
export const hasServer = (engine: string) => engine === 'redis' || engine === 'valkey';

/** botocore's NodeQuotaForCustomerExceededFault (code NodeQuotaForCustomerExceeded, 400). */
const nodeQuotaExceeded = (max: number) =>
  new AwsFault(
    'NodeQuotaForCustomerExceeded',
    `The request cannot be processed because it would exceed the allowed number of cache nodes per customer (${max} on this emulator, --max-servers).`,
  );

/**
 * What a request created waits for its data: new Redis/Valkey nodes (and their group) for
 * their servers, new backups for their files. Throws when the new nodes would exceed the cap.
 */
export function markDataPending(before: Db, after: Db, maxNodes: number): void {
  let added = false;
  for (const [id, c] of after.clusters) {
    if (before.clusters.has(id) || !hasServer(c.engine)) continue;
    added = true;
    after.clusters.set(id, { ...c, dataPending: true });
  }
  if (added) {
    const servers = [...after.clusters.values()].filter((c) => hasServer(c.engine)).length;
    if (servers > maxNodes) throw nodeQuotaExceeded(maxNodes);
  }
  for (const [id, g] of after.groups) if (!before.groups.has(id)) after.groups.set(id, { ...g, dataPending: true });
  for (const [name, s] of after.snapshots) {
    if (!before.snapshots.has(name)) after.snapshots.set(name, { ...s, dataPending: true });
  }
}

/** Saves a report onto a working copy; records gone in the meantime are left alone. */
export function applyDataReport(db: Db, report: DataReport): void {
  switch (report.kind) {
    case 'nodes-ready':
    case 'nodes-failed': {
      const ready = report.kind === 'nodes-ready';
      const ids = ready ? report.nodes.map((n) => n.id) : report.nodes;
      ids.forEach((id, i) => {
        const c = db.clusters.get(id);
        const endpoint = ready ? report.nodes[i]?.endpoint : undefined;
        if (c) db.clusters.set(id, { ...c, dataPending: undefined, endpoint, baseStatus: ready ? c.baseStatus : 'create-failed' });
      });
      const g = report.groupId ? db.groups.get(report.groupId) : undefined;
      if (g) db.groups.set(g.id, { ...g, dataPending: undefined, baseStatus: ready ? g.baseStatus : 'create-failed' });
      return;
    }
    case 'snapshot-ready': {
      const s = db.snapshots.get(report.name);
      if (!s) return;
      const nodeSnapshots = s.nodeSnapshots.map((n, i) => ({ ...n, sizeMb: report.sizesMb[i] ?? n.sizeMb }));
      db.snapshots.set(s.name, { ...s, nodeSnapshots, dataPending: undefined });
      return;
    }
    case 'snapshot-failed': {
      const s = db.snapshots.get(report.name);
      if (s) db.snapshots.set(s.name, { ...s, dataPending: undefined, dataFailed: true });
    }
  }
}
