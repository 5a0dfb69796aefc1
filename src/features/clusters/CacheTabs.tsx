import { Box, Button, Paper, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { cacheQueries } from '../../api/caches';
import { toApiError } from '../../api/errors';
import { snapshotQueries } from '../../api/snapshots';
import { DetailList } from '../../components/DetailList';
import { paths } from '../../components/paths';
import { RouterLink } from '../../components/RouterLink';
import { StatusIndicator } from '../../components/StatusIndicator';
import { byCreatedDesc, isBackupOf } from '../../domain/backup';
import { isMemcached } from '../../domain/engines';
import type { CacheDetail } from '../../domain/cache-detail';
import type { RedisCluster } from '../../domain/cluster';
import { SimpleTable } from './SimpleTable';
import { EditBackupSettings } from './EditBackupSettings';

const TABS = ['Nodes', 'Backups', 'Events', 'Tags'] as const;
/** Memcached keeps no backups: no Backups tab (domain/engines.ts). */
const tabsOf = (cache: RedisCluster) => TABS.filter((t) => t !== 'Backups' || !isMemcached(cache.engine));

/** A cache's events, supplied by the app (the Events feature's list; features don't import each other). */
export type RenderEvents = (source: { id: string; type: 'cache-cluster' | 'replication-group'; memberIds?: readonly string[] }) => ReactNode;

/** The cache page's tabs: its nodes, its backups with its backup settings, its events, its tags. */
export function CacheTabs({ cache, detail, detailError, renderEvents }: { cache: RedisCluster; detail: CacheDetail | null | undefined; detailError?: string | undefined; renderEvents: RenderEvents }) {
  const [tab, setTab] = useState(0);
  const id = useId();
  const tabs = tabsOf(cache);
  const current = tabs[tab] ?? 'Nodes';
  return (
    <Paper variant="outlined">
      <Tabs value={tab} onChange={(_e, v: number) => setTab(v)} aria-label="Cache details" sx={{ px: 1, borderBottom: 1, borderColor: 'divider' }}>
        {tabs.map((t, i) => (
          <Tab key={t} label={t} id={`${id}-tab-${i}`} aria-controls={`${id}-panel`} sx={{ textTransform: 'none' }} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} sx={{ p: 2 }}>
        {current === 'Nodes' ? <NodesPanel detail={detail} detailError={detailError} roles={!isMemcached(cache.engine)} /> : null}
        {current === 'Backups' ? <BackupsPanel cache={cache} detail={detail} /> : null}
        {current === 'Events' ? renderEvents(cache.kind === 'single' ? { id: cache.id, type: 'cache-cluster' } : { id: cache.id, type: 'replication-group', memberIds: cache.nodes.map((n) => n.id) }) : null}
        {current === 'Tags' ? <TagsPanel arn={detail?.arn} detailError={detailError} /> : null}
      </Box>
    </Paper>
  );
}

/** An empty tab's words: loading, why it failed and Retry (never "none" for a read that didn't happen), or none. */
function emptyText(query: { data?: unknown; isError: boolean; error: unknown; refetch: () => Promise<unknown> }, what: string, none: string): ReactNode {
  if (query.data) return none;
  if (!query.isError) return `Loading ${what}`;
  return (
    <>
      Couldn't load the {what}. {toApiError(query.error).message}{' '}
      <Button size="small" onClick={() => void query.refetch()}>
        Retry
      </Button>
    </>
  );
}

function NodesPanel({ detail, detailError, roles }: { detail: CacheDetail | null | undefined; detailError: string | undefined; roles: boolean }) {
  const rows = (detail?.nodes ?? []).map((n): [string, ...ReactNode[]] => [
    n.id,
    ...(roles ? [n.role ? n.role.charAt(0).toUpperCase() + n.role.slice(1) : '–'] : []),
    n.status ? <StatusIndicator status={n.status} /> : '–',
    n.zone ?? '–',
    n.endpoint ?? '–',
  ]);
  // Memcached nodes have no role (no primary, no replicas).
  const headers = ['Node name', ...(roles ? ['Role'] : []), 'Status', 'Availability Zone', 'Endpoint'];
  return <SimpleTable label="Nodes" headers={headers} rows={rows} empty={detail !== undefined ? 'No nodes.' : detailError !== undefined ? `Couldn't load the nodes. ${detailError}` : 'Loading nodes'} />;
}

function BackupsPanel({ cache, detail }: { cache: RedisCluster; detail: CacheDetail | null | undefined }) {
  const query = useQuery(snapshotQueries.list());
  // Newest first, as the Backups page lists them.
  const backups = query.data?.filter((b) => isBackupOf(b, cache)).sort(byCreatedDesc) ?? [];
  const settings = detail?.backup;
  const rows = backups.map((b): [string, ...ReactNode[]] => [b.name, <StatusIndicator key="s" status={b.status} />, b.type, <RouterLink key="l" href={paths.backup(b.name)}>View<span className="visually-hidden"> backup {b.name}</span></RouterLink>]);
  return (
    <>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, mb: 1 }}>
        <Typography variant="h3">Backup settings</Typography>
        <EditBackupSettings cache={cache} />
      </Stack>
      <DetailList
        fields={[
          ['Automatic backups', settings ? (settings.retentionDays > 0 ? 'Enabled' : 'Disabled') : '–'],
          ['Backup retention period', settings ? `${settings.retentionDays} ${settings.retentionDays === 1 ? 'day' : 'days'}` : '–'],
          ['Backup window', settings?.window ?? '–'],
          ['Backup node', settings?.fromNode ?? (cache.clusterModeEnabled ? 'Every shard' : '–')],
        ]}
      />
      <Typography variant="h3" sx={{ mt: 2, mb: 1 }}>
        Backups{query.data ? ` (${backups.length})` : ''}
      </Typography>
      <SimpleTable label={`Backups of ${cache.id}`} headers={['Name', 'Status', 'Type', 'Details']} rows={rows} empty={emptyText(query, 'backups', 'This cache has no backups.')} />
    </>
  );
}

function TagsPanel({ arn, detailError }: { arn: string | undefined; detailError: string | undefined }) {
  const tags = useQuery({ ...cacheQueries.tags(arn ?? ''), enabled: arn !== undefined });
  const rows = (tags.data ?? []).map((t): [string, ...ReactNode[]] => [t.Key ?? '', t.Value ?? '']);
  // Without the cache's details there is no ARN to ask the tags of.
  const empty = arn === undefined && detailError !== undefined ? `Couldn't load the tags. ${detailError}` : emptyText(tags, 'tags', 'No tags.');
  return <SimpleTable label="Tags" headers={['Key', 'Value']} rows={rows} empty={empty} />;
}
