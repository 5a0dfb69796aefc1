import { setupWorker } from 'msw/browser';
import { createEngine, type EmulatorOptions } from '../engine/engine';
import { browserStore } from './browser-store';
import { elasticacheHandlers } from './handlers';

declare global {
  interface Window {
    /**
     * Emulator options for tests and demos (README, "Emulator settings"): set it before
     * the app loads, e.g. with Playwright's `page.addInitScript`.
     */
    __ELASTICACHE_EMULATOR__?: Omit<EmulatorOptions, 'now' | 'store'> & {
      /** Keep the state across reloads in localStorage (default true). */
      persist?: boolean;
    };
  }
}

/** Starts the in-browser emulator; resolves once the service worker answers requests. */
export async function startBrowserEmulator(endpoint: string): Promise<void> {
  // Marks for the boot's timeline (Chromium's performance panel, `npm run bench`).
  performance.mark('emulator:loaded');
  const options = window.__ELASTICACHE_EMULATOR__ ?? {};
  const fingerprint = JSON.stringify(options.dataset ?? 'default');
  const engine = createEngine({ ...options, store: options.persist === false ? undefined : browserStore(fingerprint) });
  performance.mark('emulator:engine');
  const worker = setupWorker(...elasticacheHandlers(engine, endpoint));
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  performance.mark('emulator:ready');
}
