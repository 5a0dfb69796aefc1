import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resetEmulator, testEmulator } from '../test/emulator';
import { createBackup } from './create-backup';
import { newSubmission } from './send-once';
import { toApiError } from './errors';
import { isLostAnswer, reportedBackups } from './own-backup';

const target = { CacheClusterId: 'mynonclusteredredis' };
type FaultRule = Parameters<typeof testEmulator.engine.setFaults>[0][number];

/** How the first attempt of a submission goes; a lost answer is retried once, as the dialog's Retry. */
const OUTCOMES: Record<string, Omit<FaultRule, 'action' | 'times'> | null> = {
  ok: null,
  'http-500 before': { kind: 'http-500' },
  'http-500 after': { kind: 'http-500', afterProcessing: true },
  'drop before': { kind: 'drop' },
  'drop after': { kind: 'drop', afterProcessing: true },
  throttling: { kind: 'throttling' },
};

/** One dialog: the attempt, and on a lost answer the user's Retry. Resolves to whether it reported success. */
async function submitOnce(name: string, outcome: string): Promise<boolean> {
  const fault = OUTCOMES[outcome];
  testEmulator.engine.setFaults(fault ? [{ ...fault, action: 'CreateSnapshot', times: 1 }] : []);
  const submission = newSubmission();
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await createBackup(target, name, submission);
      return true;
    } catch (error) {
      if (!isLostAnswer(toApiError(error))) return false;
    }
  }
  return false;
}

describe('createBackup', () => {
  it('reports success exactly when the emulator made a new backup for that submission', async () => {
    const submissions = fc.array(fc.record({ name: fc.constantFrom('x1', 'x2'), outcome: fc.constantFrom(...Object.keys(OUTCOMES)) }), {
      minLength: 1,
      maxLength: 6,
    });
    await fc.assert(
      fc.asyncProperty(submissions, async (sequence) => {
        resetEmulator();
        reportedBackups.clear();
        for (const { name, outcome } of sequence) {
          const before = testEmulator.engine.db.snapshots.get(name);
          const reported = await submitOnce(name, outcome);
          const made = testEmulator.engine.db.snapshots.get(name) !== before;
          expect(reported, `${name} ${outcome}`).toBe(made);
        }
      }),
      { numRuns: 60 },
    );
  });
});
