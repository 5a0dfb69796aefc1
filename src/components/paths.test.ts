import { describe, expect, it } from 'vitest';
import { cachePageOf, cachesEngineOf, decodeSegment, paths } from './paths';

describe('console paths', () => {
  it('encodes names, and decodes them back', () => {
    expect(paths.backup('a b/c')).toBe('/backups/a%20b%2Fc');
    expect(decodeSegment('a%20b%2Fc')).toBe('a b/c');
    expect(paths.backupsOf('my&cluster')).toBe('/backups?cluster=my%26cluster');
  });

  it('builds and reads the caches lists and a cache page; the seed-era /redis is the Redis OSS list', () => {
    expect(paths.caches('valkey')).toBe('/valkey-caches');
    expect(cachesEngineOf('/redis')).toBe('redis');
    expect(cachesEngineOf('/redis-oss-caches/')).toBe('redis');
    expect(cachesEngineOf('/backups')).toBeUndefined();
    expect(paths.cache('memcached', 'my cache')).toBe('/memcached-caches/my%20cache');
    expect(cachePageOf('/memcached-caches/my%20cache')).toEqual({ engine: 'memcached', id: 'my cache' });
    expect(cachePageOf('/redis-oss-caches')).toBeUndefined();
    expect(cachePageOf('/backups/x')).toBeUndefined();
  });
});
