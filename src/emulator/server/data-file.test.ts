// @vitest-environment node
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromState } from '../engine/db-state';

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

describe('the data file', () => {
  it('survives SIGKILL during writes: always parseable, holding every acknowledged write; a restart resumes from it', async () => {
    const first = await start();
    const acknowledged = new Set<number>();
    let killed = false;
    // Four writers in parallel; the process is killed after 150 acknowledged copies.
    await Promise.all(
      [0, 1, 2, 3].map(async (writer) => {
        for (let i = writer; !killed && i < 4_000; i += 4) {
          try {
            const response = await copy(first.endpoint, i);
            if (response.status === 200) acknowledged.add(i);
            if (acknowledged.size >= 150 && !killed) {
              killed = true;
              first.child.kill('SIGKILL');
            }
          } catch {
            return;
          }
        }
      }),
    );
    if (first.child.exitCode === null && first.child.signalCode === null) {
      await new Promise((resolve) => first.child.once('exit', resolve));
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(150);

    const saved = fromState(JSON.parse(readFileSync(dataFile, 'utf8')));
    for (const i of acknowledged) expect(saved.snapshots.has(`copy-${i}`)).toBe(true);
    // Only the state file (and possibly one orphaned temporary file from the kill) is left.
    expect(readdirSync(dir).filter((f) => f.startsWith('state.json') && !f.endsWith('.tmp'))).toEqual(['state.json']);

    const second = await start();
    const listed = await post(second.endpoint, 'Action=DescribeSnapshots&Version=2015-02-02&SnapshotName=copy-0');
    expect(listed.status).toBe(200);
    expect(await listed.text()).toContain('<SnapshotName>copy-0</SnapshotName>');
    second.child.kill('SIGKILL');
  }, 60_000);
});
