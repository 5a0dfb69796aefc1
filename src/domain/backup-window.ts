/**
 * The automatic backup settings' rules, shared by the emulator and (later) the console's
 * dialog. Sources: botocore's model (SnapshotWindow `hh24:mi-hh24:mi`, SnapshotRetentionLimit)
 * and the AWS docs "Scheduling automatic backups": retention 0 (off) to 35 days, a window of
 * at least 60 minutes that must not overlap the weekly maintenance window. The service's
 * exact wording for the window faults is not published; these messages name the rule.
 */
export const MAX_RETENTION_DAYS = 35;
export const MIN_WINDOW_MINUTES = 60;

const TIME = '([01]\\d|2[0-3]):([0-5]\\d)';
const DAILY = new RegExp(`^${TIME}-${TIME}$`);
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const WEEKLY = new RegExp(`^(${DAYS.join('|')}):${TIME}-(${DAYS.join('|')}):${TIME}$`, 'i');
const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;

/** A daily window in minutes after midnight UTC; `end` may pass midnight (23:30-00:30). */
export interface DailyWindow {
  start: number;
  minutes: number;
}

export function retentionProblem(days: number): string | undefined {
  if (days < 0 || days > MAX_RETENTION_DAYS) return `SnapshotRetentionLimit must be between 0 and ${MAX_RETENTION_DAYS}; got ${days}.`;
  return undefined;
}

export function parseDailyWindow(text: string): DailyWindow | undefined {
  const m = DAILY.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]) * 60 + Number(m[2]);
  const end = Number(m[3]) * 60 + Number(m[4]);
  return { start, minutes: (end - start + DAY_MINUTES) % DAY_MINUTES };
}

/** A weekly window as [start, end) minutes after Sunday 00:00 UTC; end may pass the week's end. */
function parseWeeklyWindow(text: string): { start: number; minutes: number } | undefined {
  const m = WEEKLY.exec(text);
  if (!m) return undefined;
  const at = (day: string, h: string, mi: string) =>
    DAYS.indexOf(day.toLowerCase() as (typeof DAYS)[number]) * DAY_MINUTES + Number(h) * 60 + Number(mi);
  const start = at(m[1] ?? '', m[2] ?? '', m[3] ?? '');
  const end = at(m[4] ?? '', m[5] ?? '', m[6] ?? '');
  return { start, minutes: (end - start + WEEK_MINUTES) % WEEK_MINUTES };
}

/** Whether a daily window, on any day, meets the weekly maintenance window. */
function overlapsMaintenance(daily: DailyWindow, maintenance: string): boolean {
  const weekly = parseWeeklyWindow(maintenance);
  if (!weekly) return false;
  // Intervals on a circular week meet if they meet with either shifted by a week.
  for (let day = 0; day < 7; day++) {
    const s = day * DAY_MINUTES + daily.start;
    for (const shift of [-WEEK_MINUTES, 0, WEEK_MINUTES]) {
      const ws = weekly.start + shift;
      if (s < ws + weekly.minutes && ws < s + daily.minutes) return true;
    }
  }
  return false;
}

/** The first rule a SnapshotWindow breaks, given the maintenance window it will live with. */
export function snapshotWindowProblem(text: string, maintenanceWindow: string): string | undefined {
  const daily = parseDailyWindow(text);
  if (!daily) return `Invalid SnapshotWindow: ${text}. The format is hh24:mi-hh24:mi.`;
  if (daily.minutes < MIN_WINDOW_MINUTES) return `The snapshot window must be at least ${MIN_WINDOW_MINUTES} minutes: ${text}.`;
  if (overlapsMaintenance(daily, maintenanceWindow)) {
    return `The snapshot window ${text} overlaps the maintenance window ${maintenanceWindow}.`;
  }
  return undefined;
}
