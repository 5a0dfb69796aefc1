import type { UseQueryResult } from '@tanstack/react-query';
import { toApiError } from '../../api/errors';
import { ListState } from '../../components/ListState';
import type { RedisCluster } from '../../domain/cluster';

interface ClusterListStateProps {
  query: UseQueryResult<RedisCluster[]>;
  filter: string;
  onClearFilter: () => void;
}

/** What the table area shows when there are no rows: loading, failed, empty, no match. */
export function ClusterListState({ query, filter, onClearFilter }: ClusterListStateProps) {
  return (
    <ListState
      noun="Redis clusters"
      isPending={query.isPending}
      error={query.isError && !query.data ? toApiError(query.error).message : null}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
      empty={(query.data?.length ?? 0) === 0}
      emptyText="This account doesn't have any Redis clusters in this Region."
      noMatchText={`No cluster name contains “${filter.trim()}”.`}
      onClearFilter={onClearFilter}
    />
  );
}
