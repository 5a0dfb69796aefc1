import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identifierProblems } from './aws-identifier';
import { snapshotNameSchema } from './snapshot-name';
import { suggestBackupName } from './suggest-backup-name';

/** The seed's four rules as one regular expression, written independently of the code. */
const REFERENCE = /^(?!.*--)[A-Za-z][A-Za-z0-9-]{0,39}(?<!-)$/;

const messages = (value: string) => identifierProblems(value, 40);

describe('Backup Name rules', () => {
  it.each([
    ['bkup-20150515', []],
    ['a', []],
    ['A'.repeat(40), []],
    ['', ['Must contain 1 to 40 characters.']],
    ['a'.repeat(41), ['Must contain 1 to 40 characters (this has 41).']],
    ['1backup', ['Must begin with a letter.']],
    ['-backup', ['Must begin with a letter.']],
    ['my--backup', ["Can't contain two consecutive hyphens."]],
    ['backup-', ["Can't end with a hyphen."]],
    ['my_backup', ['Can only contain ASCII letters, digits and hyphens (not “_”).']],
    ['my backup', ['Can only contain ASCII letters, digits and hyphens (not spaces).']],
    ['café', ['Can only contain ASCII letters, digits and hyphens (not “é”).']],
    ['<script>', ['Can only contain ASCII letters, digits and hyphens (not “<”, “>”).', 'Must begin with a letter.']],
    [
      '9--x-',
      ['Must begin with a letter.', "Can't contain two consecutive hyphens.", "Can't end with a hyphen."],
    ],
  ])('%j breaks %j', (value, expected) => {
    expect(messages(value)).toEqual(expected);
  });

  it('agrees with the reference pattern on any string', () => {
    const nameLike = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '9', '-', '_', ' ', 'é', '٣'), maxLength: 45 });
    fc.assert(
      fc.property(fc.oneof(nameLike, fc.string({ maxLength: 45 })), (value) => {
        const valid = REFERENCE.test(value);
        expect(messages(value).length === 0).toBe(valid);
        expect(snapshotNameSchema.safeParse(value).success).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives at least one message for every invalid string, each one rule', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (value) => {
        if (!REFERENCE.test(value)) expect(messages(value).length).toBeGreaterThan(0);
        expect(new Set(messages(value)).size).toBe(messages(value).length);
      }),
    );
  });
});

describe('suggestBackupName', () => {
  it('names the cluster and the UTC date and time', () => {
    expect(suggestBackupName('myReplicatedRedis', new Date('2026-11-25T14:32:09Z'))).toBe(
      'myreplicatedredis-20261125-1432',
    );
  });

  it('numbers a name already taken, and keeps a label however long the cluster id', () => {
    const at = new Date('2026-11-25T14:32:09Z');
    const taken = new Set(['myredis-20261125-1432', 'myredis-20261125-1432-2']);
    expect(suggestBackupName('myRedis', at, { isTaken: (name) => taken.has(name) })).toBe('myredis-20261125-1432-3');
    const long = 'a'.repeat(40);
    expect(suggestBackupName(long, at, { label: 'final' })).toBe(`${'a'.repeat(20)}-final-20261125-1432`);
    expect(suggestBackupName(long, at, { label: 'final' })).not.toBe(suggestBackupName(long, at));
  });

  it('is always a valid Backup Name, whatever the cluster id', () => {
    const clusterId = fc.string({ unit: fc.constantFrom('a', 'b', '0', '-'), minLength: 1, maxLength: 50 });
    fc.assert(
      fc.property(clusterId, fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (id, at) => {
        expect(suggestBackupName(id, at)).toMatch(REFERENCE);
        expect(suggestBackupName(id, at, { label: 'final', isTaken: () => true })).toMatch(REFERENCE);
      }),
    );
  });
});
