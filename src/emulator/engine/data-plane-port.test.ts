// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Db } from './records';
import { createEngine } from './engine';

/**
 * The engine with a data plane attached (no servers here: the port is a stub). A cache
 * and a backup stay `creating` until the data plane reports; the server cap is a fault.
 */
const seen: Db[] = [];
const engine = createEngine({
  dataset: {},
  backupDurationMs: 0,
  createDurationMs: 0,
  dataPlane: { maxNodes: 3, reconcile: (db) => seen.push(db) },
});
const call = (action: string, params: Record<string, string>) =>
  engine.handle({ method: 'POST', url: '/', body: new URLSearchParams({ Action: action, Version: '2015-02-02', ...params }).toString() }).body;
const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
const describeCache = () => call('DescribeCacheClusters', { CacheClusterId: 'c1', ShowCacheNodeInfo: 'true' });
const describeBackup = () => call('DescribeSnapshots', { SnapshotName: 'b1' });

describe('the engine with a data plane', () => {
  it('keeps a new cache creating until its server runs, then shows the server as its endpoint', () => {
    call('CreateCacheCluster', { CacheClusterId: 'c1', CacheNodeType: 'cache.t3.small', Engine: 'redis' });
    expect(seen.at(-1)?.clusters.has('c1')).toBe(true);
    expect(tag(describeCache(), 'CacheClusterStatus')).toBe('creating');
    engine.recordData({ kind: 'nodes-ready', nodes: [{ id: 'c1', endpoint: { address: '127.0.0.1', port: 7101 } }] });
    const xml = describeCache();
    expect(tag(xml, 'CacheClusterStatus')).toBe('available');
    expect(tag(xml, 'Address')).toBe('127.0.0.1');
    expect(tag(xml, 'Port')).toBe('7101');
  });

  it('keeps a backup creating (its node snapshotting) until its files are complete, then shows their real size', () => {
    call('CreateSnapshot', { CacheClusterId: 'c1', SnapshotName: 'b1' });
    expect(tag(describeBackup(), 'SnapshotStatus')).toBe('creating');
    expect(tag(describeCache(), 'CacheClusterStatus')).toBe('snapshotting');
    engine.recordData({ kind: 'snapshot-ready', name: 'b1', sizesMb: [12.34] });
    expect(tag(describeBackup(), 'SnapshotStatus')).toBe('available');
    expect(tag(describeBackup(), 'CacheSize')).toBe('12.34 MB');
  });

  it('shows a backup whose files could not be made as failed', () => {
    call('CreateSnapshot', { CacheClusterId: 'c1', SnapshotName: 'b2' });
    engine.recordData({ kind: 'snapshot-failed', name: 'b2' });
    expect(tag(call('DescribeSnapshots', { SnapshotName: 'b2' }), 'SnapshotStatus')).toBe('failed');
  });

  it('refuses nodes beyond the server cap with NodeQuotaForCustomerExceeded', () => {
    const group = { ReplicationGroupDescription: 'g', NumCacheClusters: '3', CacheNodeType: 'cache.t3.small', Engine: 'redis' };
    const refused = call('CreateReplicationGroup', { ReplicationGroupId: 'g1', ...group });
    expect(tag(refused, 'Code')).toBe('NodeQuotaForCustomerExceeded');
    expect(engine.db.groups.has('g1')).toBe(false);
    call('CreateCacheCluster', { CacheClusterId: 'c2', CacheNodeType: 'cache.t3.small', Engine: 'redis' });
    expect(engine.db.clusters.has('c2')).toBe(true);
  });
});
