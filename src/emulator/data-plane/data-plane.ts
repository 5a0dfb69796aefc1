import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DataPlanePort, DataReport } from '../engine/data-plane-port';
import type { Db } from '../engine/records';
import { cachePlans, type CachePlan } from './cache-plan';
import { startCache } from './cache-start';
import { freePort, type PortRange } from './ports';
import { SnapshotFiles } from './rdb-files';
import { seedFiles, type ObjectSource } from './seed-files';
import { takeSnapshot } from './snapshot-job';
import { signalServer, stopOrphans, stopServer, type RunningServer } from './server-process';

export interface DataPlaneOptions {
  /** Node folders (data, log, pid file) and backups' RDB files live here. */
  dir: string;
  ports: PortRange;
  maxNodes: number;
  /** Per node, as redis.conf spells it: `64mb`. */
  maxmemory: string;
  /** `valkey-server` or `redis-server` (server-process.ts, findServerBinary). */
  binary: string;
  /** The S3 store's objects (SnapshotArns seed a new cache); none without a store. */
  objects?: ObjectSource;
}

/** Where the data plane saves what it did: the engine's recordData. */
export type Recorder = (report: DataReport) => void;

/**
 * Real servers behind caches and RDB files behind backups. After every saved change it
 * compares the account with what runs, and queues the work: one job at a time, in order,
 * so a final backup is taken before its servers stop and a restore reads complete files.
 */
export class DataPlane implements DataPlanePort {
  readonly maxNodes: number;
  private readonly servers = new Map<string, RunningServer>();
  /** Caches and backups whose work is queued or done, so none is queued twice. */
  private readonly caches = new Set<string>();
  private readonly snapshotJobs = new Set<string>();
  private readonly files: SnapshotFiles;
  private queue: Promise<void> = Promise.resolve();
  private recorder: Recorder = () => undefined;

  private constructor(private readonly options: DataPlaneOptions) {
    this.maxNodes = options.maxNodes;
    this.files = new SnapshotFiles(join(options.dir, 'snapshots'));
  }

  /** Stops what a killed run left running (saving its data) before anything starts. */
  static async open(options: DataPlaneOptions): Promise<{ plane: DataPlane; orphans: number }> {
    mkdirSync(join(options.dir, 'nodes'), { recursive: true });
    const orphans = await stopOrphans(join(options.dir, 'nodes'));
    return { plane: new DataPlane(options), orphans };
  }

  /**
   * Connects to the engine's state: nodes' folders no cache owns go, every cache starts.
   * Resolves once they run, so a restarted emulator answers only when its caches do.
   */
  attach(db: Db, record: Recorder): Promise<void> {
    this.recorder = record;
    for (const id of readdirSync(join(this.options.dir, 'nodes'))) {
      const node = db.clusters.get(id);
      if (!node || node.deletion) rmSync(this.nodeDir(id), { recursive: true, force: true });
    }
    this.reconcile(db);
    return this.idle();
  }

  /** In order: caches start, backups are taken from them, then deleted nodes stop. */
  reconcile(db: Db): void {
    const plans = cachePlans(db);
    for (const plan of plans) {
      if (this.caches.has(plan.key)) continue;
      this.caches.add(plan.key);
      this.enqueue(() => this.start(plan));
    }
    for (const key of this.caches) if (!plans.some((p) => p.key === key)) this.caches.delete(key);
    // A name is free again once its backup is done (it may be deleted and taken again).
    for (const name of this.snapshotJobs) if (!db.snapshots.get(name)?.dataPending) this.snapshotJobs.delete(name);
    for (const s of db.snapshots.values()) {
      if (s.dataPending && !this.snapshotJobs.has(s.name)) {
        this.snapshotJobs.add(s.name);
        this.enqueue(() => takeSnapshot(db, s.name, this.files, this.servers, (r) => this.record(r)));
      }
    }
    for (const [id] of this.servers) {
      const node = db.clusters.get(id);
      if (!node || node.deletion) this.enqueue(() => this.stopNode(id));
    }
    for (const name of this.files.names()) {
      const s = db.snapshots.get(name);
      if (!s || s.deletion) this.enqueue(async () => this.files.remove(name));
    }
  }

  /** Resolves once every queued job is done (tests, shutdown). */
  async idle(): Promise<void> {
    for (let last; last !== this.queue; ) await (last = this.queue);
  }

  /** The emulator stops: every server saves its data and exits. */
  async close(): Promise<void> {
    await this.idle();
    await Promise.all([...this.servers.values()].map((s) => stopServer(s, true)));
    this.servers.clear();
  }

  /** The emulator exits now (no time to wait): each server is told to save and exit. */
  exitNow(): void {
    this.servers.forEach(signalServer);
  }

  /** The running servers' process ids (the bench measures their memory). */
  runningPids(): number[] {
    return [...this.servers.values()].map((s) => s.pid);
  }

  /** A report the engine could not save (its data file failed) is logged; the work stays done. */
  private record(report: DataReport): void {
    try {
      this.recorder(report);
    } catch (error) {
      console.error('ElastiCache emulator (data plane): could not save', report.kind, error);
    }
  }

  private nodeDir(id: string): string {
    return join(this.options.dir, 'nodes', id);
  }

  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch((error: unknown) => console.error('ElastiCache emulator (data plane):', error));
  }

  private async start(plan: CachePlan): Promise<void> {
    const nodes = plan.shards.flatMap((s) => [s.primary, ...s.replicas]);
    const taken = () => new Set([...this.servers.values()].map((s) => s.port));
    try {
      const started = await startCache(plan, {
        binary: this.options.binary,
        maxmemory: this.options.maxmemory,
        seeds: await seedFiles(plan, this.files, join(this.options.dir, 'seeds', plan.key), this.options.objects),
        nodeDir: (id) => this.nodeDir(id),
        running: (id) => this.servers.get(id),
        port: (id) => freePort(this.options.ports, taken(), plan.ports.get(id)),
        tempPort: () => freePort(this.options.ports, taken()),
        started: (id, server) => this.servers.set(id, server),
      });
      const ready = nodes.flatMap((id) => {
        const server = started.get(id);
        return server ? [{ id, endpoint: { address: '127.0.0.1', port: server.port } }] : [];
      });
      this.record({ kind: 'nodes-ready', nodes: ready, groupId: plan.groupId });
    } catch (error) {
      console.error(`ElastiCache emulator (data plane): cache ${plan.key} could not start.`, error);
      await Promise.all(nodes.map((id) => this.stopNode(id)));
      this.record({ kind: 'nodes-failed', nodes, groupId: plan.groupId });
    } finally {
      rmSync(join(this.options.dir, 'seeds', plan.key), { recursive: true, force: true });
    }
  }

  private async stopNode(id: string): Promise<void> {
    const server = this.servers.get(id);
    this.servers.delete(id);
    if (server) await stopServer(server, false);
    rmSync(this.nodeDir(id), { recursive: true, force: true });
  }
}
