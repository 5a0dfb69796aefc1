import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_NAME_MAX_LENGTH, snapshotNameSchema } from './snapshot-name';
import { suggestName } from './suggest-backup-name';

describe('suggestName', () => {
  it('keeps the whole date of an automatic backup and shortens the front', () => {
    const name = suggestName('automatic.myclusteredredis-2026-11-25-16-04', 'copy', SNAPSHOT_NAME_MAX_LENGTH);
    expect(name).toMatch(/-2026-11-25-16-04-copy$/);
    expect(name).toMatch(/^automatic-mycluste/);
    expect(snapshotNameSchema.safeParse(name).success).toBe(true);
  });

  it('leaves a short name whole', () => {
    expect(suggestName('myRedis', 'copy', 40)).toBe('myredis-copy');
    expect(suggestName('baseline-test-data', 'copy', 40)).toBe('baseline-test-data-copy');
  });

  it('always makes a valid name of at most the length allowed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('copy', 'restored'), (base, suffix) => {
        const name = suggestName(base, suffix, SNAPSHOT_NAME_MAX_LENGTH);
        expect(name.length).toBeLessThanOrEqual(SNAPSHOT_NAME_MAX_LENGTH);
        expect(snapshotNameSchema.safeParse(name).success, name).toBe(true);
      }),
    );
  });
});
