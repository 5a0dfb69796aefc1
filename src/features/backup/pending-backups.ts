import { createExternalStore } from '../../components/external-store';

/** The notification a backup's progress is reported in, replaced in place. */
export const backupNotificationId = (name: string) => `create-backup-${name}`;

/** Backups started from this console whose completion is still to be reported. */
const store = createExternalStore<readonly string[]>([]);

export const pendingBackups = {
  add(name: string): void {
    store.update((names) => (names.includes(name) ? names : [...names, name]));
  },
  remove(name: string): void {
    store.update((names) => names.filter((n) => n !== name));
  },
};

export const usePendingBackups = store.useValue;
