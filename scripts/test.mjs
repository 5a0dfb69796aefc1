// `npm test`: every check, one phase after another, each timed. All phases run even when
// one fails (one CI run shows every failure); the exit code is non-zero if any failed.
// Ends with a summary: each phase's wall time and the tests counted, as "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Outside test-results/, which Playwright empties when it starts.
const reports = mkdtempSync(join(tmpdir(), 'test-counts-'));
const unitReport = join(reports, 'vitest.json');
const e2eReport = join(reports, 'playwright.json');

// typecheck and lint are single-threaded: they share the two cores, side by side.
const together = [
  { name: 'typecheck', cmd: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', cmd: 'npm', args: ['run', '--silent', 'lint'] },
];
const phases = [
  { name: 'tools', cmd: 'node', args: ['scripts/ensure-browser.mjs'] },
  { name: 'services', cmd: 'node', args: ['scripts/ensure-services.mjs'] },
  { name: 'redis', cmd: 'node', args: ['scripts/ensure-redis.mjs'] },
  { name: 'unit', cmd: 'npx', args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`] },
  { name: 'builds', cmd: 'node', args: ['scripts/build-e2e.mjs'] },
  { name: 'end-to-end', cmd: 'npx', args: ['playwright', 'test'], env: { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport, E2E_PREBUILT: '1' } },
];

/** Runs a phase with its output held, printed whole when it ends (phases side by side don't interleave). */
function runHeld(phase) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(phase.cmd, phase.args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...phase.env } });
    const output = [];
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('close', (status) => resolve({ phase, status, output: Buffer.concat(output), seconds: (performance.now() - start) / 1000 }));
  });
}

const results = [];
const suiteStart = performance.now();
for (const done of await Promise.all(together.map(runHeld))) {
  console.log(`\n▶ ${done.phase.name}`);
  process.stdout.write(done.output);
  results.push({ name: done.phase.name, ok: done.status === 0, seconds: done.seconds });
}
for (const phase of phases) {
  console.log(`\n▶ ${phase.name}`);
  const start = performance.now();
  const { status } = spawnSync(phase.cmd, phase.args, { stdio: 'inherit', env: { ...process.env, ...phase.env } });
  results.push({ name: phase.name, ok: status === 0, seconds: (performance.now() - start) / 1000 });
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unit = readJson(unitReport);
const e2e = readJson(e2eReport);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);

console.log('\nphase        wall time  result');
for (const r of results) console.log(`${r.name.padEnd(12)} ${r.seconds.toFixed(1).padStart(8)} s  ${r.ok ? 'ok' : 'FAILED'}`);
console.log(`total        ${((performance.now() - suiteStart) / 1000).toFixed(1).padStart(8)} s  (typecheck and lint side by side)`);
console.log(`unit: ${unit?.numPassedTests ?? 0} passed; end-to-end: ${e2e?.stats?.expected ?? 0} passed`);
// The plain closing line CI reads; a phase that failed without failing a test counts as one.
const phaseFailures = results.filter((r) => !r.ok).length;
console.log(`${passed} passed, ${failed || phaseFailures} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
