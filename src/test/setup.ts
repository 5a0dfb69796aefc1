import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { reportedBackups } from '../api/own-backup';
import { followedWork } from '../components/followed-work';
import { notifications } from '../components/notifications';
import { resetEmulator, testEmulator } from './emulator';

beforeAll(() => testEmulator.server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
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
