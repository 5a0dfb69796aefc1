/**
 * The emulator's service worker. Emulator builds register it from the HTML already
 * (vite.config.ts, REGISTER_WORKER_INLINE: the same URL), so its install overlaps the loading
 * of the scripts; registering again here joins that registration (or makes it, in `vite` dev).
 */
export const WORKER_URL = `${import.meta.env.BASE_URL}mockServiceWorker.js`;

const register = (): Promise<ServiceWorkerRegistration> | undefined =>
  'serviceWorker' in navigator ? navigator.serviceWorker.register(WORKER_URL) : undefined;

/**
 * Resolves once a worker registered here has finished activating (it claims this page then).
 * msw reloads a page that a registered worker doesn't control: starting it while our worker
 * is still installing would reload the first visit for nothing.
 */
export async function workerSettled(): Promise<void> {
  // A failure is msw's to report (its own start registers again and says why).
  const found = await register()?.catch(() => undefined);
  if (!found || navigator.serviceWorker.controller) return;
  const pending = found.installing ?? found.waiting ?? (found.active?.state === 'activating' ? found.active : null);
  if (!pending) return;
  await new Promise<void>((resolve) => {
    const check = () => {
      if (pending.state !== 'activated' && pending.state !== 'redundant') return;
      pending.removeEventListener('statechange', check);
      resolve();
    };
    pending.addEventListener('statechange', check);
    check();
  });
}
