import type { Status } from './status';

/**
 * The table of "can this cache be backed up / deleted now": read by the domain's own test,
 * and by the emulator's test, which makes each case and asks the service.
 */
export interface CacheActionCase {
  nodeType: string;
  status: Status;
  /** Null: allowed. Else a word the reason must contain. */
  backup: string | null;
  delete: string | null;
}

export const CACHE_ACTION_CASES: readonly CacheActionCase[] = [
  { nodeType: 'cache.r6g.large', status: 'available', backup: null, delete: null },
  { nodeType: 'cache.t3.micro', status: 'available', backup: null, delete: null },
  { nodeType: 'cache.t1.micro', status: 'available', backup: "don't support backups", delete: null },
  { nodeType: 'cache.t1.micro', status: 'snapshotting', backup: "don't support backups", delete: 'snapshotting' },
  { nodeType: 'cache.r6g.large', status: 'snapshotting', backup: 'snapshotting', delete: 'snapshotting' },
  { nodeType: 'cache.r6g.large', status: 'creating', backup: 'creating', delete: 'creating' },
  { nodeType: 'cache.r6g.large', status: 'deleting', backup: 'deleting', delete: 'deleting' },
  { nodeType: 'cache.r6g.large', status: 'modifying', backup: 'modifying', delete: 'modifying' },
];
