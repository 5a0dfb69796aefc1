/**
 * The Events screen's choices (AWS docs, ECEvents.Viewing; botocore's DescribeEvents):
 * source types the console filters by, and periods as `Duration` minutes back from now
 * (the service keeps 14 days).
 */
export const EVENT_SOURCE_TYPES = ['cache-cluster', 'replication-group'] as const;
export type EventSourceType = (typeof EVENT_SOURCE_TYPES)[number];

export const EVENT_PERIODS = [
  { id: 'hour', label: 'Last hour', minutes: 60 },
  { id: 'day', label: 'Last 24 hours', minutes: 24 * 60 },
  { id: 'fortnight', label: 'Last 14 days', minutes: 14 * 24 * 60 },
] as const;
export type EventPeriod = (typeof EVENT_PERIODS)[number]['id'];

export const periodMinutes = (period: EventPeriod) => EVENT_PERIODS.find((p) => p.id === period)?.minutes ?? 60;

export interface EventFilter {
  period: EventPeriod;
  sourceType?: EventSourceType;
  sourceId?: string;
  /** A replication group's member clusters: their own events (a node's backup) are the group's too. */
  memberIds?: readonly string[];
}

/** A source's events with its members' (cache-cluster events naming one of `memberIds`). */
export function withMemberEvents<E extends EventLike>(own: readonly E[], clusterEvents: readonly E[], memberIds: readonly string[]): E[] {
  const members = new Set(memberIds.map((id) => id.toLowerCase()));
  return [...own, ...clusterEvents.filter((e) => members.has((e.SourceIdentifier ?? '').toLowerCase()))];
}

/** One event as the console lists it. */
export interface ConsoleEvent {
  sourceId: string;
  sourceType: string;
  date: Date | undefined;
  message: string;
}

export interface EventLike {
  SourceIdentifier?: string;
  SourceType?: string;
  Message?: string;
  Date?: Date;
}

/** Newest first, as the service lists them; an event without a date last. */
export function toConsoleEvents(events: readonly EventLike[]): ConsoleEvent[] {
  return events
    .map((e) => ({ sourceId: e.SourceIdentifier ?? '', sourceType: e.SourceType ?? '', date: e.Date, message: e.Message ?? '' }))
    .sort((a, b) => (b.date?.getTime() ?? -Infinity) - (a.date?.getTime() ?? -Infinity));
}
