import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { toApiError } from '../../api/errors';
import { snapshotQueries } from '../../api/snapshots';
import { notifications } from '../../components/notifications';
import { isTransitional } from '../../domain/status';
import { backupNotificationId, pendingBackups, usePendingBackups } from './pending-backups';

/** Replaces each "Creating backup" message with the outcome once the backup settles. */
export function BackupProgress() {
  const names = usePendingBackups();
  return names.map((name) => <PendingBackup key={name} name={name} />);
}

function PendingBackup({ name }: { name: string }) {
  const { data, error } = useQuery(snapshotQueries.detail(name));
  const status = data?.SnapshotStatus;

  useEffect(() => {
    if (error) {
      notifications.show({
        id: backupNotificationId(name),
        type: 'error',
        header: `Couldn't follow backup ${name}`,
        content: toApiError(error).message,
      });
    } else if (data === null || (status && !isTransitional(status))) {
      notifications.show(
        data === null
          ? { id: backupNotificationId(name), type: 'info', header: `Backup ${name} is no longer listed` }
          : status === 'available'
            ? { id: backupNotificationId(name), type: 'success', header: `Backup ${name} is complete`, content: `Its status is available.` }
            : { id: backupNotificationId(name), type: 'error', header: `Backup ${name} is ${status}` },
      );
    } else {
      return;
    }
    pendingBackups.remove(name);
  }, [name, data, status, error]);

  return null;
}
