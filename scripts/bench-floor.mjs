// `npm run bench`'s floors. The fetching floors: plain pages (no framework) doing the work any page showing
// the clusters table must do: every page of DescribeCacheClusters and DescribeReplicationGroups
// from the same service, parsed, and the rows the console shows (its first page) with the count.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const HEAD_CELLS = ['', 'Name', 'Mode', 'Shards', 'Nodes', 'Node type', 'Status', 'Engine version'];

/** The floor's page: `head` goes first (the emulator floor's worker registration), then its script. */
export const floorHtml = (script, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>floor</title>${head}<script type="module" src="/${script}"></script></head><body><h1>Redis clusters</h1><table><thead><tr>${HEAD_CELLS.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody></tbody></table></body></html>`;

/**
 * The floor's script. `endpoint` is a JavaScript expression; `before` runs first (the emulator
 * floor starts the in-browser emulator there, as the console's build does).
 */
export const floorJs = (endpoint, before = '') => `
${before}
const endpoint = ${endpoint};
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

/**
 * The emulator build's floor: the same in-browser emulator the console starts (its worker
 * registered by the same inline script, its boot chunk), then the same requests through it.
 */
export function emulatorFloor(indexHtml) {
  const register = /<script data-emulator>[^<]*<\/script>/.exec(indexHtml)?.[0] ?? '';
  const boot = /src="(\/assets\/emulator-boot-[^"]+\.js)"/.exec(indexHtml)?.[1];
  if (!boot) throw new Error('dist/index.html loads no emulator-boot chunk: is this an emulator build?');
  const start = `const boot = await import(${JSON.stringify(boot)});\nawait Object.values(boot).find((v) => v instanceof Promise);`;
  return { html: floorHtml('bench-emulator-floor.js', register), js: floorJs(`location.origin + '/emulator'`, start), register, boot };
}

/**
 * The stack floor (scripts/bench-stack-floor): the console's stack alone, no app code, doing the
 * same work. Built into `<outDir>/bench-stack/`; returns its page, whose `head` goes first. `boot`
 * is the emulator's boot chunk on the emulator build, started before the first request.
 */
export async function stackFloor(run, outDir, { endpoint, head = '', boot = '' }) {
  await run('npx', ['vite', 'build', '--config', 'scripts/bench-stack-floor/vite.config.ts', '--outDir', resolve(outDir, 'bench-stack'), '--emptyOutDir', '--logLevel', 'error']);
  const built = readFileSync(join(outDir, 'bench-stack', 'index.html'), 'utf8');
  const script = /<script type="module" crossorigin src="[^"]+"><\/script>/.exec(built)?.[0];
  if (!script) throw new Error('the stack floor built no module script');
  const metas = `<meta name="bench-endpoint" content="${endpoint}">${boot ? `<meta name="bench-emulator-boot" content="${boot}">` : ''}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>stack floor</title>${head}${metas}${script}</head><body><div id="root"></div></body></html>`;
}
