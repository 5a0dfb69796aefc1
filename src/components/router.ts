import { useSyncExternalStore } from 'react';

/**
 * A few screens need no router library: the History API plus one store. Each screen
 * has its own URL, and back/forward work.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const currentHref = () => window.location.pathname + window.location.search;

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === currentHref()) return;
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  for (const listener of listeners) listener();
}

/** The current path and query string; re-renders on navigation. */
export function useLocation(): URL {
  const href = useSyncExternalStore(subscribe, currentHref, () => '/');
  return new URL(href, 'http://console.local');
}
