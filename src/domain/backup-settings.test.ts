import { describe, expect, it } from 'vitest';
import { backupSettingsDefaults, backupSettingsSchema, windowOf, type BackupSettingsValues } from './backup-settings';

const MAINTENANCE = 'sat:03:30-sat:04:30';
const base: BackupSettingsValues = { enabled: true, retentionDays: '7', windowChoice: 'custom', startTime: '15:00', durationHours: '1', applyImmediately: true };

/** The first message per field, as the dialog shows them. */
function problems(values: Partial<BackupSettingsValues>): Record<string, string> {
  const result = backupSettingsSchema(MAINTENANCE).safeParse({ ...base, ...values });
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
}

describe('the backup settings form', () => {
  it.each<[string, Partial<BackupSettingsValues>, Record<string, string>]>([
    ['a window after the maintenance window', {}, {}],
    ['no preference', { windowChoice: 'none', startTime: 'x' }, {}],
    ['backups off ignores everything else', { enabled: false, retentionDays: '99', startTime: 'x' }, {}],
    ['35 days', { retentionDays: '35' }, {}],
    ['36 days', { retentionDays: '36' }, { retentionDays: 'Backup retention period can be at most 35 days.' }],
    ['0 days', { retentionDays: '0' }, { retentionDays: 'Backup retention period must be at least 1 day: turn automatic backups off instead.' }],
    ['not a number', { retentionDays: '1.5' }, { retentionDays: 'Enter a whole number of days.' }],
    ['a start time out of format', { startTime: '5:00' }, { startTime: 'Invalid start time: 5:00. The format is hh24:mi.' }],
    ['no duration', { durationHours: '0' }, { durationHours: 'The duration must be a whole number of hours from 1 to 23.' }],
    [
      'meeting the maintenance window',
      { startTime: '03:00' },
      { startTime: 'The snapshot window 03:00-04:00 overlaps the maintenance window sat:03:30-sat:04:30.' },
    ],
  ])('%s', (_case, values, expected) => {
    expect(problems(values)).toEqual(expected);
  });

  it('makes the window from start and duration, past midnight too', () => {
    expect(windowOf({ startTime: '23:30', durationHours: '2' })).toBe('23:30-01:30');
    expect(windowOf({ startTime: '23:30', durationHours: '24' })).toBeUndefined();
  });

  it('starts from the cache’s settings', () => {
    expect(backupSettingsDefaults({ retentionDays: 5, window: '08:30-10:30' })).toMatchObject({ enabled: true, retentionDays: '5', windowChoice: 'custom', startTime: '08:30', durationHours: '2' });
    expect(backupSettingsDefaults({ retentionDays: 0 })).toMatchObject({ enabled: false, retentionDays: '1', windowChoice: 'none' });
  });
});
