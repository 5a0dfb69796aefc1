import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resetEmulator, testEmulator } from '../test/emulator';
import { FIRST_ATTEMPT_OUTCOMES } from '../test/first-attempt-outcomes';
import { createBackup } from './create-backup';
import { newSubmission } from './send-once';
import { toApiError } from './errors';
import { isLostAnswer, reportedBackups } from './own-backup';

const target = { CacheClusterId: 'mynonclusteredredis' };


/** One dialog: the attempt, and on a lost answer the user's Retry. Resolves to whether it reported success. */
async function submitOnce(name: string, outcome: string): Promise<boolean> {
  const fault = FIRST_ATTEMPT_OUTCOMES[outcome];
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
    const submissions = fc.array(fc.record({ name: fc.constantFrom('x1', 'x2'), outcome: fc.constantFrom(...Object.keys(FIRST_ATTEMPT_OUTCOMES)) }), {
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
