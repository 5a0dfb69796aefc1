import type { Server } from 'node:http';
import type { ObjectSource } from './seed-files';
import { DataPlane } from './data-plane';
import { findServerBinary } from './server-process';

export interface DataPlaneArgs {
  dir: string;
  /** `7100-7999` */
  ports: string;
  maxServers: number;
  maxmemory: string;
  /** The S3 store's objects, for SnapshotArns. */
  objects?: ObjectSource;
}

/** How a machine without a server gets one: Debian's package (README, "Real data"). */
export const INSTALL_HINT = 'install Redis (Debian or Ubuntu: sudo apt-get install -y redis-server) or Valkey';

/** Opens the data plane for the CLI, or says in one line why it can't. */
export async function openDataPlane(args: DataPlaneArgs, fail: (message: string) => never): Promise<DataPlane> {
  const binary = findServerBinary();
  if (!binary) fail(`--data-plane needs valkey-server or redis-server on the PATH: ${INSTALL_HINT}.`);
  const match = /^(\d+)-(\d+)$/.exec(args.ports);
  const first = Number(match?.[1]);
  const last = Number(match?.[2]);
  if (!match || first < 1024 || last > 55_535 || first > last) {
    fail(`--data-ports must be a range such as 7100-7999, within 1024-55535 (cluster bus ports are 10000 higher); got "${args.ports}".`);
  }
  if (!/^\d+(kb|mb|gb)$/i.test(args.maxmemory)) fail(`--maxmemory must be a size such as 64mb (got "${args.maxmemory}").`);
  const { plane, orphans } = await DataPlane.open({
    dir: args.dir,
    ports: { first, last },
    maxNodes: args.maxServers,
    maxmemory: args.maxmemory,
    objects: args.objects,
    binary,
  });
  if (orphans > 0) console.log(`Stopped ${orphans} ${binary} process(es) left running by an emulator that was killed; their data is kept.`);
  return plane;
}

/**
 * Servers never outlive the emulator: Ctrl-C or SIGTERM stops them after they save; any
 * other exit signals them to save and stop. After a SIGKILL, the next start stops them.
 */
export function stopServersOnExit(plane: DataPlane, http: Server): void {
  const shutdown = () => {
    http.close();
    void plane.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  process.on('exit', () => plane.exitNow());
}
