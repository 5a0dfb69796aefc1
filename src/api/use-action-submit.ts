import { useRef, useState } from 'react';
import type { ApiRequest } from '../domain/api-request';
import { mayPassOnRetry, toApiError, type ApiError } from './errors';
import { newSubmission, type Submission } from './send-once';
import { useIsBackupNameTaken } from './taken-backup-names';
import { useApiAction } from './use-api-action';

/** A service fault that belongs at a form field: which faults, and how the field shows one. */
export interface FieldFault {
  matches: (error: ApiError) => boolean;
  show: (message: string) => void;
}

interface Mutation<T, R> {
  mutateAsync: (input: T) => Promise<R>;
  isPending: boolean;
}

/**
 * Sends one write from a dialog; resolves to its result when it succeeded, else null. A second Enter or click
 * while it runs, or after it succeeded, is ignored (one action, not two). A failure is
 * kept for the dialog's top alert, unless `fieldFault` matches it: then its field shows
 * it, and it doesn't resurface at the top once the user edits the field.
 */
export function useGuardedSubmit<T, R>(mutation: Mutation<T, R>, fieldFault?: FieldFault) {
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const submit = async (input: T): Promise<{ result: R } | null> => {
    if (inFlight.current) return null;
    inFlight.current = true;
    setFailure(null);
    try {
      return { result: await mutation.mutateAsync(input) };
    } catch (error) {
      // Only a failure lets the dialog send again; after success it is closing.
      inFlight.current = false;
      const apiError = toApiError(error);
      if (fieldFault?.matches(apiError)) fieldFault.show(apiError.message);
      else setFailure(apiError);
      return null;
    }
  };

  return { submit, failure, pending: mutation.isPending };
}

/** A console action (copy, delete, restore…) sent from a dialog: its attempts are one submission (src/api/send-once.ts). */
export function useActionSubmit(fieldFault?: FieldFault) {
  const submission = useRef<Submission | null>(null);
  const isTaken = useIsBackupNameTaken();
  const guarded = useGuardedSubmit(useApiAction(), fieldFault);
  return { ...guarded, submit: (request: ApiRequest) => guarded.submit({ request, submission: (submission.current ??= newSubmission(isTaken)) }) };
}

/**
 * The failure as one line for the dialog's alert, and whether a Retry may pass (not for a
 * refusal such as InvalidCacheClusterState); `notDone` says what didn't happen ("The backup was not started").
 */
export function failureText(failure: ApiError | null, notDone: string): { text: string; retry: boolean } | null {
  if (!failure) return null;
  const retry = mayPassOnRetry(failure);
  // Never "not done" when the console couldn't tell: Retry then recognises it if it was done.
  if (failure.unconfirmed) return { text: `The outcome isn't known: the answer was lost, and so was the check for it. ${failure.message} Retry: if it was done, the console will recognise it.`, retry };
  return {
    text: failure.kind === 'network' ? `${notDone}: ${failure.message} Check the connection and retry.` : `${failure.code ?? 'Error'}: ${failure.message}`,
    retry,
  };
}
