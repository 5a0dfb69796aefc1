import type { Snapshot } from '@aws-sdk/client-elasticache';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { toApiError } from '../../api/errors';
import { snapshotQueries } from '../../api/snapshots';
import { notifications, type Notification } from '../../components/notifications';
import { isTransitional } from '../../domain/status';
import { backupNotificationId, pendingBackups, usePendingBackups } from './pending-backups';

/** Replaces each "Creating backup" message with the outcome once the backup settles. */
export function BackupProgress() {
  const names = usePendingBackups();
  return names.map((name) => <PendingBackup key={name} name={name} />);
}

function PendingBackup({ name }: { name: string }) {
  const { data, error } = useQuery(snapshotQueries.detail(name));

  useEffect(() => {
    const outcome = backupOutcome(name, data, error);
    if (!outcome) return;
    notifications.show(outcome);
    pendingBackups.remove(name);
  }, [name, data, error]);

  return null;
}

/** The message that ends a backup's progress, or null while it is still under way. */
function backupOutcome(name: string, data: Snapshot | null | undefined, error: unknown): Notification | null {
  const id = backupNotificationId(name);
  // Gone before it settled, e.g. the demo data was reset.
  if (toApiError(error).code === 'SnapshotNotFoundFault' || data === null) {
    return { id, type: 'info', header: `Backup ${name} is no longer listed` };
  }
  if (error) return { id, type: 'error', header: `Couldn't follow backup ${name}`, content: toApiError(error).message };
  const status = data?.SnapshotStatus;
  if (!status || isTransitional(status)) return null;
  if (status === 'available') return { id, type: 'success', header: `Backup ${name} is complete`, content: 'Its status is available.' };
  return { id, type: 'error', header: `Backup ${name} is ${status}` };
}
