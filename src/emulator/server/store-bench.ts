import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toState } from '../engine/db-state';
import { createEngine } from '../engine/engine';
import { openFileStore } from './file-store';

/**
 * How long a write takes with a data file holding `backups` backups (scripts/bench-store.mjs):
 * CopySnapshot through the engine, each one appended to the log and flushed to disk.
 */
export function benchStore(backups: number, writes: number, dir = tmpdir()): { p50: number; p90: number; max: number } {
  const folder = mkdtempSync(join(dir, 'emulator-bench-'));
  const path = join(folder, 'state.json');
  try {
    const seed = createEngine({ backupDurationMs: 0 });
    const state = toState(seed.db);
    const [template] = state.snapshots.filter((s) => s.name === 'baseline-test-data');
    if (!template) throw new Error('the default dataset has no baseline-test-data');
    for (let i = state.snapshots.length; i < backups; i++) state.snapshots.push({ ...template, name: `bench-${i}` });
    writeFileSync(path, JSON.stringify(state));

    const engine = createEngine({ backupDurationMs: 0, store: openFileStore(path) });
    const times: number[] = [];
    for (let i = 0; i < writes; i++) {
      const started = performance.now();
      const response = engine.handle({
        method: 'POST',
        url: 'http://localhost/',
        body: `Action=CopySnapshot&Version=2015-02-02&SourceSnapshotName=baseline-test-data&TargetSnapshotName=copy-${i}`,
      });
      times.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`CopySnapshot answered ${response.status}: ${response.body}`);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
    return { p50: at(0.5), p90: at(0.9), max: at(1) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
