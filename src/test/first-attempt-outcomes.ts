import type { FaultRule } from '../emulator/engine/fault-injection';

/** How a write's first attempt goes, for tests of lost answers; a lost answer is retried once, as the dialog's Retry. */
export const FIRST_ATTEMPT_OUTCOMES: Record<string, Omit<FaultRule, 'action' | 'times'> | null> = {
  ok: null,
  'http-500 before': { kind: 'http-500' },
  'http-500 after': { kind: 'http-500', afterProcessing: true },
  'drop before': { kind: 'drop' },
  'drop after': { kind: 'drop', afterProcessing: true },
  throttling: { kind: 'throttling' },
};
