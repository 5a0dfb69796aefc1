import { Alert, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { cacheQueries } from '../../api/caches';
import { clusterQueries } from '../../api/clusters';
import { toApiError } from '../../api/errors';
import { paths } from '../../components/paths';
import { RouterLink } from '../../components/RouterLink';
import type { RedisCluster } from '../../domain/cluster';
import { ENGINE_LABELS, type CacheEngine } from '../../domain/engines';
import { CacheActions, type RenderBackupDialog } from './CacheActions';
import { CacheSummary } from './CacheSummary';
import { CacheTabs, type RenderEvents } from './CacheTabs';

interface CachePageProps {
  engine: CacheEngine;
  id: string;
  renderBackupDialog: RenderBackupDialog;
  renderEvents: RenderEvents;
}

/** One cache's page: summary, Nodes / Backups / Tags, and the same Actions as the list. */
export function CachePage({ engine, id, renderBackupDialog, renderEvents }: CachePageProps) {
  const list = useQuery(clusterQueries.list());
  // Identifiers are not case sensitive (the service stores them lowercase): a link may use either.
  const cache = list.data?.find((c) => c.engine === engine && c.id === id.toLowerCase());
  if (list.isPending) {
    return (
      <Box role="status" sx={{ display: 'flex', gap: 1.5, alignItems: 'center', p: 4 }}>
        <CircularProgress size={20} aria-hidden />
        <Typography>Loading {id}</Typography>
      </Box>
    );
  }
  // A list that couldn't be read says so: it is no sign the cache is gone.
  if (!cache && list.isError) {
    return (
      <Alert severity="error" action={<Button color="inherit" onClick={() => void list.refetch()}>Retry</Button>}>
        Couldn't load {id}. {toApiError(list.error).message}
      </Alert>
    );
  }
  if (!cache) {
    return (
      <Alert severity="info">
        There is no {ENGINE_LABELS[engine]} cache named {id}: it may have been deleted.{' '}
        <RouterLink href={paths.caches(engine)}>All {ENGINE_LABELS[engine]} caches</RouterLink>
      </Alert>
    );
  }
  return <CacheView cache={cache} readOnly={engine === 'memcached'} renderBackupDialog={renderBackupDialog} renderEvents={renderEvents} />;
}

function CacheView({ cache, readOnly, renderBackupDialog, renderEvents }: { cache: RedisCluster; readOnly: boolean } & Omit<CachePageProps, 'engine' | 'id'>) {
  const detailQuery = useQuery(cacheQueries.detail(cache));
  const detail = detailQuery.data;
  // Its nodes, endpoints and settings couldn't be read: the tabs say so rather than load forever.
  const detailError = detailQuery.isError && detail === undefined ? toApiError(detailQuery.error).message : undefined;
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h1" tabIndex={-1}>
          {cache.id}
        </Typography>
        {readOnly ? null : (
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', justifyContent: 'flex-end' }}>
            <CacheActions cache={cache} renderBackupDialog={renderBackupDialog} />
          </Stack>
        )}
      </Stack>
      {detailError === undefined ? null : (
        <Alert severity="error" action={<Button color="inherit" onClick={() => void detailQuery.refetch()}>Retry</Button>}>
          Couldn't load the details of {cache.id}. {detailError}
        </Alert>
      )}
      <CacheSummary cache={cache} detail={detail} />
      <CacheTabs cache={cache} detail={detail} detailError={detailError} renderEvents={renderEvents} />
    </Stack>
  );
}
