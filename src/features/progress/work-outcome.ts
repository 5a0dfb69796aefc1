import type { Snapshot } from '@aws-sdk/client-elasticache';
import { toApiError } from '../../api/errors';
import type { FollowedWork } from '../../components/followed-work';
import type { Notification } from '../../components/notifications';
import type { RedisCluster } from '../../domain/cluster';
import { isTransitional } from '../../domain/status';
import { paths } from '../../components/paths';
import { isEngine } from '../../domain/engines';

type Outcome = Omit<Notification, 'id'>;

/** How a backup's work ended, from its DescribeSnapshots answer; null while under way. */
export function backupOutcome(w: FollowedWork, data: Snapshot | null | undefined, error: unknown): Outcome | null {
  const { name } = w;
  const gone = toApiError(error).code === 'SnapshotNotFoundFault' || (!error && data === null);
  if (w.work === 'delete') {
    if (gone) return { type: 'success', header: `Backup ${name} is deleted` };
  } else if (gone) {
    // Gone before it settled, e.g. the demo data was reset.
    return { type: 'info', header: `Backup ${name} is no longer listed` };
  }
  if (error) return { type: 'error', header: `Couldn't follow backup ${name}`, content: toApiError(error).message };
  const status = data?.SnapshotStatus;
  if (!status || isTransitional(status)) return null;
  if (w.work === 'delete') return { type: 'error', header: `Backup ${name} was not deleted`, content: `Its status is ${status}.` };
  if (status !== 'available') return { type: 'error', header: `Backup ${name} is ${status}` };
  const link = { href: paths.backup(name), text: `View backup ${name}` };
  if (w.work === 'export') return { type: 'success', header: `Backup ${name} is exported to Amazon S3`, content: w.result, link };
  const header = w.work === 'copy' ? `Copy ${name} is complete` : `Backup ${name} is complete`;
  return { type: 'success', header, content: 'Its status is available.', link };
}

/** How a cluster's work ended, from the clusters list (`row` undefined: not listed); null while under way. */
export function clusterOutcome(w: FollowedWork, row: RedisCluster | undefined): Outcome | null {
  const { name } = w;
  if (w.work === 'delete') {
    if (!row) return { type: 'success', header: `Cluster ${name} is deleted`, link: w.link };
    if (isTransitional(row.status)) return null;
    return { type: 'error', header: `Cluster ${name} was not deleted`, content: `Its status is ${row.status}.` };
  }
  if (!row) return { type: 'info', header: `Cluster ${name} is no longer listed` };
  if (isTransitional(row.status)) return null;
  if (row.status !== 'available') return { type: 'error', header: `Cluster ${name} is ${row.status}` };
  if (w.work === 'modify') {
    const link = isEngine(row.engine) ? { href: paths.cache(row.engine, row.id), text: `View cache ${row.id}` } : undefined;
    return { type: 'success', header: `Backup settings of ${name} are saved`, content: 'Its status is available.', link };
  }
  return {
    type: 'success',
    header: `Cluster ${name} is available`,
    content: w.work === 'restore' ? 'It holds the data of the backup it was restored from.' : undefined,
    // The restored cache's own page (its engine's list if the engine is unknown).
    link: isEngine(row.engine) ? { href: paths.cache(row.engine, row.id), text: `View cache ${row.id}` } : { href: paths.caches('redis'), text: 'View caches' },
  };
}
