import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { applyChange } from '../engine/db-change';
import { changeSchema, fromState, oneLine, toState, type DbState } from '../engine/db-state';
import type { StateStore } from '../engine/engine';

/** Writes bytes at the file's position and returns how many it wrote (fs.writeSync; tests inject a full disk). */
export type Writer = (fd: number, data: Uint8Array, offset: number, length: number) => number;

export interface FileStoreOptions {
  write?: Writer;
  /** The log is folded into the data file once it is this many times the file's size (and at least `minCompactBytes`). */
  compactRatio?: number;
  minCompactBytes?: number;
}

/**
 * The emulator's state in a JSON file plus a log beside it (`<file>.log`, one JSON line per
 * change, flushed to disk before the write is answered): a write costs one short append,
 * not a rewrite of the whole account. When the log outgrows the file it is folded in:
 * a temporary file, flushed and renamed over the old one, then the log is emptied. Lines
 * carry sequence numbers, so a crash between the two replays nothing twice. A failed
 * append is cut off again, so the log never holds a change that was not acknowledged.
 */
export function openFileStore(path: string, options: FileStoreOptions = {}): StateStore {
  const write = options.write ?? writeSync;
  const logPath = `${path}.log`;
  removeOrphans(path);
  const { state, seq: loadedSeq } = oneLineErrors(() => readState(path, logPath));
  let seq = loadedSeq;
  // Opening the log for appending is also the check that the location is usable.
  const log = openSync(logPath, 'a');
  let logBytes = fstatSize(logPath);
  let dataBytes = 0;
  let cutNeeded = false;

  const writeAll = (fd: number, text: string) => {
    const data = Buffer.from(text);
    for (let done = 0; done < data.length; ) done += write(fd, data, done, data.length - done);
  };
  const compact = (whole: DbState, nextSeq: number) => {
    const temporary = `${path}.${process.pid}.tmp`;
    const text = JSON.stringify({ ...whole, seq: nextSeq });
    const fd = openSync(temporary, 'w');
    try {
      writeAll(fd, text);
      fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      rmSync(temporary, { force: true });
      throw error;
    }
    closeSync(fd);
    renameSync(temporary, path);
    syncDirectory(path);
    seq = nextSeq;
    dataBytes = text.length;
    // Lines up to `seq` are in the file now; emptying the log can fail without losing anything.
    ftruncateSync(log, 0);
    fsyncSync(log);
    logBytes = 0;
    cutNeeded = false;
  };
  if (state !== undefined) compact(state, seq);

  return {
    load: () => state,
    save: (whole) => compact(whole, seq + 1),
    commit(change, whole) {
      if (cutNeeded) {
        ftruncateSync(log, logBytes);
        cutNeeded = false;
      }
      const line = `${JSON.stringify({ seq: seq + 1, ...change })}\n`;
      try {
        writeAll(log, line);
        fsyncSync(log);
      } catch (error) {
        // A partial line must not stay: cut it now, or before the next append.
        cutNeeded = true;
        try {
          ftruncateSync(log, logBytes);
          cutNeeded = false;
        } catch {
          // Retried before the next append.
        }
        throw error;
      }
      seq += 1;
      logBytes += Buffer.byteLength(line);
      if (logBytes >= Math.max(options.minCompactBytes ?? 256 * 1024, (options.compactRatio ?? 1) * dataBytes)) {
        try {
          compact(whole(), seq);
        } catch (error) {
          // The change is safe in the log; folding it in is tried again on the next write.
          console.warn('ElastiCache emulator: could not compact the data file.', error);
        }
      }
    },
  };
}

/** The saved state: the data file with the log's later changes applied; throws saying what is wrong. */
function readState(path: string, logPath: string): { state: DbState | undefined; seq: number } {
  if (!existsSync(path)) {
    if (existsSync(logPath) && statSync(logPath).size > 0) throw new Error(`${logPath} has changes but ${path} is missing`);
    return { state: undefined, seq: 0 };
  }
  const saved: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const db = fromState(saved);
  let seq = typeof saved === 'object' && saved !== null && 'seq' in saved && typeof saved.seq === 'number' ? saved.seq : 0;
  const lines = existsSync(logPath) ? readFileSync(logPath, 'utf8').split('\n') : [];
  lines.forEach((text, i) => {
    if (text === '') return;
    let line: { seq?: unknown };
    try {
      line = JSON.parse(text) as { seq?: unknown };
    } catch (error) {
      // The last line may be torn by a crash mid-append: it was never acknowledged.
      if (i === lines.length - 1) return;
      throw new Error(`${logPath} line ${i + 1} is damaged`, { cause: error });
    }
    if (typeof line.seq !== 'number' || line.seq <= seq) return;
    applyChange(db, changeSchema.parse(line));
    seq = line.seq;
  });
  return { state: toState(db), seq };
}

/** What is wrong with saved state, in one line (a ZodError names the field). */
function oneLineErrors<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new Error(oneLine(error), { cause: error });
  }
}

/** Temporary files a killed emulator left behind (`<file>.<pid>.tmp`). */
function removeOrphans(path: string): void {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.startsWith(prefix) && /^\d+\.tmp$/.test(name.slice(prefix.length))) rmSync(join(dir, name), { force: true });
  }
}

function fstatSize(path: string): number {
  return statSync(path).size;
}

/** A rename is durable once its directory is flushed. */
function syncDirectory(path: string): void {
  const fd = openSync(dirname(path), 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
