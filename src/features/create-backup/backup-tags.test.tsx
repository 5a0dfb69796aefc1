import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { singleCluster } from '../../test/clusters';
import { renderWithProviders } from '../../test/render';
import { testEmulator } from '../../test/emulator';
import { CreateBackupDialog } from './CreateBackupDialog';

const single = singleCluster;

describe('Create Backup: tags', () => {
  it('checks each tag with the service’s rules, shows them in the CLI command, and tags the backup', async () => {
    const onClose = vi.fn();
    const { user } = renderWithProviders(<CreateBackupDialog cluster={single} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Create Backup' });
    const name = within(dialog).getByRole('textbox', { name: /Backup Name/ });
    await user.clear(name);
    await user.type(name, 'tagged');
    await user.click(within(dialog).getByRole('button', { name: 'Add new tag' }));
    const key = within(dialog).getByRole('textbox', { name: 'Key 1' });
    await user.type(key, 'aws:owner');
    expect(await within(dialog).findByText('Tag keys can\'t begin with "aws:", which is reserved for AWS.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Create Backup' })).toBeDisabled();

    await user.clear(key);
    await user.type(key, 'team');
    await user.type(within(dialog).getByRole('textbox', { name: 'Value 1' }), 'cache');
    expect(within(dialog).getByText('You can add up to 49 more tags.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Equivalent AWS CLI command and API request' }));
    expect(within(dialog).getByLabelText('AWS CLI (Linux, macOS)')).toHaveTextContent(`--tags '[{"Key":"team","Value":"cache"}]'`);

    await user.click(within(dialog).getByRole('button', { name: 'Create Backup' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(testEmulator.engine.db.snapshots.get('tagged')?.tags).toEqual([{ Key: 'team', Value: 'cache' }]);
  });
});
