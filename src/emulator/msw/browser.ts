import { setupWorker } from 'msw/browser';
import { createEngine, type EmulatorOptions } from '../engine/engine';
import { memoryExport } from '../engine/export-port';
import { browserStore } from './browser-store';
import { elasticacheHandlers } from './handlers';
import { WORKER_URL, workerSettled } from './register-worker';

declare global {
  interface Window {
    /**
     * Emulator options for tests and demos (README, "Emulator settings"): set it before
     * the app loads, e.g. with Playwright's `page.addInitScript`.
     */
    __ELASTICACHE_EMULATOR__?: Omit<EmulatorOptions, 'now' | 'store' | 'exporter'> & {
      /** Keep the state across reloads in localStorage (default true). */
      persist?: boolean;
      /** The S3 buckets backups can be exported to, kept in memory (default: one, `my-elasticache-backups`). */
      s3Buckets?: Record<string, { region?: string; grants?: string[] }>;
    };
  }
}

/** Starts the in-browser emulator; resolves once the service worker answers requests. */
export async function startBrowserEmulator(endpoint: string): Promise<void> {
  // Marks for the boot's timeline (Chromium's performance panel, `npm run bench`).
  performance.mark('emulator:loaded');
  const options = window.__ELASTICACHE_EMULATOR__ ?? {};
  const fingerprint = JSON.stringify(options.dataset ?? 'default');
  const engine = createEngine({
    ...options,
    store: options.persist === false ? undefined : browserStore(fingerprint),
    exporter: memoryExport(options.s3Buckets ?? { 'my-elasticache-backups': {} }),
  });
  performance.mark('emulator:engine');
  const worker = setupWorker(...elasticacheHandlers(engine, endpoint));
  await workerSettled();
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: WORKER_URL },
  });
  performance.mark('emulator:ready');
}
