import type { ReactNode } from 'react';
import { PlainRouterLink } from '../../components/RouterLink';
import { StatusIndicator } from '../../components/StatusIndicator';
import { clusterKey, type RedisCluster } from '../../domain/cluster';
import { paths } from '../../components/paths';
import { engineLabel, type CacheEngine } from '../../domain/engines';

/** The id of a cluster's selection checkbox: focus returns there after its dialogs. */
export const clusterCheckboxId = (cluster: Pick<RedisCluster, 'kind' | 'id'>) => `select-${clusterKey(cluster)}`;

export interface ClusterColumn {
  id: string;
  header: string;
  cell: (cluster: RedisCluster) => ReactNode;
  sortValue?: (cluster: RedisCluster) => string | number;
  align?: 'right';
  /** May wrap (at a hyphen: `incompatible-` / `network`) so the column stays narrow. */
  wrap?: boolean;
}

/** The caches tables' columns, as the console names them (after Name). */
/** The Name column sorts too; its cell is the row header (ClustersTable). */
export const nameSort = { id: 'name', sortValue: (c: RedisCluster) => c.id };

export const clusterColumns: ClusterColumn[] = [
  { id: 'mode', header: 'Cluster mode', cell: (c) => (c.clusterModeEnabled ? 'Enabled' : 'Disabled'), sortValue: (c) => (c.clusterModeEnabled ? 'Enabled' : 'Disabled') },
  { id: 'shards', header: 'Shards', cell: (c) => c.shards, sortValue: (c) => c.shards, align: 'right' },
  { id: 'nodes', header: 'Nodes', cell: (c) => c.nodes.length, sortValue: (c) => c.nodes.length, align: 'right' },
  { id: 'nodeType', header: 'Node type', cell: (c) => c.nodeType ?? '–', sortValue: (c) => c.nodeType ?? '' },
  { id: 'status', header: 'Status', cell: (c) => <StatusIndicator status={c.status} />, sortValue: (c) => c.status, wrap: true },
  { id: 'engineVersion', header: 'Engine version', cell: (c) => c.engineVersion ?? '–', sortValue: (c) => c.engineVersion ?? '' },
  // After the version: Status stays in view at 768 px before the table scrolls.
  { id: 'engine', header: 'Engine', cell: (c) => engineLabel(c.engine), sortValue: (c) => engineLabel(c.engine) },
  {
    id: 'backups',
    header: 'Backups',
    cell: (c) => (
      <PlainRouterLink href={paths.backupsOf(c.id)}>
        Backups<span className="visually-hidden"> of {c.id}</span>
      </PlainRouterLink>
    ),
  },
];

/**
 * A Memcached cache has no cluster mode, no shards and no backups (backups are a Valkey and
 * Redis OSS feature: docs/reference, "Backup and restore"): its list leaves those columns out.
 */
const NOT_MEMCACHED = new Set(['mode', 'shards', 'backups']);
const memcachedColumns = clusterColumns.filter((c) => !NOT_MEMCACHED.has(c.id));

/** One array per engine, the same on every render (tables sort and memoize on it). */
export function columnsFor(engine: CacheEngine): ClusterColumn[] {
  return engine === 'memcached' ? memcachedColumns : clusterColumns;
}
