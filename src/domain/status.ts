/**
 * Statuses the API documents (docs/reference/README.md, "Kinds of backup"): cluster,
 * replication group and snapshot. A real endpoint may send others; the console shows
 * those as they come.
 */
export const KNOWN_STATUSES = [
  'available',
  'creating',
  'deleted',
  'deleting',
  'incompatible-network',
  'modifying',
  'rebooting cluster nodes',
  'restore-failed',
  'snapshotting',
  'create-failed',
  'restoring',
  'copying',
] as const;

export type KnownStatus = (typeof KNOWN_STATUSES)[number];
// Keeps autocompletion for known words while accepting any string from the wire.
export type Status = KnownStatus | (string & {});

const TRANSITIONAL = new Set<string>([
  'creating',
  'deleting',
  'modifying',
  'rebooting cluster nodes',
  'snapshotting',
  'restoring',
  'copying',
]);

/** Whether the resource is moving and its status will change without user action. */
export function isTransitional(status: Status | undefined): boolean {
  if (!status) return false;
  if (TRANSITIONAL.has(status)) return true;
  // An unknown status ending in "ing" ("scaling", "upgrading") is treated as work in progress.
  return !(KNOWN_STATUSES as readonly string[]).includes(status) && /ing$/.test(status);
}
