import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate, useLocation } from '../../components/router';
import { renderWithProviders } from '../../test/render';
import { BackupDetailPage } from './BackupDetailPage';

/** The detail page where the app puts it: at /backups/<name>, or the list once it navigates away. */
function Screen() {
  const { pathname } = useLocation();
  return pathname === '/backups' ? <h1>Backups list</h1> : <BackupDetailPage name="baseline-test-data" />;
}

afterEach(() => navigate('/'));

describe('Delete from a backup’s own page', () => {
  it('goes back to Backups instead of ending on “There is no backup named …”', async () => {
    navigate('/backups/baseline-test-data');
    const { user } = renderWithProviders(<Screen />);
    await user.click(await screen.findByRole('button', { name: 'Actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete Backup' })).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(window.location.pathname).toBe('/backups'));
    expect(screen.getByRole('heading', { name: 'Backups list' })).toBeInTheDocument();
    expect(screen.queryByText(/There is no backup named/)).not.toBeInTheDocument();
  });
});
