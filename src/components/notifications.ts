import { useSyncExternalStore } from 'react';

/** Page-level messages, replaced in place by id (Cloudscape's flashbar model). */
export interface Notification {
  id: string;
  type: 'success' | 'error' | 'info' | 'in-progress';
  header: string;
  content?: string;
}

let items: readonly Notification[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export const notifications = {
  /** Adds a message, or replaces the one with the same id where it stands. */
  show(next: Notification): void {
    const at = items.findIndex((n) => n.id === next.id);
    items = at === -1 ? [next, ...items] : items.map((n, i) => (i === at ? next : n));
    emit();
  },
  dismiss(id: string): void {
    items = items.filter((n) => n.id !== id);
    emit();
  },
  clear(): void {
    items = [];
    emit();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  snapshot: () => items,
};

export function useNotifications(): readonly Notification[] {
  return useSyncExternalStore(notifications.subscribe, notifications.snapshot, notifications.snapshot);
}
