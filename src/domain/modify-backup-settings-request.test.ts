import { describe, expect, it } from 'vitest';
import { cliCommand } from './aws-cli';
import { backupSettingsParams, backupSettingsDefaults } from './backup-settings';
import { modifyBackupSettingsRequest } from './requests';

describe('the Edit backup settings request', () => {
  it('is modify-replication-group for a group, with its snapshotting node', () => {
    const values = { ...backupSettingsDefaults({ retentionDays: 0 }), enabled: true, retentionDays: '7', windowChoice: 'custom' as const, startTime: '15:00', durationHours: '2' };
    const request = modifyBackupSettingsRequest({ kind: 'replicated', id: 'myreplicatedredis' }, { ...backupSettingsParams(values), snapshottingClusterId: 'myreplicatedredis-002' });
    expect(cliCommand(request, 'unix')).toBe(
      [
        'aws elasticache modify-replication-group \\',
        '    --replication-group-id myreplicatedredis \\',
        '    --snapshot-retention-limit 7 \\',
        '    --snapshot-window 15:00-17:00 \\',
        '    --snapshotting-cluster-id myreplicatedredis-002 \\',
        '    --apply-immediately',
      ].join('\n'),
    );
  });

  it('is modify-cache-cluster for a standalone cluster; off is a retention of 0 with no window', () => {
    const values = { ...backupSettingsDefaults({ retentionDays: 5, window: '05:00-06:00' }), enabled: false, applyImmediately: false };
    const request = modifyBackupSettingsRequest({ kind: 'single', id: 'mynonclusteredredis' }, backupSettingsParams(values));
    expect(request).toEqual({
      action: 'ModifyCacheCluster',
      params: { CacheClusterId: 'mynonclusteredredis', SnapshotRetentionLimit: 0, SnapshotWindow: undefined, ApplyImmediately: false },
    });
    expect(cliCommand(request, 'unix')).toContain('--snapshot-retention-limit 0 \\\n    --no-apply-immediately');
  });

  it('names no snapshotting node for a cluster mode enabled group (every shard backs up)', () => {
    const request = modifyBackupSettingsRequest({ kind: 'clustered', id: 'c' }, { retentionLimit: 1, window: undefined, snapshottingClusterId: 'c-0001-001', applyImmediately: true });
    expect(request.params).not.toHaveProperty('SnapshottingClusterId', 'c-0001-001');
  });
});
