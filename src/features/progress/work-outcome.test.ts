import { describe, expect, it } from 'vitest';
import type { FollowedWork } from '../../components/followed-work';
import type { RedisCluster } from '../../domain/cluster';
import { clusterOutcome } from './work-outcome';

const row = (status: string): RedisCluster => ({
  id: 'restored',
  kind: 'single',
  clusterModeEnabled: false,
  shards: 1,
  nodes: [{ id: 'restored' }],
  engine: 'redis',
  status,
});
const restore: FollowedWork = { subject: 'cluster', work: 'restore', name: 'restored', key: 'cluster:restored', since: 0 };
const deletion: FollowedWork = {
  ...restore,
  work: 'delete',
  link: { href: '/backups/restored-final', text: 'View final backup restored-final' },
};

describe('clusterOutcome', () => {
  it('a restore is under way while creating, done when available, failed otherwise', () => {
    expect(clusterOutcome(restore, row('creating'))).toBeNull();
    expect(clusterOutcome(restore, row('available'))).toMatchObject({ type: 'success', header: 'Cluster restored is available', link: { href: '/redis-oss-caches/restored', text: 'View cache restored' } });
    expect(clusterOutcome(restore, row('create-failed'))).toMatchObject({ type: 'error', header: 'Cluster restored is create-failed' });
    expect(clusterOutcome(restore, undefined)).toMatchObject({ type: 'info' });
  });

  it('a delete is under way while deleting, done when gone (with its final backup), failed if it stays', () => {
    expect(clusterOutcome(deletion, row('deleting'))).toBeNull();
    expect(clusterOutcome(deletion, undefined)).toMatchObject({ type: 'success', header: 'Cluster restored is deleted', link: deletion.link });
    expect(clusterOutcome(deletion, row('available'))).toMatchObject({ type: 'error', header: 'Cluster restored was not deleted' });
  });

  it('a backup settings change is under way while modifying, saved when available', () => {
    const modify: FollowedWork = { ...restore, work: 'modify' };
    expect(clusterOutcome(modify, row('modifying'))).toBeNull();
    expect(clusterOutcome(modify, row('available'))).toMatchObject({ type: 'success', header: 'Backup settings of restored are saved', link: { href: '/redis-oss-caches/restored' } });
  });
});
