import { useRef, useState } from 'react';
import type { ApiRequest } from '../domain/aws-cli';
import { toApiError, type ApiError } from './errors';
import { useApiAction } from './use-api-action';

export type SubmitOutcome = { ok: true } | { ok: false; error: ApiError } | { ok: false; error: null };

/**
 * Sends one console action from a dialog: a second Enter or click while it runs, or
 * after it succeeded, is ignored (one action, not two); a failure is kept for the dialog.
 */
export function useActionSubmit() {
  const action = useApiAction();
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const submit = async (request: ApiRequest): Promise<SubmitOutcome> => {
    if (inFlight.current) return { ok: false, error: null };
    inFlight.current = true;
    setFailure(null);
    try {
      await action.mutateAsync(request);
      return { ok: true };
    } catch (error) {
      // Only a failure lets the dialog send again; after success it is closing.
      inFlight.current = false;
      const apiError = toApiError(error);
      setFailure(apiError);
      return { ok: false, error: apiError };
    }
  };

  return { submit, failure, setFailure, pending: action.isPending };
}

/** The failure as one line for the dialog's alert; `notDone` says what didn't happen ("The backup was not started"). */
export function failureText(failure: ApiError | null, notDone: string): string | null {
  if (!failure) return null;
  return failure.kind === 'network'
    ? `${notDone}: ${failure.message} Check the connection and retry.`
    : `${failure.code ?? 'Error'}: ${failure.message}`;
}
