import { queryOptions } from '@tanstack/react-query';
import { periodMinutes, toConsoleEvents, type EventFilter } from '../domain/events';
import { elasticache } from './elasticache-client';
import { listAll } from './list-all';

/** DescribeEvents for a period back from now, every page (Marker) followed. */
export const eventQueries = {
  all: () => ['events'] as const,
  list: (filter: EventFilter) =>
    queryOptions({
      queryKey: [...eventQueries.all(), filter.period, filter.sourceType ?? '', filter.sourceId ?? ''] as const,
      queryFn: async ({ signal }) => {
        const events = await listAll(async (Marker) => {
          const input = { Marker, MaxRecords: 100, Duration: periodMinutes(filter.period), SourceType: filter.sourceType, SourceIdentifier: filter.sourceId };
          const out = await elasticache.call('DescribeEvents', input, { abortSignal: signal });
          return { items: out.Events, marker: out.Marker };
        });
        return toConsoleEvents(events);
      },
    }),
};
