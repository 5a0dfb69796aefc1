import type { Action } from '../context';
import { faults } from '../faults';
import { paginate } from '../pagination';
import type { Params } from '../query-protocol';
import { DAY_MS } from '../timing';
import { iso } from '../views';

/** botocore's SourceType enum; this emulator records events of the first and fifth only. */
const SOURCE_TYPES = [
  'cache-cluster', 'cache-parameter-group', 'cache-security-group', 'cache-subnet-group',
  'replication-group', 'serverless-cache', 'serverless-cache-snapshot', 'user', 'user-group',
];
const HISTORY_MS = 14 * DAY_MS;
const MINUTE_MS = 60_000;

/**
 * DescribeEvents (API reference): the last hour by default, up to 14 days back; newest
 * first, as the CLI's example lists them; MaxRecords 20–100 (default 100) and Marker.
 */
export const describeEvents: Action = ({ db, now }, params) => {
  const sourceType = params.string('SourceType');
  if (sourceType !== undefined && !SOURCE_TYPES.includes(sourceType)) {
    throw faults.invalidParameterValue(`Invalid SourceType: ${sourceType}. Valid values are ${SOURCE_TYPES.join(', ')}.`);
  }
  const source = params.string('SourceIdentifier')?.toLowerCase();
  const { start, end } = period(params, now);
  const events = db.events
    .filter((e) => e.date >= start && e.date <= end && e.date >= now - HISTORY_MS && e.date <= now)
    .filter((e) => (sourceType === undefined || e.sourceType === sourceType) && (source === undefined || e.sourceIdentifier === source))
    .sort((a, b) => b.date - a.date);
  const { page, marker } = paginate(events, params, { default: 100, min: 20, max: 100 });
  return {
    Marker: marker,
    Events: page.map((e) => ({ SourceIdentifier: e.sourceIdentifier, SourceType: e.sourceType, Message: e.message, Date: iso(e.date) })),
  };
};

function time(params: Params, name: string): number | undefined {
  const value = params.string(name);
  if (value === undefined) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw faults.invalidParameterValue(`Invalid ${name}: ${value}. Use ISO 8601, e.g. 2017-03-30T07:03:49.555Z.`);
  return at;
}

/** StartTime/EndTime, or Duration minutes back from EndTime (or on from StartTime); else the last hour. */
function period(params: Params, now: number): { start: number; end: number } {
  const startTime = time(params, 'StartTime');
  const endTime = time(params, 'EndTime');
  const duration = params.integer('Duration');
  if (duration !== undefined && duration < 0) throw faults.invalidParameterValue(`Duration must not be negative; got ${duration}.`);
  if (startTime !== undefined && endTime !== undefined && startTime > endTime) {
    throw faults.invalidParameterCombination('StartTime must be before EndTime.');
  }
  const minutes = (duration ?? 60) * MINUTE_MS;
  if (startTime !== undefined) return { start: startTime, end: endTime ?? (duration !== undefined ? startTime + minutes : now) };
  const end = endTime ?? now;
  return { start: end - minutes, end };
}
