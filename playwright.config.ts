import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { pathWithTools } from './scripts/test-tools.mjs';

// moto_server for the `moto` project, where scripts/ensure-services.mjs found or installed it.
process.env.PATH = pathWithTools(process.env.PATH);

/**
 * Debian's Chromium where it is installed (machines that can't download browsers),
 * Playwright's own otherwise (`scripts/ensure-browser.mjs` installs it).
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }
  : {};

const PORT = 4173;

/**
 * The same console built for an endpoint (no emulator code in it), against two
 * services it didn't write: moto_server, and the emulator over HTTP (`npm run emulator`).
 */
const endpoints = [
  { name: 'moto', port: 4174, endpointPort: 4580, service: (p: number) => `moto_server -H 127.0.0.1 -p ${p}` },
  {
    name: 'emulator-service',
    port: 4175,
    endpointPort: 4581,
    // The console is served from another origin than the service: let it in.
    service: (p: number) => `npm run emulator -- --port ${p} --dataset empty --backup-duration 3000 --create-duration 0 --allow-origin http://localhost:4175`,
  },
].map((e) => ({ ...e, endpoint: `http://127.0.0.1:${e.endpointPort}` }));

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // The console honours prefers-reduced-motion: no fades to wait out (src/app/theme.ts).
    reducedMotion: 'reduce',
    launchOptions,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /(screenshots|endpoint-flow)\.spec\.ts/ },
    ...endpoints.map((e) => ({
      name: e.name,
      testMatch: /endpoint-flow\.spec\.ts/,
      metadata: { endpoint: e.endpoint },
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://localhost:${e.port}` },
    })),
    ...(process.env.SCREENSHOTS
      ? [{ name: 'screenshots', testMatch: /screenshots\.spec\.ts/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 }, launchOptions } }]
      : []),
  ],
  // The production build on the emulator: what `npm start` serves, minus dev-server latency.
  webServer: [
    {
      command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}/redis`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    ...endpoints.flatMap((e) => [
      // A GET of the Query API's root answers with an AWS error: enough to know it listens.
      { command: e.service(e.endpointPort), url: `${e.endpoint}/`, reuseExistingServer: false, timeout: 60_000 },
      {
        command: `npx vite build --outDir dist-${e.name} --logLevel warn && npx vite preview --outDir dist-${e.name} --port ${e.port} --strictPort`,
        env: { VITE_ELASTICACHE_ENDPOINT: e.endpoint },
        url: `http://localhost:${e.port}/redis`,
        reuseExistingServer: !process.env.CI,
        timeout: 180_000,
      },
    ]),
  ],
});
