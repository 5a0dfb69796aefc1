import { SNAPSHOT_NAME_MAX_LENGTH } from './snapshot-name';

/**
 * A valid identifier made of `base` (cleaned, shortened to fit) and `suffix`, which is
 * itself valid after a hyphen: `suggestName('myRedis', 'copy', 40)` is `myredis-copy`.
 * Other characters become hyphens, and a trailing date or time (`-2026-11-25-16-04`) is
 * kept whole: the front is shortened, so the name never reads as another date.
 */
export function suggestName(base: string, suffix: string, max: number): string {
  const room = max - suffix.length - 1;
  const cleaned = base
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
  const stamp = /(-\d+)+$/.exec(cleaned)?.[0] ?? '';
  const front = cleaned.slice(0, cleaned.length - stamp.length);
  const fitted =
    cleaned.length <= room
      ? cleaned
      : stamp.length < room - 1
        ? `${front.slice(0, room - stamp.length).replace(/-+$/, '')}${stamp}`
        : cleaned.slice(0, room).replace(/-+$/, '');
  return `${fitted || 'backup'}-${suffix}`;
}

/**
 * A valid Backup Name naming the cluster and the date and time (the seed recommends both),
 * e.g. `myreplicatedredis-20261125-1432`, or with a label before the date
 * (`myreplicatedredis-final-20261125-1432`), kept however long the cluster id. A name
 * `isTaken` says exists gets a number (`…-1432-2`): two backups a minute apart differ.
 */
export function suggestBackupName(clusterId: string, at: Date, options: { label?: string; isTaken?: (name: string) => boolean } = {}): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${options.label ? `${options.label}-` : ''}${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}-${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}`;
  return firstFree((n) => suggestName(clusterId, n === 1 ? stamp : `${stamp}-${n}`, SNAPSHOT_NAME_MAX_LENGTH), options.isTaken);
}

/** The first of `named(1)`, `named(2)`… not known taken: a suggestion the service won't refuse as existing. */
export function firstFree(named: (n: number) => string, isTaken?: (name: string) => boolean): string {
  let n = 1;
  while (n < 100 && isTaken?.(named(n))) n++;
  return named(n);
}
