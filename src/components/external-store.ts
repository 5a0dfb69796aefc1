import { useSyncExternalStore } from 'react';

/** A value outside React that components read with useSyncExternalStore. */
export function createExternalStore<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const get = () => value;
  return {
    get,
    update(next: (current: T) => T): void {
      value = next(value);
      listeners.forEach((l) => l());
    },
    useValue: (): T => useSyncExternalStore(subscribe, get, get),
  };
}
