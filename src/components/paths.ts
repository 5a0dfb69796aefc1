import { ENGINES, type CacheEngine } from '../domain/engines';

/**
 * The console's URLs, built in one place: a screen's address changes here and every
 * link, redirect and notification follows. Names are encoded; parse them with `decodeSegment`.
 */
const segment = (value: string) => encodeURIComponent(value);

const CACHES: Record<CacheEngine, string> = { valkey: '/valkey-caches', redis: '/redis-oss-caches', memcached: '/memcached-caches' };

export const paths = {
  /** One engine's caches list (today's console has one per engine). */
  caches: (engine: CacheEngine) => CACHES[engine],
  backups: () => '/backups',
  /** The Backups screen filtered to one cluster's backups. */
  backupsOf: (clusterId: string) => `/backups?cluster=${segment(clusterId)}`,
  backup: (name: string) => `/backups/${segment(name)}`,
};

/** The seed era's address of the Redis screen: still opens (redirects to) the Redis OSS caches. */
export const LEGACY_REDIS_PATH = '/redis';

/** Which engine's caches list a path is, if any. */
export function cachesEngineOf(pathname: string): CacheEngine | undefined {
  const path = pathname.replace(/\/+$/, '');
  if (path === LEGACY_REDIS_PATH) return 'redis';
  return ENGINES.find((engine) => CACHES[engine] === path);
}

export const decodeSegment = (value: string) => decodeURIComponent(value);
