// `npm run bench`, the endpoint build: the console built with VITE_ELASTICACHE_ENDPOINT against
// `npm run emulator` (the emulator service over HTTP), and the service's own DescribeCacheClusters time.
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { floorHtml, floorJs, stackFloor } from './bench-floor.mjs';

const SERVICE_PORT = 4191;
const CONSOLE_PORT = 4192;
const ENDPOINT = `http://127.0.0.1:${SERVICE_PORT}`;
const BASE = `http://localhost:${CONSOLE_PORT}`;
const OUT = 'dist-endpoint';

// The endpoint floor (scripts/bench-floor.mjs): the same requests to the same service, no framework.
const FLOOR_JS = floorJs(JSON.stringify(ENDPOINT));
const FLOOR_HTML = floorHtml('bench-floor.js');

function start(command, args, env = {}) {
  return spawn(command, args, { stdio: 'ignore', detached: true, env: { ...process.env, ...env } });
}
function stop(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
async function waitFor(url, init) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url, init)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** Every page of DescribeCacheClusters from Node (no Origin, as the CLI sends), in milliseconds. */
async function describeAllPages() {
  const started = performance.now();
  let marker;
  let pages = 0;
  do {
    const body = new URLSearchParams({ Action: 'DescribeCacheClusters', Version: '2015-02-02', MaxRecords: '100', ...(marker ? { Marker: marker } : {}) });
    const xml = await (await fetch(`${ENDPOINT}/`, { method: 'POST', body })).text();
    marker = /<Marker>([^<]+)<\/Marker>/.exec(xml)?.[1];
    pages++;
  } while (marker);
  return { ms: performance.now() - started, pages };
}

export async function benchEndpoint({ browser, sizes, runs, pageSize, dataset, rowsShown, median, run, staticFloor }) {
  await run('npx', ['vite', 'build', '--ssr', 'src/emulator/server/cli.ts', '--outDir', '.emulator', '--emptyOutDir', '--logLevel', 'error']);
  const env = { VITE_ELASTICACHE_ENDPOINT: ENDPOINT };
  await run('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'], { env: { ...process.env, ...env } });
  writeFileSync(join(OUT, 'bench-floor.html'), FLOOR_HTML);
  writeFileSync(join(OUT, 'bench-floor.js'), FLOOR_JS);
  writeFileSync(join(OUT, 'bench-stack-floor.html'), await stackFloor(run, OUT, { endpoint: ENDPOINT }));
  const preview = start('npx', ['vite', 'preview', '--outDir', OUT, '--port', String(CONSOLE_PORT), '--strictPort'], env);
  const rows = [];
  let service;
  try {
    await waitFor(`${BASE}/redis`);
    for (const n of sizes) {
      const file = join(OUT, `bench-dataset-${n}.json`);
      writeFileSync(file, JSON.stringify(dataset(n)));
      const emulator = start('node', ['.emulator/cli.js', '--port', String(SERVICE_PORT), '--dataset', file, '--allow-origin', BASE]);
      try {
        await waitFor(`${ENDPOINT}/`, { method: 'POST', body: 'Action=DescribeCacheClusters&Version=2015-02-02' });
        const consoleTimes = [];
        const floorTimes = [];
        const stackTimes = [];
        for (let r = 0; r < runs; r++) {
          const context = await browser.newContext();
          const page = await context.newPage();
          await page.goto(`${BASE}/redis-oss-caches`, { waitUntil: 'commit' });
          consoleTimes.push(await rowsShown(page, Math.min(n, pageSize)));
          await page.getByRole('heading', { name: `Redis OSS caches (${n})` }).waitFor();
          await context.close();
          const floor = await browser.newContext();
          const floorPage = await floor.newPage();
          await floorPage.goto(`${BASE}/bench-floor.html`, { waitUntil: 'commit' });
          floorTimes.push(await rowsShown(floorPage, Math.min(n, pageSize)));
          await floor.close();
          const stack = await browser.newContext();
          const stackPage = await stack.newPage();
          await stackPage.goto(`${BASE}/bench-stack-floor.html`, { waitUntil: 'commit' });
          stackTimes.push(await rowsShown(stackPage, Math.min(n, pageSize)));
          await stack.close();
        }
        if (n === Math.max(...sizes)) {
          const walks = [];
          for (let r = 0; r < runs; r++) walks.push(await describeAllPages());
          service = { n, pages: walks[0].pages, p50: median(walks.map((w) => w.ms)) };
        }
        const c = median(consoleTimes);
        const f = median(floorTimes);
        rows.push({ n, console: c, floor: f, stack: median(stackTimes), staticFloor: staticFloor(n) });
      } finally {
        // The next size listens on the same port: wait until this one has let it go.
        const exited = new Promise((r) => emulator.once('exit', r));
        stop(emulator);
        await exited;
      }
    }
  } finally {
    stop(preview);
    rmSync(OUT, { recursive: true, force: true });
  }
  return { rows, service };
}
