import type { $Command, ElastiCacheClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-elasticache';
import type { client, commands } from './elasticache-sdk';

type ElastiCacheCommand<I extends ServiceInputTypes, O extends ServiceOutputTypes> = $Command<I, O, ElastiCacheClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>;

type Commands = typeof commands;
/** An Action the console sends (src/api/elasticache-sdk.ts lists them). */
type CommandName = keyof Commands;
type Command<N extends CommandName> = InstanceType<Commands[N]>;
type Io<N extends CommandName> = Command<N> extends ElastiCacheCommand<infer I, infer O> ? { input: I; output: O } : never;
type InputOf<N extends CommandName> = Io<N>['input'];
type OutputOf<N extends CommandName> = Io<N>['output'];
/** The same classes typed per name, so indexing by a generic name keeps input and output together. */
type Constructors = { [N in CommandName]: new (input: InputOf<N>) => ElastiCacheCommand<InputOf<N>, OutputOf<N>> };

// The client's runtime and the commands' schemas (signing, endpoints, the protocol: about
// 48 KB gzipped) load with the first request, not before the first paint (issue 17).
let loading: Promise<{ client: typeof client; commands: Commands }> | undefined;
const loadSdk = () =>
  (loading ??= import('./elasticache-sdk').catch((error: unknown) => {
    // A chunk that failed to load (a dropped connection) is asked for again by the next request.
    loading = undefined;
    throw error;
  }));
let ready: Promise<unknown> = Promise.resolve();

/**
 * Requests wait for this first: the in-browser emulator starting (src/main.tsx). The SDK starts
 * loading now, beside the first render, rather than when the first query asks for it: it is on
 * the first rows' path, not the first paint's.
 */
export function holdRequestsUntil(until: Promise<unknown>): void {
  ready = until;
  void loadSdk().catch(() => undefined);
}

/** The one SDK client (src/api/elasticache-sdk.ts), loaded on first use. */
export const elasticache = {
  /** Sends a command the caller made (its class imported statically: tests). */
  async send<I extends ServiceInputTypes, O extends ServiceOutputTypes>(command: ElastiCacheCommand<I, O>, options?: { abortSignal?: AbortSignal }): Promise<O> {
    const [sdk] = await Promise.all([loadSdk(), ready]);
    return sdk.client.send(command, options);
  },
  /** Sends an Action by name; its command class loads with the client. */
  async call<N extends CommandName>(action: N, input: InputOf<N>, options?: { abortSignal?: AbortSignal }): Promise<OutputOf<N>> {
    const constructors: Constructors = (await loadSdk()).commands;
    const Command = constructors[action];
    return elasticache.send(new Command(input), options);
  },
};
