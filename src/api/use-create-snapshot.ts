import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BackupTarget } from '../domain/backup-target';
import { clusterQueries, withClusterStatus } from './clusters';
import { createBackup } from './create-backup';
import { refreshAfterRefusal, refreshLists } from './refresh-lists';
import type { Submission } from './send-once';

// Apart from snapshotQueries: the write path (createBackup, its requests) is the Create
// Backup dialog's code, not the first screen's, which follows backups (issue 17).
export interface CreateSnapshotInput {
  /** The row the backup was started from (its clusterKey), shown `snapshotting` at once. */
  rowKey: string;
  target: BackupTarget;
  snapshotName: string;
  /** The dialog's submission this attempt belongs to. */
  submission: Submission;
  tags?: { Key: string; Value: string }[];
}

export function useCreateSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ target, snapshotName, submission, tags }: CreateSnapshotInput) => createBackup(target, snapshotName, submission, tags),
    onSuccess: async (_created, { rowKey }) => {
      const list = clusterQueries.list();
      // Cancel a poll in flight so its older answer can't overwrite the new status.
      await queryClient.cancelQueries({ queryKey: list.queryKey });
      queryClient.setQueryData(list.queryKey, (rows) => withClusterStatus(rows, rowKey, 'snapshotting'));
      void refreshLists(queryClient);
    },
    onError: (error) => refreshAfterRefusal(queryClient, error),
  });
}
