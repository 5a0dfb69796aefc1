import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiRequest } from '../domain/api-request';
import { reportedBackups } from './own-backup';
import { sendOnce, type Submission } from './send-once';
import { refreshAfterRefusal, refreshLists } from './refresh-lists';

/**
 * A console action (copy, delete, restore…) as a mutation. Every one of them changes
 * clusters or backups, so both lists are refetched; they then poll while anything moves.
 */
export function useApiAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, submission }: { request: ApiRequest; submission: Submission }) => sendOnce(request, submission),
    onSuccess: async (_out, { request }) => {
      // A deleted backup's name may be made anew, and then recognised after a lost answer.
      if (request.action === 'DeleteSnapshot') reportedBackups.forget(String(request.params.SnapshotName));
      await refreshLists(queryClient);
    },
    onError: (error) => refreshAfterRefusal(queryClient, error),
  });
}
