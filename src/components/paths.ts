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
  /** One cache's own page (ids of clusters and groups share one namespace). */
  cache: (engine: CacheEngine, id: string) => `${CACHES[engine]}/${segment(id)}`,
  backups: () => '/backups',
  /** The Backups screen filtered to one cluster's backups. */
  backupsOf: (clusterId: string) => `/backups?cluster=${segment(clusterId)}`,
  backup: (name: string) => `/backups/${segment(name)}`,
  events: () => '/events',
};

/** The seed era's address of the Redis screen: still opens (redirects to) the Redis OSS caches. */
export const LEGACY_REDIS_PATH = '/redis';

/** Which engine's caches list a path is, if any. */
export function cachesEngineOf(pathname: string): CacheEngine | undefined {
  const path = pathname.replace(/\/+$/, '');
  if (path === LEGACY_REDIS_PATH) return 'redis';
  return ENGINES.find((engine) => CACHES[engine] === path);
}

/** The engine and id of a cache's page, if the path is one. */
export function cachePageOf(pathname: string): { engine: CacheEngine; id: string } | undefined {
  const [, list, id, ...rest] = pathname.split('/');
  const engine = ENGINES.find((e) => CACHES[e] === `/${list ?? ''}`);
  return engine && id && rest.length === 0 ? { engine, id: decodeURIComponent(id) } : undefined;
}

export const decodeSegment = (value: string) => decodeURIComponent(value);
