import { Box, Paper, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { clusterQueries } from '../../api/clusters';
import { ListHeader } from '../../components/ListHeader';
import { StaleListWarning } from '../../components/ListState';
import { TablePager } from '../../components/TablePager';
import { usePagination } from '../../components/use-pagination';
import { useSort } from '../../components/use-sort';
import { toApiError } from '../../api/errors';
import { ENGINE_LABELS, type CacheEngine } from '../../domain/engines';
import { matchesFilter } from './cache-filter';
import { ClusterListState } from './ClusterListState';
import { CacheActions, type RenderBackupDialog } from './CacheActions';
import { columnsFor, nameSort } from './cluster-columns';
import { ClustersTable } from './ClustersTable';
import { useClusterSelection } from './use-cluster-selection';

interface ClustersPageProps {
  /** Whose caches: one screen per engine, as today's console. Memcached's is read-only. */
  engine?: CacheEngine;
  /** The Create Backup dialog, supplied by the app (features don't import each other). */
  renderBackupDialog: RenderBackupDialog;
}


export function ClustersPage({ engine = 'redis', renderBackupDialog }: ClustersPageProps) {
  const query = useQuery(clusterQueries.list());
  const title = `${ENGINE_LABELS[engine]} caches`;
  const readOnly = engine === 'memcached';
  const all = useMemo(() => query.data?.filter((c) => c.engine === engine), [query.data, engine]);
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const visible = useMemo(() => (all ?? []).filter((c) => matchesFilter(c, needle)), [all, needle]);
  const { selectedKey, select, retain, selected } = useClusterSelection(visible);

  const columns = columnsFor(engine);
  const sortable = useMemo(() => [nameSort, ...columns], [columns]);
  const sort = useSort(visible, sortable, 'name');
  const { rows, firstPage, paginationProps } = usePagination(sort.sorted, 25, 'caches');

  return (
    <Stack spacing={2}>
      <ListHeader title={title} count={all?.length} noun="caches" fetching={query.isFetching} onRefresh={() => void query.refetch()}>
        {readOnly ? null : <CacheActions cache={selected} renderBackupDialog={renderBackupDialog} />}
      </ListHeader>
      {readOnly ? (
        <Typography variant="body2" color="text.secondary">
          Memcached caches are listed here; their nodes take no backups.
        </Typography>
      ) : null}

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
            <ClustersTable label={title} clusters={rows} selectedKey={selectedKey} onSelect={readOnly ? undefined : select} sort={sort} columns={columns} />
            <TablePager {...paginationProps} />
          </>
        ) : (
          <ClusterListState query={query} noun={title} count={all?.length ?? 0} filter={filter} onClearFilter={() => setFilter('')} />
        )}
      </Paper>
    </Stack>
  );
}
