import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { E2E_ENDPOINTS } from './scripts/e2e-endpoints.mjs';
import { pathWithTools } from './scripts/test-tools.mjs';

/** `npm test` builds everything once before Playwright (scripts/build-e2e.mjs); alone, it builds here. */
const PREBUILT = process.env.E2E_PREBUILT === '1';

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

type Endpoint = (typeof E2E_ENDPOINTS)[number];
type Service = { command: string; url: string; env?: Record<string, string> };

/**
 * The same console built for an endpoint (no emulator code in it), against services it
 * didn't write: moto_server, the emulator over HTTP (`npm run emulator`), and moto_server
 * behind the AWS signing proxy (`npm run console:aws`). Servers start in this order.
 */
const SERVICES: Record<Endpoint['name'], (e: Endpoint, origin: string) => Service[]> = {
  // A GET of the Query API's root answers with an AWS error: enough to know it listens.
  moto: (e) => [{ command: `moto_server -H 127.0.0.1 -p ${e.endpointPort}`, url: `${e.endpoint}/` }],
  // The console is served from another origin than the service: let it in.
  'emulator-service': (e, origin) => [
    {
      command: `${PREBUILT ? 'node .emulator/cli.js' : 'npm run emulator --'} --port ${e.endpointPort} --dataset empty --backup-duration 3000 --create-duration 0 --allow-origin ${origin}`,
      url: `${e.endpoint}/`,
    },
  ],
  'aws-proxy': (e, origin) => [
    { command: `moto_server -H 127.0.0.1 -p ${e.servicePort}`, url: `${e.service}/` },
    {
      command: `${PREBUILT ? 'node .aws-proxy/cli.js' : 'npm run console:aws --'} --proxy-only --region us-east-1 --port ${e.endpointPort} --target ${e.service} --allow-origin ${origin}`,
      url: `${e.endpoint}/proxy-info`,
      // Test keys, for the standard chain's first link; moto accepts any signature.
      env: { AWS_ACCESS_KEY_ID: 'AKIAE2EPROXY00000000', AWS_SECRET_ACCESS_KEY: 'e2e-proxy-secret' },
    },
  ],
};
const endpoints = E2E_ENDPOINTS.map((e) => ({ ...e, services: SERVICES[e.name](e, `http://localhost:${e.port}`) }));

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [
    ['list'],
    ...(process.env.CI ? [] : [['html', { open: 'never' }] as const]),
    // npm test counts the tests from it (scripts/test.mjs).
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['json'] as const] : []),
  ],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: { mode: 'retain-on-failure', screenshots: false, sources: false },
    // The console honours prefers-reduced-motion: no fades to wait out (src/app/theme.ts).
    reducedMotion: 'reduce',
    launchOptions,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /(screenshots|endpoint-flow|aws-proxy)\.spec\.ts/ },
    ...endpoints.map((e) => ({
      name: e.name,
      testMatch: e.name === 'aws-proxy' ? /(endpoint-flow|aws-proxy)\.spec\.ts/ : /endpoint-flow\.spec\.ts/,
      metadata: { endpoint: e.endpoint, service: e.service },
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://localhost:${e.port}` },
    })),
    ...(process.env.SCREENSHOTS
      ? [{ name: 'screenshots', testMatch: /screenshots\.spec\.ts/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 }, launchOptions } }]
      : []),
  ],
  // The production build on the emulator: what `npm start` serves, minus dev-server latency.
  webServer: [
    {
      command: `${PREBUILT ? '' : 'npm run build && '}npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}/redis`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    ...endpoints.flatMap((e) => [
      ...e.services.map((service) => ({ ...service, reuseExistingServer: false, timeout: 60_000 })),
      {
        command: `${PREBUILT ? '' : `npx vite build --outDir dist-${e.name} --logLevel warn && `}npx vite preview --outDir dist-${e.name} --port ${e.port} --strictPort`,
        env: e.buildEnv,
        url: `http://localhost:${e.port}/redis`,
        reuseExistingServer: !process.env.CI,
        timeout: 180_000,
      },
    ]),
  ],
});
