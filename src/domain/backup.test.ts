import { describe, expect, it } from 'vitest';
import { byCreatedDesc, formatSize, parseCacheSize, toBackup } from './backup';

describe('toBackup', () => {
  it('reads a cluster mode enabled backup: group name, shards, total size, first snapshot time', () => {
    const b = toBackup({
      SnapshotName: 'x',
      ReplicationGroupId: 'g',
      SnapshotSource: 'manual',
      SnapshotStatus: 'available',
      NumNodeGroups: 2,
      NodeSnapshots: [
        { NodeGroupId: '0001', CacheSize: '3 MB', SnapshotCreateTime: new Date('2026-01-02T00:00:00Z') },
        { NodeGroupId: '0002', CacheSize: '1.5 GB', SnapshotCreateTime: new Date('2026-01-01T00:00:00Z') },
      ],
    });
    expect(b).toMatchObject({ clusterId: 'g', clusterModeEnabled: true, shards: 2, type: 'manual', sizeMb: 1539 });
    expect(b.createdAt?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('names the node of a replicated cluster, and has no size or time while creating', () => {
    const b = toBackup({
      SnapshotName: 'y',
      ReplicationGroupId: 'r',
      CacheClusterId: 'r-002',
      SnapshotSource: 'automated',
      SnapshotRetentionLimit: 5,
      NodeSnapshots: [{ CacheNodeId: '0001', CacheSize: '' }],
    });
    expect(b).toMatchObject({ clusterId: 'r', nodeId: 'r-002', type: 'automatic', retentionDays: 5, sizeMb: undefined, createdAt: undefined });
  });

  it('sorts newest first with backups in progress on top', () => {
    const at = (name: string, iso?: string) => toBackup({ SnapshotName: name, NodeSnapshots: [{ SnapshotCreateTime: iso ? new Date(iso) : undefined }] });
    const sorted = [at('old', '2020-01-01T00:00:00Z'), at('running'), at('new', '2026-01-01T00:00:00Z')].sort(byCreatedDesc);
    expect(sorted.map((b) => b.name)).toEqual(['running', 'new', 'old']);
  });

  it('parses and prints sizes', () => {
    expect(parseCacheSize('512 KB')).toBe(0.5);
    expect(parseCacheSize('about 3 MB')).toBeUndefined();
    expect(formatSize(2048)).toBe('2.0 GB');
    expect(formatSize(undefined)).toBe('–');
  });

  it('prints a real backup under 1 MB (--data-plane: 1,000 keys) in hundredths, not as 0 MB', () => {
    expect(formatSize(0.03)).toBe('0.03 MB');
    expect(formatSize(12.34)).toBe('12.3 MB');
  });
});
