import type { DbState } from '../engine/db-state';
import type { StateStore } from '../engine/engine';

const KEY = 'elasticache-emulator-state';

/**
 * Keeps the in-browser emulator's state in localStorage, so a reload (F5) keeps the
 * user's backups. State saved for another dataset is ignored: new options, fresh start.
 */
export function browserStore(fingerprint: string): StateStore {
  return {
    load() {
      const raw = localStorage.getItem(KEY);
      if (raw === null) return undefined;
      const saved = JSON.parse(raw) as { fingerprint?: string; state?: unknown };
      return saved.fingerprint === fingerprint ? saved.state : undefined;
    },
    save(state: DbState) {
      try {
        localStorage.setItem(KEY, JSON.stringify({ fingerprint, state }));
      } catch (error) {
        // Storage full or disabled (private mode): the emulator keeps working in memory.
        console.warn('ElastiCache emulator: could not save its state.', error);
      }
    },
  };
}
