import { DeleteCacheClusterCommand } from '@aws-sdk/client-elasticache';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { clusterQueries } from '../../api/clusters';
import { notifications } from '../../components/notifications';
import { singleCluster } from '../../test/clusters';
import { renderWithProviders } from '../../test/render';
import { sdkClient, testEmulator } from '../../test/emulator';
import { CreateBackupDialog } from './CreateBackupDialog';

const single = singleCluster;

async function backUp(name: string) {
  const onClose = vi.fn();
  const utils = renderWithProviders(<CreateBackupDialog cluster={single} onClose={onClose} />);
  const dialog = screen.getByRole('dialog', { name: 'Create Backup' });
  const field = within(dialog).getByRole('textbox', { name: /Backup Name/ });
  await utils.user.clear(field);
  await utils.user.type(field, `${name}{Enter}`);
  return { ...utils, onClose, dialog, field };
}

describe('Create Backup with a name a recent backup of the same cluster has', () => {
  it('shows SnapshotAlreadyExistsFault and keeps the name, though the first backup is minutes old', async () => {
    const first = await backUp('x1');
    await waitFor(() => expect(first.onClose).toHaveBeenCalledTimes(1));
    first.unmount();
    const record = testEmulator.engine.db.snapshots.get('x1');

    const again = await backUp('x1');
    expect(await within(again.dialog).findByText(/Snapshot with specified name \[x1\] already exists/)).toBeInTheDocument();
    expect(again.field).toHaveValue('x1');
    expect(again.onClose).not.toHaveBeenCalled();
    expect(testEmulator.engine.db.snapshots.get('x1')).toBe(record);
  });

  it('suggests a name not yet taken for a second backup made straight after the first', async () => {
    const first = renderWithProviders(<CreateBackupDialog cluster={single} onClose={vi.fn()} />);
    const suggested = String((within(screen.getByRole('dialog')).getByRole('textbox', { name: /Backup Name/ }) as HTMLInputElement).value);
    first.unmount();
    const made = await backUp(suggested);
    await waitFor(() => expect(made.onClose).toHaveBeenCalledTimes(1));
    made.unmount();
    renderWithProviders(<CreateBackupDialog cluster={single} onClose={vi.fn()} />);
    const second = within(screen.getByRole('dialog')).getByRole('textbox', { name: /Backup Name/ });
    expect(second).not.toHaveValue(suggested);
    expect(testEmulator.engine.db.snapshots.has(String((second as HTMLInputElement).value))).toBe(false);
  });

  it('says the outcome isn’t known, not that the backup wasn’t started, when the look-up after a lost answer fails too; Retry recognises it', async () => {
    testEmulator.engine.setFaults([
      { kind: 'drop', action: 'CreateSnapshot', afterProcessing: true, times: 1 },
      { kind: 'drop', action: 'DescribeSnapshots', times: 1 },
    ]);
    const { dialog, onClose, user } = await backUp('unconfirmed');
    expect(await within(dialog).findByText(/^The outcome isn't known: the answer was lost, and so was the check for it\./)).toBeInTheDocument();
    expect(within(dialog).queryByText(/was not started/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(notifications.current()[0]?.content).toMatch(/answer .* was lost/);
  });

  it('offers no Retry, and marks the caches list out of date, when the service refuses the backup because the cache is deleting', async () => {
    const { user, queryClient } = renderWithProviders(<CreateBackupDialog cluster={single} onClose={vi.fn()} />);
    await queryClient.fetchQuery(clusterQueries.list());
    await sdkClient().send(new DeleteCacheClusterCommand({ CacheClusterId: single.id }));
    const dialog = screen.getByRole('dialog', { name: 'Create Backup' });
    const field = within(dialog).getByRole('textbox', { name: /Backup Name/ });
    await user.clear(field);
    await user.type(field, 'too-late{Enter}');
    expect(await within(dialog).findByText(/InvalidCacheClusterState/)).toBeInTheDocument();
    // A refusal a Retry can't fix offers none.
    expect(within(dialog).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await waitFor(() => expect(queryClient.getQueryState(clusterQueries.list().queryKey)?.isInvalidated).toBe(true));
  });

  it('says in its notification when it found its own backup after a lost answer', async () => {
    testEmulator.engine.setFaults([{ kind: 'http-500', action: 'CreateSnapshot', afterProcessing: true, times: 1 }]);
    const { onClose } = await backUp('lost-answer');
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    const [shown] = notifications.current();
    expect(shown?.content).toMatch(/answer .* was lost/);
  });
});
