import { Box, Button, Paper, Stack, TablePagination, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { clusterQueries } from '../../api/clusters';
import { focusAfterDialog } from '../../components/focus-after-dialog';
import { ListHeader } from '../../components/ListHeader';
import { StaleListWarning } from '../../components/ListState';
import { lazyWithPreload, whenIdle } from '../../components/lazy-with-preload';
import { LazyDialog } from '../../components/LoadBoundary';
import { usePagination } from '../../components/use-pagination';
import { toApiError } from '../../api/errors';
import type { RedisCluster } from '../../domain/cluster';
import { ENGINE_LABELS, type CacheEngine } from '../../domain/engines';
import { ActionsMenu } from '../../components/ActionsMenu';
import { matchesFilter } from './cache-filter';
import { ClusterListState } from './ClusterListState';
import { clusterCheckboxId } from './cluster-columns';
import { ClustersTable } from './ClustersTable';
import { useClusterSelection } from './use-cluster-selection';

// Not needed to show the table: loaded once it shows.
const DeleteClusterDialog = lazyWithPreload(() => import('./DeleteClusterDialog'), 'DeleteClusterDialog');

interface ClustersPageProps {
  /** Whose caches: one screen per engine, as today's console. Memcached's is read-only. */
  engine?: CacheEngine;
  /** The Create Backup dialog, supplied by the app (features don't import each other). */
  renderBackupDialog: (cluster: RedisCluster, close: () => void) => ReactNode;
}

export function ClustersPage({ engine = 'redis', renderBackupDialog }: ClustersPageProps) {
  const query = useQuery(clusterQueries.list());
  const title = `${ENGINE_LABELS[engine]} caches`;
  const readOnly = engine === 'memcached';
  const all = useMemo(() => query.data?.filter((c) => c.engine === engine), [query.data, engine]);
  const [filter, setFilter] = useState('');
  const [backupCluster, setBackupCluster] = useState<RedisCluster | null>(null);
  const [deleteCluster, setDeleteCluster] = useState<RedisCluster | null>(null);
  const needle = filter.trim().toLowerCase();
  const visible = useMemo(() => (all ?? []).filter((c) => matchesFilter(c, needle)), [all, needle]);
  const { selectedKey, select, retain, backupSource, blocker, deletable, deleteReason } = useClusterSelection(visible);
  const loaded = query.data !== undefined;
  useEffect(() => (loaded ? whenIdle(() => void DeleteClusterDialog.preload().catch(() => undefined)) : undefined), [loaded]);

  const closeDialog = (cluster: RedisCluster, setOpen: (c: null) => void) => {
    setOpen(null);
    // Backup and Delete may be disabled now (snapshotting, deleting): focus the cluster's row.
    focusAfterDialog(
      () => document.getElementById(clusterCheckboxId(cluster)),
      () => document.querySelector<HTMLElement>('main h1'),
    );
  };

  const { rows, firstPage, paginationProps } = usePagination(visible);

  return (
    <Stack spacing={2}>
      <ListHeader title={title} count={all?.length} noun="caches" fetching={query.isFetching} onRefresh={() => void query.refetch()}>
        {readOnly ? null : (
          <ActionsMenu
            items={[
              { label: 'Backup', disabledReason: blocker, onSelect: () => backupSource && setBackupCluster(backupSource) },
              { label: 'Delete', disabledReason: deleteReason, onSelect: () => deletable && setDeleteCluster(deletable) },
            ]}
          />
        )}
        {readOnly ? null : (
        <Button
          variant="contained"
          disabled={!backupSource}
          aria-describedby="backup-availability"
          onClick={() => backupSource && setBackupCluster(backupSource)}
        >
          Backup
        </Button>
        )}
      </ListHeader>
      <Typography id="backup-availability" variant="body2" color="text.secondary" sx={{ minHeight: 20 }}>
        {readOnly ? 'Memcached caches are listed here; their nodes take no backups.' : (blocker ?? `Back up ${backupSource?.id ?? ''}.`)}
      </Typography>

      {query.isError && query.data ? (
        <StaleListWarning noun="caches" error={toApiError(query.error).message} onRetry={() => void query.refetch()} />
      ) : null}

      <Paper variant="outlined">
        <Box sx={{ p: 2, borderBottom: 1, borderColor: 'divider' }}>
          <TextField
            type="search"
            size="small"
            label="Find caches"
            value={filter}
            onChange={(e) => {
              const next = e.target.value;
              setFilter(next);
              retain((c) => matchesFilter(c, next.trim().toLowerCase()), all ?? []);
              firstPage();
            }}
            sx={{ width: 360, maxWidth: '100%' }}
            helperText={needle && all ? `${visible.length} ${visible.length === 1 ? 'match' : 'matches'}` : ' '}
          />
        </Box>
        {all && visible.length > 0 ? (
          <>
            <ClustersTable label={title} clusters={rows} selectedKey={selectedKey} onSelect={readOnly ? undefined : select} />
            <TablePagination component="div" {...paginationProps} />
          </>
        ) : (
          <ClusterListState query={query} noun={title} count={all?.length ?? 0} filter={filter} onClearFilter={() => setFilter('')} />
        )}
      </Paper>
      {backupCluster ? renderBackupDialog(backupCluster, () => closeDialog(backupCluster, setBackupCluster)) : null}
      {deleteCluster ? (
        <LazyDialog key={deleteCluster.id} title="Delete cluster" onClose={() => closeDialog(deleteCluster, setDeleteCluster)}>
          <DeleteClusterDialog cluster={deleteCluster} onClose={() => closeDialog(deleteCluster, setDeleteCluster)} />
        </LazyDialog>
      ) : null}
    </Stack>
  );
}
