import { faults } from './faults';
import type { Params } from './query-protocol';

export interface PageLimits {
  default: number;
  min: number;
  max: number;
}

/**
 * MaxRecords/Marker paging (docs/reference/README.md, "Pagination"). The marker is
 * opaque to clients: here, the base64 of the next item's position.
 */
export function paginate<T>(items: readonly T[], params: Params, limits: PageLimits): { page: T[]; marker?: string } {
  const maxRecords = params.integer('MaxRecords') ?? limits.default;
  if (maxRecords < limits.min || maxRecords > limits.max) {
    throw faults.invalidParameterValue(`MaxRecords must be between ${limits.min} and ${limits.max}.`);
  }
  const marker = params.string('Marker');
  const start = marker === undefined ? 0 : decodeMarker(marker);
  const end = start + maxRecords;
  return { page: items.slice(start, end), marker: end < items.length ? encodeMarker(end) : undefined };
}

function encodeMarker(position: number): string {
  return btoa(`position:${position}`);
}

function decodeMarker(marker: string): number {
  let decoded = '';
  try {
    decoded = atob(marker);
  } catch {
    // falls through to the fault below
  }
  const match = /^position:(\d+)$/.exec(decoded);
  if (!match) throw faults.invalidParameterValue(`Invalid marker: ${marker}`);
  return Number(match[1]);
}
