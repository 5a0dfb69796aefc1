import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate } from '../../components/router';
import { resetEmulator, testEmulator } from '../../test/emulator';
import { renderWithProviders } from '../../test/render';
import { BackupDetailPage } from './BackupDetailPage';

afterEach(() => navigate('/'));

describe('a backup’s tags', () => {
  it('lists them on its page (ListTagsForResource by its ARN), and Copy tags the copy', async () => {
    resetEmulator({
      dataset: { clusters: [{ kind: 'single', id: 'c1' }], snapshots: [{ name: 'b1', from: 'c1', tags: [{ Key: 'env', Value: 'prod' }] }] },
    });
    const { user } = renderWithProviders(<BackupDetailPage name="b1" />);
    const tags = await screen.findByRole('table', { name: 'Tags' });
    expect(await within(tags).findByRole('cell', { name: 'prod' })).toBeInTheDocument();
    expect(within(tags).getByRole('cell', { name: 'env' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Copy' }));
    const dialog = screen.getByRole('dialog', { name: 'Copy Backup' });
    await user.click(within(dialog).getByRole('button', { name: 'Add new tag' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Key 1' }), 'purpose');
    await user.type(within(dialog).getByRole('textbox', { name: 'Value 1' }), 'demo');
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(testEmulator.engine.db.snapshots.get('b1-copy')?.tags).toEqual([{ Key: 'purpose', Value: 'demo' }]);
  });
});
