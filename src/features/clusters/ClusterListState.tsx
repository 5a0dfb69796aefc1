import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import { toApiError } from '../../api/errors';
import type { RedisCluster } from '../../domain/cluster';

interface ClusterListStateProps {
  query: UseQueryResult<RedisCluster[]>;
  filter: string;
  onClearFilter: () => void;
}

/** What the table area shows when there are no rows: loading, failed, empty, no match. */
export function ClusterListState({ query, filter, onClearFilter }: ClusterListStateProps) {
  if (query.isPending) {
    return (
      <Box role="status" sx={{ display: 'flex', gap: 1.5, alignItems: 'center', justifyContent: 'center', p: 4 }}>
        <CircularProgress size={20} aria-hidden />
        <Typography>Loading clusters</Typography>
      </Box>
    );
  }
  if (query.isError && !query.data) {
    return (
      <Box sx={{ p: 2 }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={() => void query.refetch()} disabled={query.isFetching}>
              Retry
            </Button>
          }
        >
          Couldn't load the Redis clusters. {toApiError(query.error).message}
        </Alert>
      </Box>
    );
  }
  const empty = (query.data?.length ?? 0) === 0;
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography sx={{ fontWeight: 700 }}>{empty ? 'No Redis clusters' : 'No matches'}</Typography>
      <Typography color="text.secondary" sx={{ mb: empty ? 0 : 1 }}>
        {empty
          ? "This account doesn't have any Redis clusters in this Region."
          : `No cluster name contains “${filter.trim()}”.`}
      </Typography>
      {empty ? null : <Button onClick={onClearFilter}>Clear filter</Button>}
    </Box>
  );
}
