import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate } from '../../components/router';
import { resetEmulator, testEmulator } from '../../test/emulator';
import { renderWithProviders } from '../../test/render';
import { BackupsPage } from './BackupsPage';

const manyBackups = (n: number) => ({
  clusters: [{ kind: 'single' as const, id: 'big' }, { kind: 'single' as const, id: 'other' }],
  snapshots: Array.from({ length: n }, (_, i) => ({ name: `b-${String(i).padStart(3, '0')}`, from: i % 10 === 0 ? 'other' : 'big', ageHours: i + 1 })),
});

afterEach(() => navigate('/'));

describe('BackupsPage', () => {
  it('follows DescribeSnapshots pagination (50 a page) so every backup is listed, then pages the table', async () => {
    resetEmulator({ dataset: manyBackups(137) });
    const pages: string[] = [];
    testEmulator.server.events.on('request:start', ({ request }) => void request.clone().text().then((b) => pages.push(b)));
    const { user } = renderWithProviders(<BackupsPage />);
    expect(await screen.findByRole('heading', { name: 'Backups (137)' })).toBeInTheDocument();
    expect(pages.filter((b) => b.includes('Action=DescribeSnapshots'))).toHaveLength(3);
    testEmulator.server.events.removeAllListeners();

    const names = () => within(screen.getByRole('table', { name: 'Backups' })).getAllByRole('rowheader').map((c) => c.textContent);
    // Newest first, 25 a page.
    expect(names()).toHaveLength(25);
    expect(names()[0]).toBe('b-000');
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(names()[0]).toBe('b-025');
    // Oldest first.
    await user.click(screen.getByRole('button', { name: /Created/ }));
    expect(names()[0]).toBe('b-136');
  });

  it('remembers the page size chosen, as the caches lists do', async () => {
    resetEmulator({ dataset: manyBackups(30) });
    const { user, unmount } = renderWithProviders(<BackupsPage />);
    expect(await screen.findByRole('heading', { name: 'Backups (30)' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /Rows per page/ }), '10');
    unmount();
    renderWithProviders(<BackupsPage />);
    expect(await screen.findByRole('heading', { name: 'Backups (30)' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Rows per page/ })).toHaveValue('10');
  });

  it('says a cache has no backups when its Backups link finds none', async () => {
    resetEmulator({ dataset: { clusters: [{ kind: 'single', id: 'big' }, { kind: 'single', id: 'lonely' }], snapshots: [{ name: 'b-1', from: 'big', ageHours: 1 }] } });
    navigate('/backups?cluster=lonely');
    renderWithProviders(<BackupsPage />);
    expect(await screen.findByText('lonely has no backups.')).toBeInTheDocument();
  });

  it('filters by backup or cluster name, and by the cluster in the URL', async () => {
    resetEmulator({ dataset: manyBackups(30) });
    navigate('/backups?cluster=other');
    const { user } = renderWithProviders(<BackupsPage />);
    expect(await screen.findByText('Cluster: other')).toBeInTheDocument();
    await screen.findByRole('heading', { name: 'Backups (30)' });
    expect(within(screen.getByRole('table', { name: 'Backups' })).getAllByRole('rowheader')).toHaveLength(3);
    await user.type(screen.getByRole('searchbox', { name: 'Find backups' }), 'b-01');
    expect(screen.getByText('1 match')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Cluster: other/ }).querySelector('svg') as Element);
    expect(screen.getByText('10 matches')).toBeInTheDocument();
  });

  it('enables the actions only for an available backup, and says why', async () => {
    resetEmulator();
    const { user } = renderWithProviders(<BackupsPage />);
    await screen.findByRole('heading', { name: /^Backups \(\d+\)$/ });
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    for (const item of ['Restore', 'Copy', 'Delete']) {
      const menuItem = screen.getByRole('menuitem', { name: new RegExp(`^${item}`) });
      expect(menuItem).toHaveAttribute('aria-disabled', 'true');
      expect(menuItem).toHaveTextContent('Select a backup to restore, copy or delete it.');
    }
    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('radio', { name: 'Select baseline-test-data' }));
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    for (const item of ['Restore', 'Copy', 'Delete']) {
      expect(screen.getByRole('menuitem', { name: item })).not.toHaveAttribute('aria-disabled');
    }
  });

  it('says so when the account has no backups', async () => {
    resetEmulator({ dataset: { clusters: [] } });
    renderWithProviders(<BackupsPage />);
    expect(await screen.findByText('No backups')).toBeInTheDocument();
  });
});
