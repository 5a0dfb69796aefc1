import { createExternalStore } from './external-store';

/** Page-level messages, replaced in place by id (Cloudscape's flashbar model). */
export interface Notification {
  id: string;
  type: 'success' | 'error' | 'info' | 'in-progress';
  header: string;
  content?: string;
}

const store = createExternalStore<readonly Notification[]>([]);

export const notifications = {
  /** Adds a message, or replaces the one with the same id where it stands. */
  show(next: Notification): void {
    store.update((items) => {
      const at = items.findIndex((n) => n.id === next.id);
      return at === -1 ? [next, ...items] : items.map((n, i) => (i === at ? next : n));
    });
  },
  dismiss(id: string): void {
    store.update((items) => items.filter((n) => n.id !== id));
  },
  /** The messages shown now, newest first. */
  current: (): readonly Notification[] => store.get(),
  clear(): void {
    store.update(() => []);
  },
};

export const useNotifications = store.useValue;
