import { useSyncExternalStore } from 'react';

/** The notification a backup's progress is reported in, replaced in place. */
export const backupNotificationId = (name: string) => `create-backup-${name}`;

/** Backups started from this console whose completion is still to be reported. */
let names: readonly string[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export const pendingBackups = {
  add(name: string): void {
    if (!names.includes(name)) names = [...names, name];
    emit();
  },
  remove(name: string): void {
    names = names.filter((n) => n !== name);
    emit();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  snapshot: () => names,
};

export function usePendingBackups(): readonly string[] {
  return useSyncExternalStore(pendingBackups.subscribe, pendingBackups.snapshot, pendingBackups.snapshot);
}
