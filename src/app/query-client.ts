import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '../api/errors';

/**
 * Reads retry twice, briefly, on network errors, 5xx and throttling (the SDK itself
 * makes one attempt); a 4xx answer is final. Writes never retry on their own.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 2 && isRetryable(error),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
        refetchOnWindowFocus: false,
        staleTime: 5_000,
      },
      mutations: { retry: false },
    },
  });
}
