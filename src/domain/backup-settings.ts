import { MAX_RETENTION_DAYS, parseDailyWindow, retentionProblem, snapshotWindowProblem } from './backup-window';
import { z } from './zod';

/**
 * The Edit backup settings form (AWS console: "Enable automatic backups", "Backup retention
 * period" 1–35 days, "Backup window": no preference, or a start time and a duration in hours),
 * checked with the service's rules of backup-window.ts. Numbers stay text while typed.
 */
export const backupSettingsShape = z.object({
  enabled: z.boolean(),
  retentionDays: z.string(),
  windowChoice: z.enum(['none', 'custom']),
  /** hh24:mi, UTC. */
  startTime: z.string(),
  durationHours: z.string(),
  applyImmediately: z.boolean(),
});
export type BackupSettingsValues = z.infer<typeof backupSettingsShape>;

export const RETENTION_CONSTRAINT = `1 to ${MAX_RETENTION_DAYS} days.`;
export const START_CONSTRAINT = 'UTC, in the format hh:mm (24-hour clock).';
export const DURATION_CONSTRAINT = 'Whole hours, 1 to 23.';

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
const pad = (n: number) => String(n).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

/** The SnapshotWindow the start time and duration make (`05:00-06:00`), if they make one. */
export function windowOf(values: Pick<BackupSettingsValues, 'startTime' | 'durationHours'>): string | undefined {
  const start = parseDailyWindow(`${values.startTime.trim()}-00:00`);
  const hours = wholeNumber(values.durationHours);
  if (!start || !(hours >= 1 && hours <= 23)) return undefined;
  return `${clock(start.start)}-${clock(start.start + hours * 60)}`;
}

/** The form's values from the cache's current settings (a window of whole hours, else 1 hour). */
export function backupSettingsDefaults(current: { retentionDays: number; window?: string }): BackupSettingsValues {
  const daily = current.window ? parseDailyWindow(current.window) : undefined;
  const hours = daily && daily.minutes % 60 === 0 && daily.minutes > 0 ? daily.minutes / 60 : 1;
  return {
    enabled: current.retentionDays > 0,
    retentionDays: String(current.retentionDays > 0 ? current.retentionDays : 1),
    windowChoice: daily ? 'custom' : 'none',
    startTime: daily ? clock(daily.start) : '05:00',
    durationHours: String(hours),
    applyImmediately: true,
  };
}

/** The schema for a cache whose weekly maintenance window is `maintenanceWindow` (may be unknown). */
export function backupSettingsSchema(maintenanceWindow: string | undefined) {
  return backupSettingsShape.superRefine((v, ctx) => {
    if (!v.enabled) return;
    const days = wholeNumber(v.retentionDays);
    const retentionWhy = Number.isNaN(days) ? 'Enter a whole number of days.' : days < 1 ? 'Backup retention period must be at least 1 day: turn automatic backups off instead.' : retentionProblem(days) ? `Backup retention period can be at most ${MAX_RETENTION_DAYS} days.` : undefined;
    if (retentionWhy) ctx.addIssue({ code: 'custom', path: ['retentionDays'], message: retentionWhy });
    if (v.windowChoice === 'none') return;
    if (!parseDailyWindow(`${v.startTime.trim()}-00:00`)) {
      ctx.addIssue({ code: 'custom', path: ['startTime'], message: `Invalid start time: ${v.startTime}. The format is hh24:mi.` });
      return;
    }
    const window = windowOf(v);
    if (!window) {
      ctx.addIssue({ code: 'custom', path: ['durationHours'], message: 'The duration must be a whole number of hours from 1 to 23.' });
      return;
    }
    const windowWhy = snapshotWindowProblem(window, maintenanceWindow ?? '');
    if (windowWhy) ctx.addIssue({ code: 'custom', path: ['startTime'], message: windowWhy });
  });
}

/** What the request carries: SnapshotRetentionLimit (0 turns backups off) and SnapshotWindow, if chosen. */
export function backupSettingsParams(v: BackupSettingsValues): { retentionLimit: number; window: string | undefined; applyImmediately: boolean } {
  const days = wholeNumber(v.retentionDays);
  const retentionLimit = v.enabled ? (Number.isNaN(days) ? 0 : days) : 0;
  const window = v.enabled && v.windowChoice === 'custom' ? windowOf(v) : undefined;
  return { retentionLimit, window, applyImmediately: v.applyImmediately };
}
