import { useQueryClient } from '@tanstack/react-query';
import { reportedBackups } from './own-backup';
import { snapshotQueries } from './snapshots';

/** Whether a backup name is known to be taken: listed, or made by this console since the page loaded. */
export function useIsBackupNameTaken(): (name: string) => boolean {
  const queryClient = useQueryClient();
  return (name) => {
    const stored = name.toLowerCase();
    return reportedBackups.has(stored) || (queryClient.getQueryData(snapshotQueries.list().queryKey)?.some((b) => b.name === stored) ?? false);
  };
}
