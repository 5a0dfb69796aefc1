import { use, type ComponentType } from 'react';

/** How to forget each load that failed, so a Retry fetches it again. */
const failedLoads = new Set<() => void>();

/** Called by a LoadBoundary's Retry: the next render of a failed component loads it again. */
export function retryFailedLoads(): void {
  for (const forget of failedLoads) forget();
  failedLoads.clear();
}

/**
 * The module URL a failed dynamic import names ("Failed to fetch dynamically imported
 * module: https://…/X.js" in Chromium, "error loading dynamically imported module: …" in Firefox).
 */
function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  return /(https?:\/\/\S+?\.(?:m?js|tsx?|jsx))\b/.exec(message)?.[1];
}

const isComponent = <P,>(value: unknown): value is ComponentType<P> => typeof value === 'function' || (typeof value === 'object' && value !== null);

/**
 * A component whose code loads on first use, like React.lazy, with a `preload()` that
 * fetches it ahead of need (once the first screen shows). A failed load stays failed
 * (React would otherwise retry it in a loop) until retryFailedLoads(), which React.lazy
 * can't do: its failure is final.
 *
 * Chromium (since ~148) keeps a failed dynamic import in its module map: importing the same
 * URL again fails at once without a request. So a retry imports the URL the failure names
 * with a fresh query, which the browser treats as a new module.
 */
export function lazyWithPreload<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  let loading: Promise<ComponentType<P>> | undefined;
  let retryUrl: string | undefined;
  let attempt = 0;
  const fetchModule = async (): Promise<ComponentType<P>> => {
    if (!retryUrl) return (await load())[name];
    const module: unknown = await import(/* @vite-ignore */ `${retryUrl}?retry=${++attempt}`);
    const component: unknown = typeof module === 'object' && module !== null ? Reflect.get(module, name) : undefined;
    if (!isComponent<P>(component)) throw new Error(`${retryUrl} has no export ${name}`);
    return component;
  };
  const preload = (): Promise<ComponentType<P>> => {
    if (loading) return loading;
    const started = fetchModule();
    // React's thenable protocol: a promise marked fulfilled is read by `use` at once, so a
    // loaded component renders without suspending, and `use` is called on every render
    // (calling it only sometimes is an error React reports).
    const tracked: Promise<ComponentType<P>> & { status?: string; value?: ComponentType<P> } = started.then(
      (component) => Object.assign(tracked, { status: 'fulfilled', value: component }).value ?? component,
      (error: unknown) => {
        retryUrl = failedModuleUrl(error) ?? retryUrl;
        failedLoads.add(() => (loading = undefined));
        throw error;
      },
    );
    loading = tracked;
    return tracked;
  };
  function Lazy(props: P) {
    const Loaded = use(preload());
    return <Loaded {...props} />;
  }
  return Object.assign(Lazy, { preload });
}

/** Runs `task` when the browser is idle (after the first screen has painted). */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}
