import { describe, expect, it } from 'vitest';
import { backupTarget, defaultBackupNode, needsNodeChoice } from './backup-target';
import { backupBlocker } from './cache-actions';
import { toRedisClusters } from './cluster';

const rows = toRedisClusters(
  [
    { CacheClusterId: 'solo', Engine: 'redis', EngineVersion: '7.1', CacheNodeType: 'cache.m5.large', CacheClusterStatus: 'available' },
    { CacheClusterId: 'old', Engine: 'redis', CacheNodeType: 'cache.t1.micro', CacheClusterStatus: 'available' },
    { CacheClusterId: 'mc', Engine: 'memcached', CacheClusterStatus: 'available' },
    { CacheClusterId: 'rep-001', Engine: 'redis', EngineVersion: '6.2', ReplicationGroupId: 'rep' },
    { CacheClusterId: 'rep-002', Engine: 'redis', ReplicationGroupId: 'rep' },
    { CacheClusterId: 'cl-0001-001', Engine: 'redis', EngineVersion: '7.0', ReplicationGroupId: 'cl' },
  ],
  [
    {
      ReplicationGroupId: 'rep',
      Status: 'available',
      ClusterEnabled: false,
      CacheNodeType: 'cache.r6g.large',
      MemberClusters: ['rep-001', 'rep-002'],
      NodeGroups: [{ NodeGroupId: '0001', NodeGroupMembers: [{ CacheClusterId: 'rep-001', CurrentRole: 'primary' }, { CacheClusterId: 'rep-002', CurrentRole: 'replica' }] }],
    },
    { ReplicationGroupId: 'cl', Status: 'snapshotting', ClusterEnabled: true, MemberClusters: ['cl-0001-001'], NodeGroups: [{ NodeGroupId: '0001' }, { NodeGroupId: '0002' }] },
  ],
);
const row = (id: string) => rows.find((r) => r.id === id)!;

describe('clusters as the Redis screen shows them', () => {
  it('has one row per standalone Redis cluster and per replication group, without Memcached', () => {
    expect(rows.map((r) => [r.id, r.kind, r.shards, r.nodes.length, r.engineVersion])).toEqual([
      ['cl', 'clustered', 2, 1, '7.0'],
      ['old', 'single', 1, 1, undefined],
      ['rep', 'replicated', 1, 2, '6.2'],
      ['solo', 'single', 1, 1, '7.1'],
    ]);
    expect(row('rep').nodeType).toBe('cache.r6g.large');
  });

  it('backs up a cluster by its id, a replicated one from a replica, a cluster-mode-enabled one whole', () => {
    expect(backupTarget(row('solo'))).toEqual({ CacheClusterId: 'solo' });
    expect(needsNodeChoice(row('rep'))).toBe(true);
    expect(defaultBackupNode(row('rep'))).toBe('rep-002');
    expect(backupTarget(row('rep'))).toEqual({ CacheClusterId: 'rep-002' });
    expect(backupTarget(row('rep'), 'rep-001')).toEqual({ CacheClusterId: 'rep-001' });
    expect(backupTarget(row('cl'))).toEqual({ ReplicationGroupId: 'cl' });
  });

  it('says why a cluster cannot be backed up', () => {
    expect(backupBlocker(row('solo'))).toBeNull();
    expect(backupBlocker(row('old'))).toMatch(/cache\.t1\.micro/);
    expect(backupBlocker(row('cl'))).toMatch(/cl is snapshotting/);
  });
});
