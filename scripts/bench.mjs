// `npm run bench`: the console's performance on this machine, printed as tables.
// Production build + `vite preview` + Chromium, in one run. Not a timed test: it reports.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchEndpoint } from './bench-endpoint.mjs';
import { emulatorFloor, stackFloor } from './bench-floor.mjs';

const PORT = 4190;
const BASE = `http://localhost:${PORT}`;
const SIZES = [10, 1_000, 5_000];
const RUNS = 5;
const dist = 'dist';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(0)} ms`;

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${title}\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}`);
}

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

// 1. The production build and its chunks.
await run('npx', ['vite', 'build', '--logLevel', 'error']);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The entry and its static imports (Vite lists them as modulepreload links) are initial. The
// emulator's chunks, preloaded alongside in emulator builds (`data-emulator`, vite.config.ts),
// are not the app's: they are counted apart, as before, since an endpoint build has none.
const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]);
const assetOf = (tag) => /(?:src|href)="\/assets\/([^"]+\.js)"/.exec(tag)?.[1];
const initial = new Set(tags.filter((t) => !t.includes('data-emulator')).map(assetOf).filter(Boolean));
const preloadedForEmulator = new Set(tags.filter((t) => t.includes('data-emulator')).map(assetOf).filter(Boolean));
const chunks = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((file) => {
    const bytes = readFileSync(join(dist, 'assets', file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, initial: initial.has(file) };
  })
  .sort((a, b) => b.gzip - a.gzip);
const initialGzip = chunks.filter((c) => c.initial).reduce((n, c) => n + c.gzip, 0);
const isEmulator = (file) => /^(index\.browser|emulator-boot)-/.test(file);
// Chunks the emulator imports (zod, the naming rules) come with it in emulator mode.
const emulatorCode = chunks.filter((c) => isEmulator(c.file)).map((c) => readFileSync(join(dist, 'assets', c.file), 'utf8')).join('');
const loadedWhen = (c) =>
  c.initial
    ? 'initially'
    : /^elasticache-sdk-/.test(c.file)
      ? 'at start, run after the first render: the first request needs it (src/api/elasticache-client.ts)'
      : isEmulator(c.file)
      ? 'emulator mode only (msw + emulator): its own entry, beside the app'
      : preloadedForEmulator.has(c.file) || emulatorCode.includes(`./${c.file}`)
        ? 'with the emulator (preloaded); else after the table'
        : 'after the table (preloaded once the first reads have answered)';
table(
  'Production build: JavaScript chunks',
  ['chunk', 'loaded', 'raw', 'gzip'],
  [
    ...chunks.map((c) => [c.file, loadedWhen(c), kb(c.raw), kb(c.gzip)]),
    ['initial JavaScript, total', '', '', `${kb(initialGzip)} (budget 200 KB: ${initialGzip <= 200 * 1024 ? 'met' : 'MISSED'})`],
  ],
);

// 2. Static floors: the same table as plain HTML, served by the same server.
const cells = (i) => [`cluster-${i}`, 'Cluster mode disabled', 1, 1, 'cache.m5.large', 'available', '7.1'];
for (const n of SIZES) {
  const rows = Array.from({ length: n }, (_, i) => `<tr><td><input type="checkbox" aria-label="Select cluster-${i}"></td>${cells(i).map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  writeFileSync(
    join(dist, `bench-static-${n}.html`),
    `<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><table><thead><tr><th></th><th>Name</th><th>Mode</th><th>Shards</th><th>Nodes</th><th>Node type</th><th>Status</th><th>Engine version</th></tr></thead><tbody>${rows}</tbody></table></body></html>`,
  );
}

// The emulator build's fetching floor: the same in-browser emulator, the same requests, no framework.
const emulatorFloorPage = emulatorFloor(html);
writeFileSync(join(dist, 'bench-emulator-floor.html'), emulatorFloorPage.html);
writeFileSync(join(dist, 'bench-emulator-floor.js'), emulatorFloorPage.js);
// Its stack floor: React, MUI and the SDK alone (no app code), on the same emulator.
writeFileSync(
  join(dist, 'bench-stack-floor.html'),
  await stackFloor(run, dist, { endpoint: `${BASE}/emulator`, head: emulatorFloorPage.register, boot: emulatorFloorPage.boot }),
);

const preview = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stop = () => {
  try {
    process.kill(-preview.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  for (const n of SIZES) rmSync(join(dist, `bench-static-${n}.html`), { force: true });
  for (const file of ['bench-emulator-floor.html', 'bench-emulator-floor.js', 'bench-stack-floor.html', 'bench-stack']) rmSync(join(dist, file), { recursive: true, force: true });
};
process.on('exit', stop);
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${BASE}/redis-oss-caches`)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({
  executablePath,
  args: executablePath ? ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] : [],
});

const dataset = (n) => ({
  clusters: Array.from({ length: n }, (_, i) => ({ kind: 'single', id: `cluster-${i}`, nodeType: 'cache.m5.large', engineVersion: '7.1' })),
  snapshots: [],
});

/** A fresh page with the emulator seeded (no saved state). */
async function consolePage(n) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript((options) => {
    window.__ELASTICACHE_EMULATOR__ = options;
  }, { dataset: dataset(n), persist: false });
  return { context, page };
}

