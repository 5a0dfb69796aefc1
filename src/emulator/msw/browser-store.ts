import type { DbState } from '../engine/db-state';
import type { StateStore } from '../engine/engine';

const KEY = 'elasticache-emulator-state';
/** Changes with every save, so a tab knows cheaply that another tab saved. */
const REVISION = 'elasticache-emulator-revision';

/**
 * Keeps the in-browser emulator's state in localStorage, so a reload (F5) keeps the
 * user's backups. State saved for another dataset is ignored: new options, fresh start.
 * Tabs of one browser share it: each takes what another saved before it answers.
 */
export function browserStore(fingerprint: string): StateStore {
  let seen: string | null = null;
  return {
    changedElsewhere() {
      try {
        return localStorage.getItem(REVISION) !== seen;
      } catch {
        // Storage disabled: there is no other tab's state to take.
        return false;
      }
    },
    load() {
      seen = localStorage.getItem(REVISION);
      const raw = localStorage.getItem(KEY);
      if (raw === null) return undefined;
      const saved = JSON.parse(raw) as { fingerprint?: string; state?: unknown };
      return saved.fingerprint === fingerprint ? saved.state : undefined;
    },
    save(state: DbState) {
      try {
        localStorage.setItem(KEY, JSON.stringify({ fingerprint, state }));
        const revision = `${Date.now()}-${Math.random()}`;
        localStorage.setItem(REVISION, revision);
        seen = revision;
      } catch (error) {
        // Storage full or disabled (private mode): the emulator keeps working in memory.
        console.warn('ElastiCache emulator: could not save its state.', error);
      }
    },
  };
}
