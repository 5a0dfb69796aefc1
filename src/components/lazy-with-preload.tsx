import { use, type ComponentType } from 'react';

/**
 * A component whose code loads on first use, like React.lazy, with a `preload()` that
 * fetches it ahead of need (once the first screen shows). Unlike React.lazy, a failed
 * load is forgotten, so the next render (a LoadBoundary's Retry) fetches again.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
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
