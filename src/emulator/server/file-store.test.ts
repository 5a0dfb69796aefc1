// @vitest-environment node
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/engine';
import { openFileStore, type Writer } from './file-store';

/** The data file under the engine: what a write leaves on disk, and what a start accepts. */
const fresh = () => join(mkdtempSync(join(tmpdir(), 'emulator-store-')), 'state.json');
const post = (engine: ReturnType<typeof createEngine>, body: string) =>
  engine.handle({ method: 'POST', url: 'http://localhost/', body: `${body}&Version=2015-02-02` });
const create = (engine: ReturnType<typeof createEngine>, name: string) =>
  post(engine, `Action=CreateSnapshot&CacheClusterId=myNonClusteredRedis&SnapshotName=${name}`);
const restart = (path: string) => createEngine({ backupDurationMs: 0, store: openFileStore(path) });

/** A disk that fills up: after `room` bytes, a write stores part of what it was given, then ENOSPC. */
function disk() {
  const state = { room: Infinity };
  const write: Writer = (fd, data, offset, length) => {
    if (length <= state.room) {
      state.room -= length;
      return writeSync(fd, data, offset, length);
    }
    const part = Math.max(0, Math.floor(state.room));
    if (part > 0) writeSync(fd, data, offset, part);
    state.room = 0;
    throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC' });
  };
  return { state, write };
}

describe('a save that fails', () => {
  it('leaves the files and the state as they were, answers InternalFailure without a local path, and a retry succeeds', () => {
    const path = fresh();
    const full = disk();
    const engine = createEngine({ backupDurationMs: 0, store: openFileStore(path, { write: full.write }) });
    expect(create(engine, 'first').status).toBe(200);
    const before = [readFileSync(path, 'utf8'), readFileSync(`${path}.log`, 'utf8')];

    full.state.room = 40;
    const failed = create(engine, 'second');
    expect(failed.status).toBe(500);
    expect(failed.body).toContain('<Code>InternalFailure</Code>');
    expect(failed.body).not.toContain(path);
    expect(failed.body).not.toContain('ENOSPC');
    expect(engine.db.snapshots.has('second')).toBe(false);
    expect([readFileSync(path, 'utf8'), readFileSync(`${path}.log`, 'utf8')]).toEqual(before);

    // Space again: the retry is a first attempt, not SnapshotAlreadyExistsFault.
    full.state.room = Infinity;
    expect(create(engine, 'second').status).toBe(200);
    const again = restart(path);
    expect(['first', 'second'].map((n) => again.db.snapshots.has(n))).toEqual([true, true]);
  });

  it('on reset (a whole-state save) keeps the previous file and state', () => {
    const path = fresh();
    const full = disk();
    const engine = createEngine({ backupDurationMs: 0, store: openFileStore(path, { write: full.write }) });
    expect(create(engine, 'kept').status).toBe(200);
    full.state.room = 100;
    expect(engine.handle({ method: 'POST', url: 'http://localhost/moto-api/reset', body: '' }).status).toBe(500);
    expect(engine.db.snapshots.has('kept')).toBe(true);
    expect(restart(path).db.snapshots.has('kept')).toBe(true);
    expect(readdirSync(join(path, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('opening a data file', () => {
  it('refuses a location it cannot write, in one line', () => {
    const file = fresh();
    writeFileSync(file, 'not a directory');
    expect(() => openFileStore(join(file, 'sub', 'state.json'))).toThrow(/^[^\n]*ENOTDIR[^\n]*$/);
  });

  it.each([
    ['a missing field', (s: { snapshots: Record<string, unknown>[] }) => delete s.snapshots[0]?.engine, /snapshots\.0\.engine/],
    ['an uppercase name', (s: { snapshots: Record<string, unknown>[] }) => s.snapshots[0] && (s.snapshots[0].name = 'Baseline'), /snapshots\.0\.name: must be lowercase/],
  ])('refuses saved state with %s, naming it', (_, damage, message) => {
    const path = fresh();
    restart(path);
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { snapshots: Record<string, unknown>[] };
    damage(saved);
    writeFileSync(path, JSON.stringify(saved));
    expect(() => openFileStore(path)).toThrow(message);
  });

  it('removes temporary files a killed emulator left behind', () => {
    const path = fresh();
    restart(path);
    writeFileSync(`${path}.4242.tmp`, '{"half');
    openFileStore(path);
    expect(readdirSync(join(path, '..')).sort()).toEqual(['state.json', 'state.json.log']);
  });

  it('ignores a last log line torn by a crash, and refuses a damaged one before it', () => {
    const path = fresh();
    const engine = restart(path);
    expect(create(engine, 'whole').status).toBe(200);
    writeFileSync(`${path}.log`, `${readFileSync(`${path}.log`, 'utf8')}{"seq":99,"put":{"clus`);
    expect(restart(path).db.snapshots.has('whole')).toBe(true);

    expect(create(restart(path), 'next').status).toBe(200);
    writeFileSync(`${path}.log`, `{"seq":`.concat('\n', readFileSync(`${path}.log`, 'utf8')));
    expect(() => openFileStore(path)).toThrow(/line 1 is damaged/);
  });
});

it('folds the log into the data file as it grows, losing nothing', () => {
  const path = fresh();
  const engine = createEngine({ backupDurationMs: 0, manualBackupsPerNodePerDay: 1000, store: openFileStore(path, { minCompactBytes: 4096 }) });
  for (let i = 0; i < 30; i++) expect(create(engine, `c-${i}`).status).toBe(200);
  expect(readFileSync(`${path}.log`, 'utf8').split('\n').length).toBeLessThan(30);
  const again = restart(path);
  for (let i = 0; i < 30; i++) expect(again.db.snapshots.has(`c-${i}`)).toBe(true);
});
