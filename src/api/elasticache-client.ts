import type { $Command, ElastiCacheClient, ElastiCacheClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-elasticache';

type ElastiCacheCommand<I extends ServiceInputTypes, O extends ServiceOutputTypes> = $Command<I, O, ElastiCacheClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>;

// The client's runtime (signing, endpoints, retries, the protocol: about 34 KB gzipped)
// loads with the first request, not before the first paint (issue 17).
let loading: Promise<ElastiCacheClient> | undefined;
const loadClient = () => (loading ??= import('./elasticache-sdk').then((m) => m.client));
let ready: Promise<unknown> = Promise.resolve();

/** Requests wait for this first: the in-browser emulator starting (src/main.tsx). */
export function holdRequestsUntil(until: Promise<unknown>): void {
  ready = until;
}

/** The one SDK client (src/api/elasticache-sdk.ts), loaded on first use. */
export const elasticache = {
  async send<I extends ServiceInputTypes, O extends ServiceOutputTypes>(command: ElastiCacheCommand<I, O>, options?: { abortSignal?: AbortSignal }): Promise<O> {
    const [client] = await Promise.all([loadClient(), ready]);
    return client.send(command, options);
  },
};
