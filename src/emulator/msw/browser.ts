import { setupWorker } from 'msw/browser';
import { createEngine, type EmulatorOptions } from '../engine/engine';
import { elasticacheHandlers } from './handlers';

declare global {
  interface Window {
    /**
     * Emulator options for tests and demos (README, "Emulator settings"): set it before
     * the app loads, e.g. with Playwright's `page.addInitScript`.
     */
    __ELASTICACHE_EMULATOR__?: Omit<EmulatorOptions, 'now'>;
  }
}

/** Starts the in-browser emulator; resolves once the service worker answers requests. */
export async function startBrowserEmulator(endpoint: string): Promise<void> {
  const engine = createEngine(window.__ELASTICACHE_EMULATOR__ ?? {});
  const worker = setupWorker(...elasticacheHandlers(engine, endpoint));
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
