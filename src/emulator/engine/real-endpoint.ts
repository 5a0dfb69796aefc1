import type { Db } from './records';

interface Endpoint {
  Address: string;
  Port: number;
}

/**
 * A node's endpoint as the API shows it: its real server's address and port when the data
 * plane runs one (`--data-plane`), otherwise the service-shaped name given.
 */
export function realEndpoint(db: Db, nodeId: string | undefined, shown: Endpoint): Endpoint {
  const real = nodeId === undefined ? undefined : db.clusters.get(nodeId)?.endpoint;
  return real ? { Address: real.address, Port: real.port } : shown;
}
