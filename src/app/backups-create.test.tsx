import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate } from '../components/router';
import { resetEmulator, testEmulator } from '../test/emulator';
import { renderWithProviders } from '../test/render';
import { BackupsPage } from '../features/backups/BackupsPage';
import { CreateBackupDialog } from '../features/create-backup/CreateBackupDialog';

afterEach(() => navigate('/'));

describe('Create backup on the Backups screen', () => {
  it('chooses a cache, then its node in the seed’s Create Backup dialog, and lists the new backup', async () => {
    resetEmulator({
      dataset: {
        clusters: [
          { kind: 'single', id: 'c1' },
          { kind: 'replicated', id: 'g1', replicas: 2 },
        ],
        snapshots: [],
      },
    });
    // Composed as src/app/routes.tsx does (e2e/backups-create.spec.ts runs the routed app).
    const { user } = renderWithProviders(
      <BackupsPage renderBackupDialog={(cluster, close) => <CreateBackupDialog cluster={cluster} onClose={close} />} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Create backup' }));
    const chooser = screen.getByRole('dialog', { name: 'Choose a cache to back up' });
    const next = within(chooser).getByRole('button', { name: 'Next' });
    expect(next).toBeDisabled();
    await within(chooser).findByRole('option', { name: /^g1 / });
    await user.selectOptions(within(chooser).getByRole('combobox', { name: 'Cache' }), 'g1');
    await user.click(next);

    const dialog = await screen.findByRole('dialog', { name: 'Create Backup' });
    await user.click(within(dialog).getByRole('radio', { name: 'g1-003 (replica)' }));
    const name = within(dialog).getByRole('textbox', { name: /Backup Name/ });
    await user.clear(name);
    await user.type(name, 'from-backups');
    await user.click(within(dialog).getByRole('button', { name: 'Create Backup' }));

    expect(await screen.findByRole('radio', { name: 'Select from-backups' })).toBeInTheDocument();
    expect(testEmulator.engine.db.snapshots.get('from-backups')?.cacheClusterId).toBe('g1-003');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
