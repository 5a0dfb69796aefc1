import { CopySnapshotCommand } from '@aws-sdk/client-elasticache';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sdkClient, testEmulator } from '../../test/emulator';
import { renderWithProviders } from '../../test/render';
import { BackupsPage } from './BackupsPage';

describe('Copy Backup’s suggested name', () => {
  it('is not one a listed backup has: a second copy of the same backup gets -copy-2', async () => {
    // A copy that is done at once: the source is available again for the next one.
    const { settings } = testEmulator.engine;
    const duration = settings.backupDurationMs;
    settings.backupDurationMs = 0;
    try {
      await sdkClient().send(new CopySnapshotCommand({ SourceSnapshotName: 'baseline-test-data', TargetSnapshotName: 'baseline-test-data-copy' }));
    } finally {
      settings.backupDurationMs = duration;
    }
    const { user } = renderWithProviders(<BackupsPage />);
    await user.click(await screen.findByRole('radio', { name: 'Select baseline-test-data' }));
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Copy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy Backup' });
    expect(within(dialog).getByRole('textbox', { name: /New backup name|Backup name|name/i })).toHaveValue('baseline-test-data-copy-2');
  });
});
