import { createExternalStore } from './external-store';

/** Page-level messages, replaced in place by id (Cloudscape's flashbar model). */
export interface Notification {
  /** Made by notificationId, never by hand. */
  id: string;
  type: 'success' | 'error' | 'info' | 'in-progress';
  header: string;
  content?: string;
  /** What the work made, e.g. the new backup's page. */
  link?: { href: string; text: string };
}

export type Subject = 'backup' | 'cluster' | 'demo';
export type Work = 'create' | 'copy' | 'export' | 'restore' | 'delete' | 'reset' | 'modify';

/**
 * The one way to name a notification: subject, work and name, so `backup:delete:x` never
 * meets `cluster:delete:x` (names can't contain a colon). A later message about the same
 * work on the same thing replaces the earlier one.
 */
export const notificationId = (subject: Subject, work: Work, name: string) => `${subject}:${work}:${name}`;

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
