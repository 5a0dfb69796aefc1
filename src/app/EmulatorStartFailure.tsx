/**
 * What the page shows when the in-browser emulator can't start: why, and only where service
 * workers are what's missing (not https, not localhost), where to open the console instead.
 */
export function EmulatorStartFailure({ message, serviceWorkers }: { message: string; serviceWorkers: boolean }) {
  return (
    <main style={{ fontFamily: 'sans-serif', padding: 32 }}>
      <h1>The local ElastiCache emulator could not start</h1>
      <p>{message}</p>
      {serviceWorkers ? null : <p>Open the console at http://localhost or over https, where browsers allow service workers.</p>}
    </main>
  );
}
