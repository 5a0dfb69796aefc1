import { CreateSnapshotCommand, type Snapshot } from '@aws-sdk/client-elasticache';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BackupTarget } from '../domain/backup-target';
import { clusterQueries, withClusterStatus } from './clusters';
import { elasticache } from './elasticache-client';

export const snapshotQueries = {
  all: () => ['snapshots'] as const,
};

export interface CreateSnapshotInput {
  /** The row the backup was started from, shown `snapshotting` at once. */
  clusterId: string;
  target: BackupTarget;
  snapshotName: string;
}

export function useCreateSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ target, snapshotName }: CreateSnapshotInput): Promise<Snapshot | undefined> => {
      const out = await elasticache.send(new CreateSnapshotCommand({ ...target, SnapshotName: snapshotName }));
      return out.Snapshot;
    },
    onSuccess: async (_snapshot, { clusterId }) => {
      const list = clusterQueries.list();
      // Cancel a poll in flight so its older answer can't overwrite the new status.
      await queryClient.cancelQueries({ queryKey: list.queryKey });
      queryClient.setQueryData(list.queryKey, (rows) => withClusterStatus(rows, clusterId, 'snapshotting'));
      void queryClient.invalidateQueries({ queryKey: clusterQueries.all() });
      void queryClient.invalidateQueries({ queryKey: snapshotQueries.all() });
    },
  });
}
