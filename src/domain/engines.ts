/**
 * The cache engines, the versions the service offers and their parameter group families
 * (the AWS CLI's describe-cache-engine-versions example, the ElastiCache engine version
 * pages). One home: the emulator and the console both read it.
 */
export const ENGINES = ['redis', 'valkey', 'memcached'] as const;
export type CacheEngine = (typeof ENGINES)[number];

export const ENGINE_VERSIONS: Record<CacheEngine, readonly string[]> = {
  redis: [
    '2.6.13', '2.8.6', '2.8.19', '2.8.21', '2.8.22', '2.8.23', '2.8.24', '3.2.4', '3.2.6', '3.2.10',
    '4.0.10', '5.0.0', '5.0.3', '5.0.4', '5.0.5', '5.0.6', '6.0', '6.2', '7.0', '7.1',
  ],
  valkey: ['7.2', '8.0', '8.1'],
  memcached: ['1.4.5', '1.4.14', '1.4.24', '1.4.33', '1.4.34', '1.5.10', '1.5.16', '1.6.6', '1.6.12', '1.6.17', '1.6.22'],
};

/** What a create call gets without EngineVersion: the newest the service offers. */
export const DEFAULT_ENGINE_VERSION: Record<CacheEngine, string> = { redis: '7.1', valkey: '8.0', memcached: '1.6.22' };

/** Engines whose clusters can be backed up and replicated (Redis OSS and Valkey). */
export function isReplicatingEngine(engine: string): boolean {
  return engine === 'redis' || engine === 'valkey';
}

export function isEngine(value: string): value is CacheEngine {
  return (ENGINES as readonly string[]).includes(value);
}

export function isOfferedVersion(engine: CacheEngine, version: string): boolean {
  return ENGINE_VERSIONS[engine].includes(version);
}

/**
 * A version's parameter group family: redis3.2, redis6.x, redis7, valkey7, valkey8,
 * memcached1.6 (the service's families; 6.0 and 6.2 share redis6.x, 7.x are redis7).
 */
export function parameterGroupFamily(engine: CacheEngine, version: string): string {
  const [major = '0', minor = '0'] = version.split('.');
  if (engine === 'valkey' || (engine === 'redis' && Number(major) >= 7)) return `${engine}${major}`;
  if (engine === 'redis' && major === '6') return 'redis6.x';
  return `${engine}${major}.${minor}`;
}

/** The service's default parameter groups for a family: `default.<family>`, and `.cluster.on` for cluster mode. */
export function defaultParameterGroups(family: string): string[] {
  const plain = `default.${family}`;
  return family.startsWith('memcached') ? [plain] : [plain, `${plain}.cluster.on`];
}

export function defaultParameterGroup(engine: CacheEngine, version: string, clusterOn: boolean): string {
  const family = parameterGroupFamily(engine, version);
  return `default.${family}${clusterOn ? '.cluster.on' : ''}`;
}

/** Every default parameter group of every version offered: the ones an account has. */
export function allDefaultParameterGroups(): Map<string, string> {
  const byName = new Map<string, string>();
  for (const engine of ENGINES) {
    for (const version of ENGINE_VERSIONS[engine]) {
      const family = parameterGroupFamily(engine, version);
      for (const name of defaultParameterGroups(family)) byName.set(name, family);
    }
  }
  return byName;
}

/** The engines as today's console names them (its navigation pane and Engine column). */
export const ENGINE_LABELS: Record<CacheEngine, string> = { valkey: 'Valkey', redis: 'Redis OSS', memcached: 'Memcached' };

export function engineLabel(engine: string): string {
  return isEngine(engine) ? ENGINE_LABELS[engine] : engine;
}

/** Memcached has no cluster mode, shards, replicas (so no auto-failover) nor backups: its pages show none of them. */
export const isMemcached = (engine: string): boolean => engine === 'memcached';
