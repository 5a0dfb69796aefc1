import { Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CopyText } from '../../components/CopyText';
import { DetailList } from '../../components/DetailList';
import { StatusIndicator } from '../../components/StatusIndicator';
import { connectCommand, type CacheDetail } from '../../domain/cache-detail';
import type { RedisCluster } from '../../domain/cluster';
import { engineLabel, isMemcached } from '../../domain/engines';

/** The cache page's summary: status, engine, shape, availability and endpoints (each with a copy button). */
export function CacheSummary({ cache, detail }: { cache: RedisCluster; detail: CacheDetail | null | undefined }) {
  const fields: [string, ReactNode][] = [
    ['Status', <StatusIndicator key="s" status={cache.status} />],
    ['Engine', `${engineLabel(cache.engine)} ${cache.engineVersion ?? ''}`.trim()],
    ['Node type', cache.nodeType ?? '–'],
    ...(isMemcached(cache.engine)
      ? []
      : ([
          ['Cluster mode', cache.clusterModeEnabled ? 'Enabled' : 'Disabled'],
          ['Shards', cache.shards],
        ] satisfies [string, ReactNode][])),
    ['Nodes', cache.nodes.length],
    ...(isMemcached(cache.engine)
      ? []
      : ([
          ['Multi-AZ', detail?.multiAz ?? '–'],
          ['Auto-failover', detail?.failover ?? '–'],
        ] satisfies [string, ReactNode][])),
    ...(detail?.endpoints ?? []).map(({ label, value }): [string, ReactNode] => [label, <CopyText key={label} label={label} value={value} />]),
  ];
  const connect = detail ? connectCommand(cache.engine, cache.clusterModeEnabled, detail.endpoints) : undefined;
  if (connect) fields.push(['Connect', <CopyText key="connect" label="Connect" value={connect} />]);
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h2" gutterBottom>
        Cache settings
      </Typography>
      <DetailList fields={fields} />
    </Paper>
  );
}
