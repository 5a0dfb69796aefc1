import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

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
    launchOptions,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /screenshots\.spec\.ts/ },
    ...(process.env.SCREENSHOTS
      ? [{ name: 'screenshots', testMatch: /screenshots\.spec\.ts/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 }, launchOptions } }]
      : []),
  ],
  // The production build on the emulator: what `npm start` serves, minus dev-server latency.
  webServer: {
    command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/redis`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
