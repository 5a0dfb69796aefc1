import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { EmulatorStartFailure } from './app/EmulatorStartFailure';
import { createQueryClient } from './app/query-client';
import { holdRequestsUntil } from './api/elasticache-client';
import { prefetchFirstScreen } from './app/routes';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

async function startEmulator(): Promise<void> {
  // A literal env check, so a build with an endpoint drops the emulator chunk entirely.
  if (import.meta.env.VITE_ELASTICACHE_ENDPOINT) return;
  const { emulatorReady } = await import('./emulator/msw/boot');
  await emulatorReady;
}

// The emulator starts while the console renders its frame and the table's header; only
// the requests wait for it (src/api/elasticache-client.ts), not the first paint.
const emulatorReady = startEmulator();
holdRequestsUntil(emulatorReady);

const queryClient = createQueryClient();
prefetchFirstScreen(queryClient, window.location.pathname);

root.render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);

emulatorReady.catch((error: unknown) => {
  // Say why rather than hang; service workers need a secure context (https or localhost).
  const message = error instanceof Error ? error.message : String(error);
  root.render(<EmulatorStartFailure message={message} serviceWorkers={window.isSecureContext && 'serviceWorker' in navigator} />);
});
