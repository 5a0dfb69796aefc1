import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { reportedBackups } from '../api/own-backup';
import { followedWork } from '../components/followed-work';
import { notifications } from '../components/notifications';
import { resetEmulator, testEmulator } from './emulator';

// findBy/waitFor wait for a condition; their ceiling only bounds a failure. Testing Library's
// 1 s default is a deadline the console doesn't have: jsdom rendering a page of MUI rows
// beside two CPU-bound processes takes longer, and a user on a slow laptop just waits.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(async () => {
  testEmulator.server.listen({ onUnhandledRequest: 'error' });
  // The SDK client loads on the first request (src/api/elasticache-client.ts): load it
  // here, so a test's waits don't include compiling it.
  await import('../api/elasticache-sdk');
});
beforeEach(() => {
  // Files share a worker's document (vite.config.ts, isolate: false): each test starts as a
  // fresh page would, at / with nothing stored. (The engine's tests have no document.)
  if (typeof window !== 'undefined') {
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
  }
  resetEmulator();
  testEmulator.engine.settings.backupDurationMs = 6_000;
  notifications.clear();
  followedWork.clear();
  reportedBackups.clear();
});
afterEach(() => {
  cleanup();
  testEmulator.server.resetHandlers();
});
afterAll(() => testEmulator.server.close());
