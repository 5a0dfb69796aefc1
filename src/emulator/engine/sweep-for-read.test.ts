import { describe, expect, it, vi } from 'vitest';
import { createEngine } from './engine';

const clusters = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'single' as const, id: `c-${i}`, nodeType: 'cache.t3.micro', engineVersion: '7.1' }));

function setup(n: number) {
  let now = Date.UTC(2026, 0, 1);
  const engine = createEngine({ now: () => now, deleteDurationMs: 3_000, dataset: { clusters: clusters(n), snapshots: [] } });
  const call = (body: string) => engine.handle({ method: 'POST', url: 'http://localhost/', body: `Version=2015-02-02&${body}` }).body;
  const listed = () => [...call('Action=DescribeCacheClusters&MaxRecords=100').matchAll(/<CacheClusterId>([^<]+)</g)].map((m) => m[1]);
  return { engine, call, listed, advance: (ms: number) => (now += ms) };
}

// Issue 17: reading every page of 5,000 clusters walked all 5,000 on each page to drop deleted ones.
describe('reads drop what is gone only when something is due', () => {
  it('a deleted cluster is listed while deleting and gone once its deletion is over, read after read', () => {
    const { call, listed, advance } = setup(3);
    call('Action=DeleteCacheCluster&CacheClusterId=c-1');
    expect(listed()).toEqual(['c-0', 'c-1', 'c-2']);
    advance(2_999);
    expect(listed()).toEqual(['c-0', 'c-1', 'c-2']);
    advance(1);
    expect(listed()).toEqual(['c-0', 'c-2']);
  });

  it('reads between deadlines do not walk every cluster', () => {
    const { engine, call, advance } = setup(500);
    call('Action=DeleteCacheCluster&CacheClusterId=c-1');
    const walks = vi.spyOn(engine.db.clusters, Symbol.iterator);
    let marker: string | undefined;
    do {
      const page = call(`Action=DescribeCacheClusters&MaxRecords=20${marker ? `&Marker=${encodeURIComponent(marker)}` : ''}`);
      marker = /<Marker>([^<]+)</.exec(page)?.[1];
      advance(10);
    } while (marker);
    // 25 pages: one full sweep, then none until c-1's deletion ends (3 s later).
    expect(walks.mock.calls.length).toBeLessThanOrEqual(1);
  });
});
