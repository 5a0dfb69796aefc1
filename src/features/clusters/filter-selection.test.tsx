import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { ClustersPage } from './ClustersPage';

describe('Find caches and the selection', () => {
  it('clears a selection the filter hides: no action targets a row that is not shown', async () => {
    const { user } = renderWithProviders(<ClustersPage renderBackupDialog={() => null} />);
    await user.click(await screen.findByRole('radio', { name: 'Select mynonclusteredredis' }));
    const backup = screen.getByRole('button', { name: 'Backup' });
    expect(backup).toBeEnabled();
    await user.type(screen.getByRole('searchbox', { name: 'Find caches' }), 'replic');
    expect(screen.getByRole('radio', { name: 'Select myreplicatedredis' })).not.toBeChecked();
    expect(backup).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    expect(screen.getByRole('menuitem', { name: /^Delete/ })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('menuitem', { name: /^Delete/ })).toHaveTextContent('Select a cluster to delete.');
    await user.keyboard('{Escape}');
    expect(screen.queryByText(/Back up mynonclusteredredis/)).not.toBeInTheDocument();
    // Clearing the filter doesn't bring the hidden selection back.
    await user.clear(screen.getByRole('searchbox', { name: 'Find caches' }));
    expect(screen.getByRole('radio', { name: 'Select mynonclusteredredis' })).not.toBeChecked();
  });

  it('keeps a selection the filter still shows', async () => {
    const { user } = renderWithProviders(<ClustersPage renderBackupDialog={() => null} />);
    await user.click(await screen.findByRole('radio', { name: 'Select myreplicatedredis' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find caches' }), 'replic');
    expect(screen.getByRole('radio', { name: 'Select myreplicatedredis' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Backup' })).toBeEnabled();
  });
});
