import { queryOptions } from '@tanstack/react-query';
import { periodMinutes, toConsoleEvents, withMemberEvents, type EventFilter, type EventSourceType } from '../domain/events';
import { elasticache } from './elasticache-client';
import { listAll } from './list-all';

/** DescribeEvents for a period back from now, every page (Marker) followed. */
export const eventQueries = {
  all: () => ['events'] as const,
  list: (filter: EventFilter) =>
    queryOptions({
      queryKey: [...eventQueries.all(), filter.period, filter.sourceType ?? '', filter.sourceId ?? '', ...(filter.memberIds ?? [])] as const,
      queryFn: async ({ signal }) => {
        const read = (SourceType: EventSourceType | undefined, SourceIdentifier: string | undefined) =>
          listAll(async (Marker) => {
            const input = { Marker, MaxRecords: 100, Duration: periodMinutes(filter.period), SourceType, SourceIdentifier };
            const out = await elasticache.call('DescribeEvents', input, { abortSignal: signal });
            return { items: out.Events, marker: out.Marker };
          });
        // A group's members are cache clusters: DescribeEvents names one source, so they are read apart.
        const members = filter.memberIds ?? [];
        const [own, ofClusters] = await Promise.all([read(filter.sourceType, filter.sourceId), members.length > 0 ? read('cache-cluster', undefined) : []]);
        return toConsoleEvents(withMemberEvents(own, ofClusters, members));
      },
    }),
};
