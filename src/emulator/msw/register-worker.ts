/**
 * The emulator's service worker. Emulator builds register it from the HTML already
 * (vite.config.ts, REGISTER_WORKER_INLINE), so its install overlaps the loading of the scripts;
 * msw's own start finds that registration (or makes it, in `vite` dev, where there is no inline script).
 */
export const WORKER_URL = `${import.meta.env.BASE_URL}mockServiceWorker.js`;

/**
 * Resolves once the worker the HTML registered has finished activating (it claims this page
 * then). msw reloads a page that a registered worker doesn't control: starting it while our
 * worker is still installing would reload the first visit for nothing. Looked up, not
 * registered again: a second register() waits for an update check, seconds on a reload.
 */
export async function workerSettled(): Promise<void> {
  if (!('serviceWorker' in navigator) || navigator.serviceWorker.controller) return;
  // A failure is msw's to report (its own start registers and says why).
  const found = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  const pending = found?.installing ?? found?.waiting ?? (found?.active?.state === 'activating' ? found.active : null);
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
