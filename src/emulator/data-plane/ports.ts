import { createServer } from 'node:net';

/** A port range such as `7100-7999` (`--data-ports`). */
export interface PortRange {
  first: number;
  last: number;
}

/** Redis Cluster's bus listens on the data port + 10000. */
export const BUS_OFFSET = 10_000;

function free(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * The port the node had when it is still free, else the first port of the range that nothing here uses and nothing else listens on (nor
 * on its cluster bus port). Ports are handed out one at a time (the data plane's queue).
 */
export async function freePort(range: PortRange, taken: Set<number>, preferred?: number): Promise<number> {
  // A restarted node keeps its port (its clients, and a cluster's nodes.conf, know it).
  if (preferred && !taken.has(preferred) && (await free(preferred)) && (await free(preferred + BUS_OFFSET))) return preferred;
  for (let port = range.first; port <= range.last; port++) {
    if (taken.has(port) || port + BUS_OFFSET > 65_535) continue;
    if ((await free(port)) && (await free(port + BUS_OFFSET))) return port;
  }
  throw new Error(`no free port left in ${range.first}-${range.last} (--data-ports)`);
}
