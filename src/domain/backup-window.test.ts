import { describe, expect, it } from 'vitest';
import { retentionProblem, snapshotWindowProblem } from './backup-window';

describe('automatic backup settings', () => {
  it.each([
    ['05:00-06:00', 'sun:07:00-sun:08:00', undefined],
    ['23:30-00:30', 'wed:07:30-wed:08:30', undefined],
    ['5:00-06:00', 'sun:07:00-sun:08:00', 'Invalid SnapshotWindow: 5:00-06:00. The format is hh24:mi-hh24:mi.'],
    ['05:00-05:59', 'sun:07:00-sun:08:00', 'The snapshot window must be at least 60 minutes: 05:00-05:59.'],
    ['07:00-08:30', 'wed:07:30-wed:08:30', 'The snapshot window 07:00-08:30 overlaps the maintenance window wed:07:30-wed:08:30.'],
    ['23:30-00:30', 'sun:00:00-sun:01:00', 'The snapshot window 23:30-00:30 overlaps the maintenance window sun:00:00-sun:01:00.'],
    ['08:30-09:30', 'wed:07:30-wed:08:30', undefined],
  ])('%s with maintenance %s', (window, maintenance, problem) => {
    expect(snapshotWindowProblem(window, maintenance)).toBe(problem);
  });

  it('keeps retention within 0 to 35 days', () => {
    expect(retentionProblem(0)).toBeUndefined();
    expect(retentionProblem(35)).toBeUndefined();
    expect(retentionProblem(36)).toBe('SnapshotRetentionLimit must be between 0 and 35; got 36.');
  });
});
