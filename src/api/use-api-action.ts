import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiRequest } from '../domain/aws-cli';
import { clusterQueries } from './clusters';
import { sendRequest } from './send-request';
import { snapshotQueries } from './snapshots';

/**
 * A console action (copy, delete, restore…) as a mutation. Every one of them changes
 * clusters or backups, so both lists are refetched; they then poll while anything moves.
 */
export function useApiAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ApiRequest) => sendRequest(request),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clusterQueries.all() }),
        queryClient.invalidateQueries({ queryKey: snapshotQueries.all() }),
      ]);
    },
  });
}
