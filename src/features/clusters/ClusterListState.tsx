import type { UseQueryResult } from '@tanstack/react-query';
import { toApiError } from '../../api/errors';
import { listProgress } from '../../api/list-progress';
import { ListState } from '../../components/ListState';
import type { RedisCluster } from '../../domain/cluster';

interface ClusterListStateProps {
  query: UseQueryResult<RedisCluster[]>;
  /** "Redis OSS caches" */
  noun: string;
  /** How many of the list's rows are this screen's (its engine's). */
  count: number;
  filter: string;
  onClearFilter: () => void;
}

/** What the table area shows when there are no rows: loading, failed, empty, no match. */
export function ClusterListState({ query, noun, count, filter, onClearFilter }: ClusterListStateProps) {
  const read = listProgress.useRead('clusters');
  return (
    <ListState
      noun={noun}
      isPending={query.isPending}
      progress={read}
      error={query.isError && !query.data ? toApiError(query.error).message : null}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
      empty={count === 0}
      emptyText={`This account doesn't have any ${noun} in this Region.`}
      noMatchText={`No cache shows “${filter.trim()}”.`}
      onClearFilter={onClearFilter}
    />
  );
}
