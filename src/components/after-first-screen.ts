import type { QueryClient } from '@tanstack/react-query';
import { whenIdle } from './lazy-with-preload';

/**
 * Runs `task` once no read is in flight and the browser is idle: code fetched ahead of need
 * (the other screens, the dialogs) then doesn't compete with the first rows for the main
 * thread, as it did when it started at the first idle moment, while those rows were on
 * their way (issue 17). Returns a cancel.
 */
export function afterFirstScreen(queryClient: QueryClient, task: () => void): () => void {
  let cancelIdle: (() => void) | undefined;
  let unsubscribe = () => {};
  const check = () => {
    if (cancelIdle || queryClient.isFetching() > 0) return;
    unsubscribe();
    cancelIdle = whenIdle(task);
  };
  unsubscribe = queryClient.getQueryCache().subscribe(check);
  check();
  return () => {
    unsubscribe();
    cancelIdle?.();
  };
}
