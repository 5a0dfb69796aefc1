import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copySnapshotRequest } from '../domain/requests';
import type { RequestOf } from '../domain/api-request';
import { resetEmulator, testEmulator } from '../test/emulator';
import { FIRST_ATTEMPT_OUTCOMES } from '../test/first-attempt-outcomes';
import { toApiError } from './errors';
import { isLostAnswer, reportedBackups } from './own-backup';
import { newSubmission, sendOnce } from './send-once';

type FaultRule = Parameters<typeof testEmulator.engine.setFaults>[0][number];


/** One dialog: the attempt, and on a lost answer the user's Retry. Resolves to whether it reported success. */
async function submitOnce(request: RequestOf<'CopySnapshot'> | RequestOf<'CreateCacheCluster'>, faults: FaultRule[]): Promise<boolean> {
  testEmulator.engine.setFaults(faults);
  const submission = newSubmission();
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await sendOnce(request, submission);
      return true;
    } catch (error) {
      if (!isLostAnswer(toApiError(error))) return false;
    }
  }
  return false;
}

const restore = (id: string): RequestOf<'CreateCacheCluster'> => ({
  action: 'CreateCacheCluster',
  params: { CacheClusterId: id, SnapshotName: 'baseline-test-data', CacheNodeType: 'cache.m5.large', Engine: 'redis' },
});

describe('sendOnce', () => {
  it('reports a copy done exactly when the emulator made it for that submission', async () => {
    const submissions = fc.array(fc.record({ name: fc.constantFrom('c1', 'c2'), outcome: fc.constantFrom(...Object.keys(FIRST_ATTEMPT_OUTCOMES)) }), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(submissions, async (sequence) => {
        resetEmulator();
        reportedBackups.clear();
        for (const { name, outcome } of sequence) {
          const fault = FIRST_ATTEMPT_OUTCOMES[outcome];
          const before = testEmulator.engine.db.snapshots.get(name);
          const reported = await submitOnce(copySnapshotRequest('baseline-test-data', name), fault ? [{ ...fault, action: 'CopySnapshot', times: 1 }] : []);
          expect(reported, `${name} ${outcome}`).toBe(testEmulator.engine.db.snapshots.get(name) !== before);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reports a restore done when its answer was lost after the cache was made, and not when it was lost before', async () => {
    resetEmulator();
    // The backup is restoring while a restore runs: none here, so the next may start at once.
    const { settings } = testEmulator.engine;
    const duration = settings.createDurationMs;
    settings.createDurationMs = 0;
    try {
      expect(await submitOnce(restore('lost-after'), [{ kind: 'http-500', afterProcessing: true, action: 'CreateCacheCluster', times: 1 }])).toBe(true);
      expect(testEmulator.engine.db.clusters.has('lost-after')).toBe(true);
      // Lost before: nothing was made; the Retry makes it.
      expect(await submitOnce(restore('lost-before'), [{ kind: 'drop', action: 'CreateCacheCluster', times: 1 }])).toBe(true);
      // A name an older cache holds is refused as it is, whatever was lost.
      expect(await submitOnce(restore('mynonclusteredredis'), [{ kind: 'http-500', action: 'CreateCacheCluster', times: 1 }])).toBe(false);
    } finally {
      settings.createDurationMs = duration;
    }
  });

  it('recognises a copy already finished when Retry is pressed, by its name being free before the first attempt', async () => {
    resetEmulator();
    reportedBackups.clear();
    const { settings } = testEmulator.engine;
    const duration = settings.backupDurationMs;
    settings.backupDurationMs = 0;
    try {
      for (const [name, takenBefore, recognised] of [
        ['finished-copy', false, true],
        ['baseline-test-data', true, false],
      ] as const) {
        testEmulator.engine.setFaults([
          { kind: 'http-500', afterProcessing: true, action: 'CopySnapshot', times: 1 },
          { kind: 'drop', action: 'DescribeSnapshots', times: 1 },
        ]);
        const submission = newSubmission(() => takenBefore);
        const request = copySnapshotRequest(name === 'baseline-test-data' ? 'finished-copy' : 'baseline-test-data', name);
        await expect(sendOnce(request, submission)).rejects.toBeDefined();
        const retry = sendOnce(request, submission);
        await (recognised ? expect(retry).resolves.toBeUndefined() : expect(retry).rejects.toBeDefined());
      }
    } finally {
      settings.backupDurationMs = duration;
    }
  });

  it('after a lost answer whose look-up failed too, the Retry’s “already exists” is recognised as this copy', async () => {
    resetEmulator();
    reportedBackups.clear();
    testEmulator.engine.setFaults([
      { kind: 'http-500', afterProcessing: true, action: 'CopySnapshot', times: 1 },
      { kind: 'drop', action: 'DescribeSnapshots', times: 1 },
    ]);
    const submission = newSubmission();
    const request = copySnapshotRequest('baseline-test-data', 'looked-up-later');
    await expect(sendOnce(request, submission)).rejects.toBeDefined();
    await expect(sendOnce(request, submission)).resolves.toBeUndefined();
    expect(testEmulator.engine.db.snapshots.has('looked-up-later')).toBe(true);
  });
});
