import { useRef, useState } from 'react';
import type { ApiRequest } from '../domain/aws-cli';
import { toApiError, type ApiError } from './errors';
import { useApiAction } from './use-api-action';

export type SubmitOutcome =
  | { ok: true }
  | { ok: false; skipped: true }
  /** `atField`: the fault is about a field, to be shown there rather than at the top. */
  | { ok: false; skipped: false; error: ApiError; atField: boolean };

interface Mutation<T> {
  mutateAsync: (input: T) => Promise<unknown>;
  isPending: boolean;
}

/**
 * Sends one write from a dialog: a second Enter or click while it runs, or after it
 * succeeded, is ignored (one action, not two). A failure is kept for the dialog's top
 * alert, unless `isFieldFault` says it belongs at a field: then the field shows it, and
 * it doesn't resurface at the top once the user edits the field.
 */
export function useGuardedSubmit<T>(mutation: Mutation<T>, isFieldFault: (error: ApiError) => boolean = () => false) {
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const submit = async (input: T): Promise<SubmitOutcome> => {
    if (inFlight.current) return { ok: false, skipped: true };
    inFlight.current = true;
    setFailure(null);
    try {
      await mutation.mutateAsync(input);
      return { ok: true };
    } catch (error) {
      // Only a failure lets the dialog send again; after success it is closing.
      inFlight.current = false;
      const apiError = toApiError(error);
      const atField = isFieldFault(apiError);
      if (!atField) setFailure(apiError);
      return { ok: false, skipped: false, error: apiError, atField };
    }
  };

  return { submit, failure, pending: mutation.isPending };
}

/** A console action (copy, delete, restore…) sent from a dialog. */
export function useActionSubmit(isFieldFault?: (error: ApiError) => boolean) {
  return useGuardedSubmit<ApiRequest>(useApiAction(), isFieldFault);
}

/** The failure as one line for the dialog's alert; `notDone` says what didn't happen ("The backup was not started"). */
export function failureText(failure: ApiError | null, notDone: string): string | null {
  if (!failure) return null;
  return failure.kind === 'network'
    ? `${notDone}: ${failure.message} Check the connection and retry.`
    : `${failure.code ?? 'Error'}: ${failure.message}`;
}
