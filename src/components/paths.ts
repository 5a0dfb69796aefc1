/**
 * The console's URLs, built in one place: a screen's address changes here and every
 * link, redirect and notification follows. Names are encoded; parse them with `decodeSegment`.
 */
const segment = (value: string) => encodeURIComponent(value);

export const paths = {
  redisClusters: () => '/redis',
  backups: () => '/backups',
  /** The Backups screen filtered to one cluster's backups. */
  backupsOf: (clusterId: string) => `/backups?cluster=${segment(clusterId)}`,
  backup: (name: string) => `/backups/${segment(name)}`,
};

export const decodeSegment = (value: string) => decodeURIComponent(value);
