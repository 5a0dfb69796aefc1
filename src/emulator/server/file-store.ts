import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import type { DbState } from '../engine/db-state';
import type { StateStore } from '../engine/engine';

/**
 * The emulator's state in a JSON file. Each save writes a temporary file beside it,
 * flushes it to disk and renames it over the old one: rename is atomic, so a crash or
 * kill leaves either the old state or the new one, never a half-written file.
 */
export function fileStore(path: string): StateStore {
  return {
    load() {
      return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
    },
    save(state: DbState) {
      const temporary = `${path}.${process.pid}.tmp`;
      const fd = openSync(temporary, 'w');
      try {
        writeSync(fd, JSON.stringify(state));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, path);
    },
  };
}
