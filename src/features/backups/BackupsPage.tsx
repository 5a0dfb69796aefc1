import { Box, Button, Chip, Paper, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { clusterQueries } from '../../api/clusters';
import { toApiError } from '../../api/errors';
import { snapshotQueries } from '../../api/snapshots';
import { ListHeader } from '../../components/ListHeader';
import { ListState, StaleListWarning } from '../../components/ListState';
import { navigate, useLocation } from '../../components/router';
import { TablePager } from '../../components/TablePager';
import { usePagination } from '../../components/use-pagination';
import { byCreatedDesc, isBackupOf } from '../../domain/backup';
import type { RedisCluster } from '../../domain/cluster';
import { BackupActions } from './BackupActions';
import { matchesFilter } from './backup-columns';
import { BackupsTable } from './BackupsTable';
import { ChooseCacheDialog } from './ChooseCacheDialog';
import { focusAfterDialog } from '../../components/focus-after-dialog';
import { paths } from '../../components/paths';

/** The cluster a `?cluster=` link names, with its nodes when the list has it. */
function cacheNamed(cluster: string, caches: RedisCluster[] | undefined): { id: string; nodes: readonly { id: string }[] } {
  return caches?.find((c) => c.id.toLowerCase() === cluster.toLowerCase()) ?? { id: cluster, nodes: [] };
}


/** The seed's Create Backup dialog, passed in by src/app/routes.tsx (features don't import each other). */
export type RenderBackupDialog = (cluster: RedisCluster, close: () => void) => ReactNode;

interface BackupsPageProps {
  /** Without it (a page tested alone) there is no Create backup button. */
  renderBackupDialog?: RenderBackupDialog;
}

/** Backups: every backup in the account, filterable by name or cluster, newest first. */
export function BackupsPage({ renderBackupDialog }: BackupsPageProps) {
  const query = useQuery(snapshotQueries.list());
  const cluster = useLocation().searchParams.get('cluster');
  const [filter, setFilter] = useState('');
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const [selectedName, setSelectedName] = useState<string | null>(null);

  // A group's backups taken from one of its nodes name the node, not the group (as the
  // service's do): the group's own list holds them too.
  const caches = useQuery({ ...clusterQueries.list(), enabled: cluster !== null }).data;
  const needle = filter.trim().toLowerCase();
  // Re-filtered only when the list, the filter or the order changes, not on every poll's re-render.
  const visible = useMemo(() => {
    const ofCluster = cluster ? cacheNamed(cluster, caches) : undefined;
    return (query.data ?? [])
      .filter((b) => !ofCluster || isBackupOf(b, ofCluster))
      .filter((b) => matchesFilter(b, needle))
      .sort((a, b) => (order === 'desc' ? byCreatedDesc(a, b) : byCreatedDesc(b, a)));
  }, [query.data, needle, cluster, caches, order]);
  const { rows, firstPage, paginationProps } = usePagination(visible, 25, 'backups');
  // A backup that is gone (deleted, expired) or hidden by the filter can't stay selected:
  // an action never targets a row that isn't shown.
  const selected = visible.find((b) => b.name === selectedName) ?? null;
  // Create backup: choose the cache, then the seed's Create Backup dialog for it.
  const [creating, setCreating] = useState<'choose' | RedisCluster | null>(null);
  const closeCreate = () => {
    setCreating(null);
    focusAfterDialog(() => document.getElementById('create-backup-button'));
  };

  return (
    <Stack spacing={2}>
      <ListHeader title="Backups" count={query.data?.length} noun="backups" fetching={query.isFetching} onRefresh={() => void query.refetch()}>
        {renderBackupDialog ? (
          <Button id="create-backup-button" variant="contained" onClick={() => setCreating('choose')}>
            Create backup
          </Button>
        ) : null}
        <BackupActions backup={selected} />
      </ListHeader>
      {creating === 'choose' ? <ChooseCacheDialog onChoose={setCreating} onClose={closeCreate} /> : null}
      {creating && creating !== 'choose' && renderBackupDialog ? renderBackupDialog(creating, closeCreate) : null}

      {query.isError && query.data ? (
        <StaleListWarning noun="backups" error={toApiError(query.error).message} onRetry={() => void query.refetch()} />
      ) : null}

      <Paper variant="outlined">
        <Box sx={{ p: 2, borderBottom: 1, borderColor: 'divider', display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <TextField
            type="search"
            size="small"
            label="Find backups"
            placeholder="Name, cluster, type, status, size, node type or version"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              // As the AWS console does: a filter that hides the selected backup clears the selection.
              if (selected && !matchesFilter(selected, e.target.value.trim().toLowerCase())) setSelectedName(null);
              firstPage();
            }}
            sx={{ width: 360, maxWidth: '100%' }}
            helperText={needle || cluster ? `${visible.length} ${visible.length === 1 ? 'match' : 'matches'}` : ' '}
          />
          {cluster ? (
            <Chip label={`Cluster: ${cluster}`} onDelete={() => navigate(paths.backups())} sx={{ mt: 0.5 }} />
          ) : null}
        </Box>
        {query.data && visible.length > 0 ? (
          <>
            <BackupsTable
              backups={rows}
              selected={selected?.name ?? null}
              onSelect={setSelectedName}
              order={order}
              onToggleOrder={() => {
                setOrder((o) => (o === 'desc' ? 'asc' : 'desc'));
                firstPage();
              }}
            />
            <TablePager {...paginationProps} />
          </>
        ) : (
          <ListState
            noun="backups"
            isPending={query.isPending}
            error={query.isError && !query.data ? toApiError(query.error).message : null}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
            empty={(query.data?.length ?? 0) === 0}
            emptyText="This account doesn't have any backups in this Region. Back up a cache from Valkey caches or Redis OSS caches."
            noMatchText={
              filter.trim() || !cluster ? `No backup${cluster ? ` of ${cluster}` : ''} matches “${filter.trim()}”.` : `${cluster} has no backups.`
            }
            onClearFilter={() => {
              setFilter('');
              if (cluster) navigate(paths.backups());
            }}
          />
        )}
      </Paper>
    </Stack>
  );
}
