// @vitest-environment node
import { CreateCacheClusterCommand, DescribeCacheClustersCommand } from '@aws-sdk/client-elasticache';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createConsoleClient } from '../api/elasticache-sdk';
import { listAll } from '../api/list-all';
import { startMoto } from './moto-server';

/**
 * The console's own client (src/api/elasticache-sdk.ts: its pages read ahead) against moto_server,
 * which picks the service and region from each request's signature: a page read ahead unsigned
 * reached moto's S3, whose answer read as an empty last page (20 of 25 clusters listed).
 */
let moto: Awaited<ReturnType<typeof startMoto>> | undefined;
beforeAll(async () => {
  moto = await startMoto();
});
afterAll(() => moto?.process.kill());

it('lists every page of a listing read ahead', async () => {
  const client = createConsoleClient({ endpoint: moto?.endpoint ?? '', region: 'us-east-1' });
  for (let i = 0; i < 25; i++) {
    await client.send(new CreateCacheClusterCommand({ CacheClusterId: `paged-${i}`, Engine: 'redis', CacheNodeType: 'cache.t3.micro', NumCacheNodes: 1 }));
  }
  // 20 a page, the service’s least: two pages, the second and third read ahead.
  const clusters = await listAll(async (Marker) => {
    const out = await client.send(new DescribeCacheClustersCommand({ Marker, MaxRecords: 20 }));
    return { items: out.CacheClusters, marker: out.Marker };
  });
  expect(clusters.map((c) => c.CacheClusterId).sort()).toEqual(Array.from({ length: 25 }, (_, i) => `paged-${i}`).sort());
});
