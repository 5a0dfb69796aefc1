import type { CacheClusterLike, NodeRole, ReplicationGroupLike } from './cluster';

/**
 * What a cache's own page shows beyond its list row: endpoints, nodes, availability and
 * backup settings, from DescribeReplicationGroups / DescribeCacheClusters (ShowCacheNodeInfo).
 */
interface EndpointLike {
  Address?: string;
  Port?: number;
}
export interface NodeDetail {
  id: string;
  role?: NodeRole;
  status?: string;
  zone?: string;
  endpoint?: string;
}
export interface CacheDetail {
  endpoints: { label: string; value: string }[];
  nodes: NodeDetail[];
  multiAz: string;
  failover: string;
  /** The maintenance window is the cache's (a group's is its nodes'): the backup window must keep clear of it. */
  backup: { retentionDays: number; window?: string; fromNode?: string; maintenanceWindow?: string };
  arn?: string;
}

export type ClusterDetailLike = CacheClusterLike & {
  ARN?: string;
  PreferredAvailabilityZone?: string;
  SnapshotRetentionLimit?: number;
  SnapshotWindow?: string;
  PreferredMaintenanceWindow?: string;
  ConfigurationEndpoint?: EndpointLike;
  CacheNodes?: { CacheNodeId?: string; CacheNodeStatus?: string; CustomerAvailabilityZone?: string; Endpoint?: EndpointLike }[];
};
export type GroupDetailLike = ReplicationGroupLike & {
  ARN?: string;
  MultiAZ?: string;
  AutomaticFailover?: string;
  SnapshotRetentionLimit?: number;
  SnapshotWindow?: string;
  SnapshottingClusterId?: string;
  ConfigurationEndpoint?: EndpointLike;
  NodeGroups?: (NonNullable<ReplicationGroupLike['NodeGroups']>[number] & { PrimaryEndpoint?: EndpointLike; ReaderEndpoint?: EndpointLike })[];
};

const address = (e: EndpointLike | undefined) => (e?.Address ? `${e.Address}:${e.Port ?? ''}` : undefined);
const word = (value: string | undefined) => (value ? value.charAt(0).toUpperCase() + value.slice(1) : 'Disabled');

function nodeOf(c: ClusterDetailLike | undefined, id: string, role?: NodeRole): NodeDetail {
  const node = c?.CacheNodes?.[0];
  return { id, role, status: c?.CacheClusterStatus, zone: node?.CustomerAvailabilityZone ?? c?.PreferredAvailabilityZone, endpoint: address(node?.Endpoint) };
}

export function clusterDetail(c: ClusterDetailLike): CacheDetail {
  const single = c.Engine !== 'memcached';
  const nodes = single
    ? [nodeOf(c, c.CacheClusterId ?? '')]
    : (c.CacheNodes ?? []).map((n) => ({ id: n.CacheNodeId ?? '', status: n.CacheNodeStatus, zone: n.CustomerAvailabilityZone, endpoint: address(n.Endpoint) }));
  const endpoints = [
    { label: 'Configuration endpoint', value: address(c.ConfigurationEndpoint) },
    { label: 'Primary endpoint', value: single ? nodes[0]?.endpoint : undefined },
  ].flatMap((e) => (e.value ? [{ label: e.label, value: e.value }] : []));
  return { endpoints, nodes, multiAz: 'Disabled', failover: 'Disabled', backup: { retentionDays: c.SnapshotRetentionLimit ?? 0, window: c.SnapshotWindow, fromNode: single ? c.CacheClusterId : undefined, maintenanceWindow: c.PreferredMaintenanceWindow }, arn: c.ARN };
}

export function groupDetail(g: GroupDetailLike, members: readonly ClusterDetailLike[]): CacheDetail {
  const byId = new Map(members.map((m) => [m.CacheClusterId ?? '', m]));
  const nodes = (g.NodeGroups ?? []).flatMap((ng) =>
    (ng.NodeGroupMembers ?? []).map((m) => {
      const role = m.CurrentRole === 'primary' || m.CurrentRole === 'replica' ? m.CurrentRole : undefined;
      return nodeOf(byId.get(m.CacheClusterId ?? ''), m.CacheClusterId ?? '', role);
    }),
  );
  const first = g.NodeGroups?.[0];
  const endpoints = [
    { label: 'Configuration endpoint', value: address(g.ConfigurationEndpoint) },
    { label: 'Primary endpoint', value: address(first?.PrimaryEndpoint) },
    { label: 'Reader endpoint', value: address(first?.ReaderEndpoint) },
  ].flatMap((e) => (e.value ? [{ label: e.label, value: e.value }] : []));
  return {
    endpoints,
    nodes: nodes.length > 0 ? nodes : (g.MemberClusters ?? []).map((id) => nodeOf(byId.get(id), id)),
    multiAz: word(g.MultiAZ),
    failover: word(g.AutomaticFailover),
    backup: { retentionDays: g.SnapshotRetentionLimit ?? 0, window: g.SnapshotWindow, fromNode: g.SnapshottingClusterId, maintenanceWindow: members[0]?.PreferredMaintenanceWindow },
    arn: g.ARN,
  };
}

/**
 * The command that connects to a cache, as the AWS docs show it (GettingStarted.ConnectToCacheNode):
 * `redis-cli -h <endpoint> -p <port>`, `-c` to follow a cluster mode enabled cache's slots;
 * `valkey-cli` for Valkey. Memcached has no such client.
 */
export function connectCommand(engine: string | undefined, clusterModeEnabled: boolean, endpoints: CacheDetail['endpoints']): string | undefined {
  if (engine !== 'redis' && engine !== 'valkey') return undefined;
  const target = endpoints.find((e) => e.label === (clusterModeEnabled ? 'Configuration endpoint' : 'Primary endpoint'))?.value;
  const match = target ? /^(.+):(\d+)$/.exec(target) : null;
  if (!match) return undefined;
  return `${engine === 'valkey' ? 'valkey-cli' : 'redis-cli'}${clusterModeEnabled ? ' -c' : ''} -h ${match[1]} -p ${match[2]}`;
}
