// @vitest-environment node
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../engine/engine';
import { STATE_VERSION } from '../engine/db-state';
import { openFileStore } from './file-store';

/**
 * `npm run emulator -- --data-file`: the real program, killed with SIGKILL in the middle
 * of a burst of writes, must leave a readable file holding every write it acknowledged.
 */
const dir = mkdtempSync(join(tmpdir(), 'emulator-data-'));
const dataFile = join(dir, 'state.json');
// Built inside the project, so the program resolves its packages from node_modules.
const build = join(process.cwd(), 'node_modules', '.cache', `emulator-test-${process.pid}`);
const children: ChildProcess[] = [];

beforeAll(async () => {
  // The suite's msw server intercepts Node's HTTP; let real sockets through for this file.
  const { testEmulator } = await import('../../test/emulator');
  testEmulator.server.close();
  execFileSync('npx', ['vite', 'build', '--ssr', 'src/emulator/server/cli.ts', '--outDir', build, '--logLevel', 'error']);
}, 60_000);
afterAll(() => {
  children.forEach((c) => c.kill('SIGKILL'));
  rmSync(build, { recursive: true, force: true });
});

async function start(): Promise<{ child: ChildProcess; endpoint: string }> {
  const child = spawn('node', [join(build, 'cli.js'), '--port', '0', '--backup-duration', '0', '--data-file', dataFile]);
  child.stderr?.resume();
  children.push(child);
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /on (http:\/\/[\d.]+:\d+)\//.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { child, endpoint };
}

const post = (endpoint: string, body: string) =>
  fetch(`${endpoint}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
const copy = (endpoint: string, i: number) =>
  post(endpoint, `Action=CopySnapshot&Version=2015-02-02&SourceSnapshotName=baseline-test-data&TargetSnapshotName=copy-${i}`);

/** What a start refuses: exit code 2 and one line on stderr. */
function refusal(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn('node', [join(build, 'cli.js'), ...args]);
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

/** Four writers in parallel until `count` copies are acknowledged; then SIGKILL. */
async function writeThenKill(count: number, from: number): Promise<Set<number>> {
  const { child, endpoint } = await start();
  const acknowledged = new Set<number>();
  let killed = false;
  await Promise.all(
    [0, 1, 2, 3].map(async (writer) => {
      for (let i = from + writer; !killed && i < from + 4_000; i += 4) {
        try {
          const response = await copy(endpoint, i);
          if (response.status === 200) acknowledged.add(i);
          if (acknowledged.size >= count && !killed) {
            killed = true;
            child.kill('SIGKILL');
          }
        } catch {
          return;
        }
      }
    }),
  );
  if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve));
  return acknowledged;
}

describe('the data file', () => {
  it('survives SIGKILL during writes, three times over: every acknowledged write is kept; a restart resumes and cleans up', async () => {
    const acknowledged = new Set<number>();
    for (const round of [0, 1, 2]) {
      for (const i of await writeThenKill(100, round * 4_000)) acknowledged.add(i);
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(300);
    // Read as a start reads it (the file plus its log); nothing acknowledged is missing.
    const saved = createEngine({ store: openFileStore(dataFile) }).db;
    const lost = [...acknowledged].filter((i) => !saved.snapshots.has(`copy-${i}`));
    expect(lost).toEqual([]);

    const second = await start();
    const listed = await post(second.endpoint, 'Action=DescribeSnapshots&Version=2015-02-02&SnapshotName=copy-0');
    expect(listed.status).toBe(200);
    expect(await listed.text()).toContain('<SnapshotName>copy-0</SnapshotName>');
    second.child.kill('SIGKILL');
    // No orphaned temporary files once it has started again.
    expect(readdirSync(dir).filter((f) => f.startsWith('state.json')).sort()).toEqual(['state.json', 'state.json.log']);
  }, 120_000);

  it('refuses at start, in one line, a location it cannot write and a file whose records are wrong', async () => {
    const notDir = join(dir, 'plain-file');
    writeFileSync(notDir, 'x');
    const unwritable = await refusal(['--port', '0', '--data-file', join(notDir, 'sub', 'state.json')]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr.trim().split('\n')).toHaveLength(1);
    expect(unwritable.stderr).toContain('ENOTDIR');

    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ version: STATE_VERSION, clusters: [], groups: [], snapshots: [{ name: 'Upper' }], manualBackupLog: [] }));
    const refused = await refusal(['--port', '0', '--data-file', wrong]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('snapshots.0');
  }, 60_000);

  it('refuses an unknown option, an option without its value and a stray argument in one line, not a stack trace', async () => {
    for (const [args, named] of [
      [['--bogus'], '--bogus'],
      [['--port'], '--port'],
      [['--port', '0', 'extra'], 'extra'],
    ] as const) {
      const refused = await refusal([...args]);
      expect(refused.code).toBe(2);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr).toMatch(/^npm run emulator: /);
      expect(refused.stderr).toContain(named);
      expect(refused.stderr).toContain('--help');
    }
  }, 60_000);
});
