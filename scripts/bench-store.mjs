// Write latency of the emulator's data file at 1,000 and 10,000 backups (README, "The emulator as an HTTP service").
// Usage: node scripts/bench-store.mjs [writes per size, default 300] [directory for the data file, default the OS tmpdir]
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const out = join(process.cwd(), 'node_modules', '.cache', 'bench-store');
execFileSync('npx', ['vite', 'build', '--ssr', 'src/emulator/server/store-bench.ts', '--outDir', out, '--logLevel', 'error'], { stdio: 'inherit' });
const { benchStore } = await import(pathToFileURL(join(out, 'store-bench.js')).href);
const writes = Number(process.argv[2] ?? 300);
const dir = process.argv[3];
console.log('| backups | writes | p50 ms | p90 ms | max ms |\n| --- | --- | --- | --- | --- |');
for (const backups of [1_000, 10_000]) {
  const { p50, p90, max } = benchStore(backups, writes, dir);
  console.log(`| ${backups} | ${writes} | ${p50.toFixed(2)} | ${p90.toFixed(2)} | ${max.toFixed(1)} |`);
}
rmSync(out, { recursive: true, force: true });
