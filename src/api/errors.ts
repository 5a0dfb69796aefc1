import { config } from '../config';
import { CONSOLE_ORIGINS } from '../domain/console-origins';

/** What the UI needs to know of a failed call. */
export interface ApiError {
  kind: 'service' | 'network';
  /** The SDK's exception name, e.g. `SnapshotAlreadyExistsFault`. */
  code?: string;
  status?: number;
  message: string;
  /** The answer was lost and so was the look-up for what it did: whether it was done isn't known. */
  unconfirmed?: true;
}

/** A write whose answer was lost, and whose look-up for what it did failed too (src/api/send-once.ts). */
export class UnconfirmedOutcome extends Error {
  constructor(readonly lost: unknown) {
    super('The answer was lost, and so was the look-up for what it did.');
  }
}

interface SdkErrorShape {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof UnconfirmedOutcome) return { ...toApiError(error.lost), unconfirmed: true };
  const e = (error ?? {}) as SdkErrorShape;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined) {
    const code = e.name && e.name !== 'Error' ? e.name : undefined;
    // An answer that isn't the service's XML (a proxy's HTML error page) leaves the SDK's parser's
    // words in the message: say what happened instead.
    const said = e.message && e.message !== 'UnknownError' ? e.message : undefined;
    const message = said?.includes('Deserialization error') ? `The service answered HTTP ${status} with a body that is not its XML.` : (said ?? `The service answered HTTP ${status}.`);
    return { kind: 'service', code, status, message };
  }
  const detail = e.message ? ` (${e.message})` : '';
  return { kind: 'network', message: `Couldn't reach the ElastiCache endpoint${detail}.${unreachableHint(config.emulator, globalThis.location?.origin)}` };
}

/**
 * A browser hides why a cross-origin call failed: the emulator service's refusal of an origin it
 * doesn't allow reads as "Failed to fetch", and so does any answer without CORS headers (moto_server
 * answers an action it doesn't implement with an HTML 500). Say what to check, and only --allow-origin
 * where the origin isn't one the emulator service lets in by itself.
 */
export function unreachableHint(emulator: boolean, origin: string | undefined, endpoint = config.endpoint): string {
  if (emulator || !origin) return '';
  const noCors = ' An answer without CORS headers reads the same in a browser: a service that failed, or moto_server answering an action it doesn’t implement.';
  if (CONSOLE_ORIGINS.includes(origin)) return ` Check that the service runs at ${endpoint}.${noCors}`;
  return ` If it is the emulator service (npm run emulator), check that it runs and allows this console: --allow-origin ${origin}.${noCors}`;
}

const THROTTLING = new Set(['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException']);

/** Network failures, 5xx and throttling may pass; other 4xx answers will not. */
export function isRetryable(error: unknown): boolean {
  return mayPassOnRetry(toApiError(error));
}

/** isRetryable for a failure already read: a Retry is offered only where it may pass. */
export function mayPassOnRetry(e: ApiError): boolean {
  return e.kind === 'network' || (e.status ?? 0) >= 500 || THROTTLING.has(e.code ?? '') || e.unconfirmed === true;
}

/** A service fault about one field: one of `codes`, or InvalidParameterValue naming `parameter`. */
export function isFieldFault(error: ApiError | null | undefined, parameter: string, codes: readonly string[]): error is ApiError {
  if (!error || error.kind !== 'service') return false;
  return codes.includes(error.code ?? '') || (error.code === 'InvalidParameterValueException' && error.message.includes(parameter));
}
