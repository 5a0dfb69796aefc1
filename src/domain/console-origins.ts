/**
 * The console's own origins (`npm start` at :5173, `vite preview` at :4173): the emulator service
 * lets them in without --allow-origin (src/emulator/server/request-guard.ts), and the console
 * tells a user on another origin to add theirs (src/api/errors.ts).
 */
export const CONSOLE_ORIGINS: readonly string[] = [5173, 4173].flatMap((port) => ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${port}`));