// Milliseconds from navigation start until the table has `n` rows (performance.now() is since
// navigation), polled on every frame from the moment the page's document arrives.
const rowsShown = (page, n) =>
  page.waitForFunction((count) => document.querySelectorAll('tbody tr').length >= count && performance.now(), n, { polling: 'raf', timeout: 60_000 }).then((h) => h.jsonValue());
// The console's frame (its navigation) and the table's header (the "Redis OSS caches" heading).
const frameShown = (page) =>
  page
    .waitForFunction(() => document.querySelector('nav') && document.querySelector('main h1')?.textContent?.startsWith('Redis OSS caches') && performance.now(), undefined, { polling: 'raf', timeout: 60_000 })
    .then((h) => h.jsonValue());
const firstPaint = (page) => page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);

// 3. Navigation to rows, console vs floor. The console shows its first page (25 rows, as
// the AWS console pages its tables) with the count of all; the floor renders every row.
const PAGE = 25;
const loadRows = [];
const staticFloors = new Map();
for (const n of SIZES) {
  const consoleTimes = [];
  const frameTimes = [];
  const paintTimes = [];
  const floorTimes = [];
  const fetchingFloorTimes = [];
  const stackFloorTimes = [];
  for (let r = 0; r < RUNS; r++) {
    const { context, page } = await consolePage(n);
    await page.goto(`${BASE}/redis-oss-caches`, { waitUntil: 'commit' });
    frameTimes.push(await frameShown(page));
    consoleTimes.push(await rowsShown(page, Math.min(n, PAGE)));
    paintTimes.push(await firstPaint(page));
    await page.getByRole('heading', { name: `Redis OSS caches (${n})` }).waitFor();
    await context.close();
    const floor = await browser.newContext();
    const floorPage = await floor.newPage();
    await floorPage.goto(`${BASE}/bench-static-${n}.html`, { waitUntil: 'commit' });
    floorTimes.push(await rowsShown(floorPage, n));
    await floor.close();
    const fetching = await consolePage(n);
    await fetching.page.goto(`${BASE}/bench-emulator-floor.html`, { waitUntil: 'commit' });
    fetchingFloorTimes.push(await rowsShown(fetching.page, Math.min(n, PAGE)));
    await fetching.context.close();
    const stack = await consolePage(n);
    await stack.page.goto(`${BASE}/bench-stack-floor.html`, { waitUntil: 'commit' });
    stackFloorTimes.push(await rowsShown(stack.page, Math.min(n, PAGE)));
    await stack.context.close();
  }
  const c = median(consoleTimes);
  const f = median(floorTimes);
  staticFloors.set(n, f);
  const ff = median(fetchingFloorTimes);
  const sf = median(stackFloorTimes);
  loadRows.push([n.toLocaleString('en'), ms(median(paintTimes)), ms(median(frameTimes)), ms(c), ms(f), `${(c / f).toFixed(1)}×`, ms(ff), `${(c / ff).toFixed(1)}×`, `${ms(sf)} (${(sf / f).toFixed(1)}× / ${(sf / ff).toFixed(1)}×)`]);
}
table(
  `Emulator build: navigation to the clusters table (median of ${RUNS}; console: first page of ${PAGE}; static HTML floor: a page with all rows in its HTML, same server, no data fetched; fetching floor: a plain page that starts the same in-browser emulator and worker, fetches every page of both Describe calls through it and shows the first ${PAGE} rows; stack floor: the same work by React, MUI and the SDK alone, no app code (scripts/bench-stack-floor), with its ratios to the two floors)`,
  ['clusters', 'first contentful paint', 'frame and header', 'rows', 'static HTML floor', 'ratio (goal 2×)', 'fetching floor', 'ratio', 'stack floor (× static / × fetching)'],
  loadRows,
);

