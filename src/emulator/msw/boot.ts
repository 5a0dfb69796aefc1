import { config } from '../../config';
import { startBrowserEmulator } from './browser';

/**
 * Starts the in-browser emulator as soon as this module runs. Emulator builds load it as
 * an entry of its own beside the app's (vite.config.ts), so the service worker registers
 * while the app's code is still being evaluated; src/main.tsx waits on the same promise.
 */
export const emulatorReady: Promise<void> = startBrowserEmulator(config.endpoint);
// The app reports a failure (src/main.tsx); this copy of the promise must not be unhandled.
emulatorReady.catch(() => undefined);
