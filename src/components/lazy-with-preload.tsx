import { use, type ComponentType } from 'react';

/** How to forget each load that failed, so a Retry fetches it again. */
const failedLoads = new Set<() => void>();

/** Called by a LoadBoundary's Retry: the next render of a failed component loads it again. */
export function retryFailedLoads(): void {
  for (const forget of failedLoads) forget();
  failedLoads.clear();
}

/**
 * A component whose code loads on first use, like React.lazy, with a `preload()` that
 * fetches it ahead of need (once the first screen shows). A failed load stays failed
 * (React would otherwise retry it in a loop) until retryFailedLoads(), which React.lazy
 * can't do: its failure is final.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        failedLoads.add(() => (loading = undefined));
        throw error;
      },
    ));
  function Lazy(props: P) {
    // Once loaded, render at once: `use` would suspend for a tick on a promise React hasn't seen.
    const Loaded = loaded ?? use(preload());
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
