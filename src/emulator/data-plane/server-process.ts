import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { command } from './resp';

/** How to start one node's server: its own directory (data, log, pid) and port. */
export interface ServerSpec {
  dir: string;
  port: number;
  maxmemory: string;
  clusterEnabled: boolean;
  /** The primary's port, for a replica of a cluster mode disabled group. */
  replicaOf?: number;
}

export interface RunningServer {
  port: number;
  pid: number;
  dir: string;
}

const PID_FILE = 'server.json';

/** `valkey-server` where installed, else `redis-server` (Debian's package), else undefined. */
export function findServerBinary(): string | undefined {
  return ['valkey-server', 'redis-server'].find((name) => spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a server and resolves once it answers PING with its data loaded. */
export async function startServer(binary: string, spec: ServerSpec, readyWithinMs = 120_000): Promise<RunningServer> {
  mkdirSync(spec.dir, { recursive: true });
  const args = [
    ...['--port', String(spec.port), '--bind', '127.0.0.1', '--protected-mode', 'no', '--daemonize', 'no'],
    ...['--dir', spec.dir, '--dbfilename', 'dump.rdb', '--logfile', join(spec.dir, 'server.log')],
    // Redis's own save points: a stop (SIGTERM) saves, so a restart finds the data it had.
    ...['--save', '3600 1 300 100 60 10000', '--appendonly', 'no'],
    ...['--maxmemory', spec.maxmemory, '--maxmemory-policy', 'noeviction'],
    // Redis 7 waits 5 s for more replicas before a diskless full sync; on one machine there is
    // nothing to batch, so a replica is in sync as soon as its primary can send the data.
    ...['--repl-diskless-sync-delay', '0'],
    ...(spec.clusterEnabled ? ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '3000'] : []),
    ...(spec.replicaOf ? ['--replicaof', '127.0.0.1', String(spec.replicaOf)] : []),
  ];
  // Detached: a Ctrl-C meant for the emulator must not kill servers before they save.
  const child = spawn(binary, args, { cwd: spec.dir, detached: true, stdio: 'ignore' });
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${binary} could not be started`);
  writeFileSync(join(spec.dir, PID_FILE), JSON.stringify({ pid, port: spec.port }));
  let exited = false;
  child.on('exit', () => (exited = true));
  for (const deadline = Date.now() + readyWithinMs; Date.now() < deadline; await pause(25)) {
    if (exited) throw new Error(`${binary} on port ${spec.port} exited: ${logTail(spec.dir)}`);
    // LOADING (a large RDB) and refused connections mean "not yet".
    if ((await command(spec.port, ['PING']).catch(() => '')) === 'PONG') return { port: spec.port, pid, dir: spec.dir };
  }
  process.kill(pid, 'SIGKILL');
  throw new Error(`${binary} on port ${spec.port} did not answer within ${readyWithinMs} ms`);
}

function logTail(dir: string): string {
  const log = join(dir, 'server.log');
  return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-2).join(' / ') : '(no log)';
}

/** Running, and not a zombie waiting to be reaped (a container's init may never reap it). */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = `/proc/${pid}/stat`;
  return !existsSync(stat) || !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'));
};

/** Stops a server: SIGTERM saves its data first; SIGKILL when the data goes anyway. */
export async function stopServer(server: Pick<RunningServer, 'pid' | 'dir'>, save: boolean): Promise<void> {
  if (alive(server.pid)) process.kill(server.pid, save ? 'SIGTERM' : 'SIGKILL');
  for (const deadline = Date.now() + 60_000; alive(server.pid) && Date.now() < deadline; ) await pause(25);
  if (alive(server.pid)) process.kill(server.pid, 'SIGKILL');
  rmSync(join(server.dir, PID_FILE), { force: true });
}

/** Stops at once, without waiting (the emulator is exiting); SIGTERM still saves. */
export function signalServer(server: Pick<RunningServer, 'pid'>): void {
  if (alive(server.pid)) process.kill(server.pid, 'SIGTERM');
}

/**
 * Servers a killed emulator left running, found by the pid file in each node's folder and
 * stopped (saving their data, which the next start loads). A pid reused by another
 * program is left alone: the process must be a server on the recorded port.
 */
export async function stopOrphans(nodesDir: string): Promise<number> {
  if (!existsSync(nodesDir)) return 0;
  let stopped = 0;
  for (const name of readdirSync(nodesDir)) {
    const dir = join(nodesDir, name);
    const file = join(dir, PID_FILE);
    if (!existsSync(file)) continue;
    const { pid, port } = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; port: number };
    const title = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
    if (alive(pid) && /server/.test(title) && title.includes(`:${port}`)) {
      await stopServer({ pid, dir }, true);
      stopped++;
    }
    rmSync(file, { force: true });
  }
  return stopped;
}