// 3b. The endpoint build against `npm run emulator` (scripts/bench-endpoint.mjs).
{
  const { rows, service } = await benchEndpoint({ browser, sizes: SIZES, runs: RUNS, pageSize: PAGE, dataset, rowsShown, median, run, staticFloor: (n) => staticFloors.get(n) });
  table(
    `Endpoint build against \`npm run emulator\` (median of ${RUNS}; fetching floor: a plain page that fetches every page of both Describe calls from the same service and shows the first ${PAGE} rows; stack floor: the same work by React, MUI and the SDK alone, with its ratios to the two floors)`,
    ['clusters', 'rows', 'fetching floor', 'ratio', 'ratio to the static HTML floor (goal 2×)', 'stack floor (× static / × fetching)'],
    rows.map((r) => [
      r.n.toLocaleString('en'),
      ms(r.console),
      ms(r.floor),
      `${(r.console / r.floor).toFixed(1)}×`,
      `${(r.console / r.staticFloor).toFixed(1)}×`,
      `${ms(r.stack)} (${(r.stack / r.staticFloor).toFixed(1)}× / ${(r.stack / r.floor).toFixed(1)}×)`,
    ]),
  );
  table(
    `The emulator service: DescribeCacheClusters, every page (MaxRecords 100), from Node (median of ${RUNS})`,
    ['clusters', 'pages', 'p50, all pages', 'per page'],
    [[service.n.toLocaleString('en'), service.pages, ms(service.p50), `${(service.p50 / service.pages).toFixed(1)} ms`]],
  );
}

// 4. Interactions with 5,000 rows: time from the input event to the next frame painted.
const interactions = [];
{
  const { context, page } = await consolePage(5_000);
  await page.goto(`${BASE}/redis-oss-caches`);
  await rowsShown(page, PAGE);
  const filterTimes = [];
  const dialogTimes = [];
  for (let r = 0; r < RUNS; r++) {
    filterTimes.push(
      await page.evaluate(async () => {
        const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const box = document.querySelector('input[type="search"]');
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const t0 = performance.now();
        setValue.call(box, 'cluster-49');
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await nextFrame();
        const took = performance.now() - t0;
        setValue.call(box, '');
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await nextFrame();
        return took;
      }),
    );
    await page.getByRole('radio', { name: 'Select cluster-1', exact: true }).check();
    dialogTimes.push(
      await page.evaluate(async () => {
        const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Backup');
        const t0 = performance.now();
        button.click();
        // Until the dialog shows: one frame when its code is preloaded, more when it must load.
        do await nextFrame();
        while (!document.querySelector('[role="dialog"] input') && performance.now() - t0 < 10_000);
        if (!document.querySelector('[role="dialog"] input')) throw new Error('no dialog');
        return performance.now() - t0;
      }),
    );
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }
  interactions.push(['filter 5,000 rows (type "cluster-49")', ms(median(filterTimes)), '100 ms']);
  interactions.push(['open the Create Backup dialog', ms(median(dialogTimes)), '100 ms']);
  await context.close();
}
table(`Interactions with 5,000 clusters (input to next frame, median of ${RUNS})`, ['interaction', 'time', 'goal'], interactions);

// 5. Requests in 30 s, on Playwright's clock: settled, and while one backup runs.
const requests = [];
{
  const { context, page } = await consolePage(10);
  await page.clock.install();
  let count = 0;
  page.on('request', (r) => r.method() === 'POST' && r.url().includes('/emulator') && count++);
  await page.goto(`${BASE}/redis-oss-caches`);
  await rowsShown(page, 10);
  count = 0;
  await page.clock.runFor(30_000);
  requests.push(['everything settled', count, '0']);
  await page.getByRole('radio', { name: 'Select cluster-1', exact: true }).check();
  await page.getByRole('button', { name: 'Backup', exact: true }).click();
  count = 0;
  await page.getByRole('dialog').getByRole('button', { name: 'Create Backup' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.clock.runFor(30_000);
  requests.push(['one backup (6 s) runs, then settles', count, 'report']);
  await context.close();
}
table('ElastiCache requests in 30 s', ['situation', 'requests', 'goal'], requests);

await browser.close();
stop();
process.exit(0);
