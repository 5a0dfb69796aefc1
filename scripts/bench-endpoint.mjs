// `npm run bench`, the endpoint build: the console built with VITE_ELASTICACHE_ENDPOINT against
// `npm run emulator` (the emulator service over HTTP), and the service's own DescribeCacheClusters time.
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SERVICE_PORT = 4191;
const CONSOLE_PORT = 4192;
const ENDPOINT = `http://127.0.0.1:${SERVICE_PORT}`;
const BASE = `http://localhost:${CONSOLE_PORT}`;
const OUT = 'dist-endpoint';

// The endpoint floor: a plain page doing the work any page showing that table must do, no
// framework: every page of DescribeCacheClusters and DescribeReplicationGroups from the same
// service, parsed, and the rows the console shows (its first page) with the count of all.
const FLOOR_JS = `
const endpoint = ${JSON.stringify(ENDPOINT)};
async function all(action, member) {
  const items = [];
  let marker;
  do {
    const body = new URLSearchParams({ Action: action, Version: '2015-02-02', MaxRecords: '100', ...(marker ? { Marker: marker } : {}) });
    const xml = new DOMParser().parseFromString(await (await fetch(endpoint + '/', { method: 'POST', body })).text(), 'text/xml');
    items.push(...xml.querySelectorAll(member));
    marker = xml.querySelector(action + 'Result > Marker')?.textContent || undefined;
  } while (marker);
  return items;
}
const text = (el, name) => el.querySelector(':scope > ' + name)?.textContent ?? '';
const [clusters] = await Promise.all([all('DescribeCacheClusters', 'CacheClusters > CacheCluster'), all('DescribeReplicationGroups', 'ReplicationGroups > ReplicationGroup')]);
document.querySelector('h1').textContent = 'Redis clusters (' + clusters.length + ')';
document.querySelector('tbody').innerHTML = clusters.slice(0, 25).map((c) => {
  const id = text(c, 'CacheClusterId');
  const cells = [id, 'Cluster mode disabled', 1, text(c, 'NumCacheNodes'), text(c, 'CacheNodeType'), text(c, 'CacheClusterStatus'), text(c, 'EngineVersion')];
  return '<tr><td><input type="checkbox" aria-label="Select ' + id + '"></td>' + cells.map((x) => '<td>' + x + '</td>').join('') + '</tr>';
}).join('');
`;
const FLOOR_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>floor</title><script type="module" src="/bench-floor.js"></script></head><body><h1>Redis clusters</h1><table><thead><tr><th></th><th>Name</th><th>Mode</th><th>Shards</th><th>Nodes</th><th>Node type</th><th>Status</th><th>Engine version</th></tr></thead><tbody></tbody></table></body></html>`;

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
        for (let r = 0; r < runs; r++) {
          const context = await browser.newContext();
          const page = await context.newPage();
          await page.goto(`${BASE}/redis`);
          consoleTimes.push(await rowsShown(page, Math.min(n, pageSize)));
          await page.getByRole('heading', { name: `Redis OSS caches (${n})` }).waitFor();
          await context.close();
          const floor = await browser.newContext();
          const floorPage = await floor.newPage();
          await floorPage.goto(`${BASE}/bench-floor.html`);
          floorTimes.push(await rowsShown(floorPage, Math.min(n, pageSize)));
          await floor.close();
        }
        if (n === Math.max(...sizes)) {
          const walks = [];
          for (let r = 0; r < runs; r++) walks.push(await describeAllPages());
          service = { n, pages: walks[0].pages, p50: median(walks.map((w) => w.ms)) };
        }
        const c = median(consoleTimes);
        const f = median(floorTimes);
        rows.push({ n, console: c, floor: f, staticFloor: staticFloor(n) });
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
