import { expect, test, type Page } from '@playwright/test';

/** Holds the emulator's chunk back until the returned function is called. */
async function holdEmulatorBoot(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/emulator-boot-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

// Issue 17: the console's frame and the table's header don't wait for the in-browser
// emulator to start; only the requests do. The emulator's chunk is held back here.
test('the frame and the clusters header show while the emulator starts, then the rows', async ({ page }) => {
  const release = await holdEmulatorBoot(page);
  // Not 'load': the held chunk is preloaded, and the load event would wait for it.
  await page.goto('/redis-oss-caches', { waitUntil: 'commit' });
  await expect(page.getByRole('navigation', { name: 'ElastiCache' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Redis OSS caches', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Backup', exact: true })).toBeVisible();
  // React runs meanwhile (the HTML's own title is "ElastiCache console").
  await expect(page).toHaveTitle('Redis OSS caches | ElastiCache');

  release();
  await expect(page.getByRole('heading', { name: /^Redis OSS caches \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Select / }).first()).toBeVisible();
});

// The HTML registers the service worker before any script has loaded (vite.config.ts), and the
// first visit is not reloaded for it (msw reloads a page a registered worker doesn't control).
test('the worker is registered while the scripts load, and the first visit is not reloaded', async ({ page }) => {
  const release = await holdEmulatorBoot(page);
  const documents: string[] = [];
  page.on('request', (r) => r.resourceType() === 'document' && documents.push(r.url()));
  await page.goto('/redis-oss-caches', { waitUntil: 'commit' });
  // No emulator code has run yet, and the worker is already active.
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state)).toBe('activated');
  release();
  await expect(page.getByRole('radio', { name: /^Select / }).first()).toBeVisible();
  expect(documents).toHaveLength(1);
});

// A second register() of the same worker waits for an update check of its script: the first
// reload of a session took 2.4 s until the emulator answered. Only the HTML registers it.
test('a reload registers the worker once, from the HTML, and shows the rows', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { registerCalls: number };
    w.registerCalls = 0;
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args: Parameters<typeof register>) => {
      w.registerCalls++;
      return register(...args);
    };
  });
  await page.goto('/redis-oss-caches');
  await expect(page.getByRole('radio', { name: /^Select / }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: /^Select / }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { registerCalls: number }).registerCalls)).toBe(1);
});

// The SDK's browser parser (DOMParser, then a generic conversion) took 19 ms a page of 100
// clusters; its JavaScript parser takes 8 (vite.config.ts, sdkXmlParserInJavaScript).
test('the service’s answers are parsed by the SDK’s JavaScript parser, not DOMParser', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { domParses: number };
    w.domParses = 0;
    const parse = DOMParser.prototype.parseFromString;
    DOMParser.prototype.parseFromString = function (this: DOMParser, ...args: Parameters<typeof parse>) {
      w.domParses++;
      return parse.apply(this, args);
    };
  });
  await page.goto('/redis-oss-caches');
  await expect(page.getByRole('radio', { name: 'Select myclusteredredis' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'cache.r3.large' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { domParses: number }).domParses)).toBe(0);
});
