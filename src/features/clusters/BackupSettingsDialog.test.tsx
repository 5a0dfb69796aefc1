import { DescribeCacheClustersCommand } from '@aws-sdk/client-elasticache';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notifications } from '../../components/notifications';
import type { RedisCluster } from '../../domain/cluster';
import { sdkClient } from '../../test/emulator';
import { renderWithProviders } from '../../test/render';
import { BackupSettingsDialog } from './BackupSettingsDialog';

const single: RedisCluster = { id: 'mynonclusteredredis', kind: 'single', clusterModeEnabled: false, shards: 1, nodes: [{ id: 'mynonclusteredredis' }], nodeType: 'cache.m3.2xlarge', engine: 'redis', status: 'available' };
const group: RedisCluster = {
  id: 'myreplicatedredis',
  kind: 'replicated',
  clusterModeEnabled: false,
  shards: 1,
  nodes: [{ id: 'myreplicatedredis-001', role: 'primary' }, { id: 'myreplicatedredis-002', role: 'replica' }],
  engine: 'redis',
  status: 'available',
};

async function cli(user: ReturnType<typeof renderWithProviders>['user'], dialog: HTMLElement) {
  const toggle = within(dialog).getByRole('button', { name: 'Equivalent AWS CLI command and API request' });
  if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
  return (within(dialog).getByLabelText('AWS CLI (Linux, macOS)').textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Replaces a text box's value as a paste would (typing key by key is slow under load). */
async function enter(user: ReturnType<typeof renderWithProviders>['user'], box: HTMLElement, text: string) {
  await user.clear(box);
  await user.click(box);
  await user.paste(text);
}

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

describe('Edit backup settings', { timeout: 20_000 }, () => {
  it('checks the service’s rules as the user types, shows the CLI it sends, and says the change is under way', async () => {
    const onClose = vi.fn();
    const { user } = renderWithProviders(<BackupSettingsDialog cache={single} onClose={onClose} />);
    // The dialog loads the cache's current settings first.
    const enable = await screen.findByRole('checkbox', { name: 'Enable automatic backups' });
    const dialog = screen.getByRole('dialog', { name: 'Edit backup settings' });
    const save = within(dialog).getByRole('button', { name: 'Save changes' });
    expect(enable).not.toBeChecked();
    await user.click(enable);

    const retention = within(dialog).getByRole('textbox', { name: /Backup retention period/ });
    await enter(user, retention, '40');
    expect(await within(dialog).findByText('Backup retention period can be at most 35 days.')).toBeInTheDocument();
    expect(save).toBeDisabled();
    await enter(user, retention, '7');

    // The demo caches' maintenance window is wed:07:30-wed:08:30 (UTC).
    const start = within(dialog).getByRole('textbox', { name: /Start time/ });
    await enter(user, start, '07:00');
    expect(await within(dialog).findByText('The snapshot window 07:00-08:00 overlaps the maintenance window wed:07:30-wed:08:30.')).toBeInTheDocument();
    expect(save).toBeDisabled();
    await enter(user, start, '15:00');
    await enter(user, within(dialog).getByRole('textbox', { name: /Duration/ }), '2');
    await vi.waitFor(() => expect(save).toBeEnabled());
    expect(await cli(user, dialog)).toBe(
      'aws elasticache modify-cache-cluster \\ --cache-cluster-id mynonclusteredredis \\ --snapshot-retention-limit 7 \\ --snapshot-window 15:00-17:00 \\ --apply-immediately',
    );

    await user.click(save);
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(notifications.current()).toMatchObject([{ type: 'in-progress', header: 'Modifying the backup settings of mynonclusteredredis' }]);
    const out = await sdkClient().send(new DescribeCacheClustersCommand({ CacheClusterId: 'mynonclusteredredis' }));
    expect(out.CacheClusters?.[0]).toMatchObject({ CacheClusterStatus: 'modifying', SnapshotRetentionLimit: 7, SnapshotWindow: '15:00-17:00' });
  });

  it('is modify-replication-group for a group, from its snapshotting node; off sends a retention of 0', async () => {
    const { user } = renderWithProviders(<BackupSettingsDialog cache={group} onClose={() => undefined} />);
    const enable = await screen.findByRole('checkbox', { name: 'Enable automatic backups' });
    const dialog = screen.getByRole('dialog', { name: 'Edit backup settings' });
    expect(enable).toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: /Backup retention period/ })).toHaveValue('5');
    const text = await cli(user, dialog);
    expect(text).toMatch(/^aws elasticache modify-replication-group \\ --replication-group-id myreplicatedredis \\ --snapshot-retention-limit 5 \\ --snapshot-window \d\d:\d\d-\d\d:\d\d \\ --snapshotting-cluster-id myreplicatedredis-00\d \\ --apply-immediately$/);
    await user.click(enable);
    expect(await cli(user, dialog)).toBe('aws elasticache modify-replication-group \\ --replication-group-id myreplicatedredis \\ --snapshot-retention-limit 0 \\ --apply-immediately');
  });
});
