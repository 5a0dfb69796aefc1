import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { ClustersPage } from './ClustersPage';

const names = () => screen.getAllByRole('radio').map((r) => r.getAttribute('aria-label')?.replace('Select ', ''));

afterEach(() => window.localStorage.clear());

describe('the caches table sorts by any column and keeps the page size', () => {
  it('sorts by name, then by another column, ascending then descending', async () => {
    const { user } = renderWithProviders(<ClustersPage renderBackupDialog={() => null} />);
    await screen.findByRole('heading', { name: 'Redis OSS caches (6)' });
    expect(names()[0]).toBe('myclusteredredis');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(screen.getByRole('columnheader', { name: 'Name' })).getByRole('button'));
    expect(names()[0]).toBe('myreplicatedredis');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(screen.getByRole('columnheader', { name: 'Nodes' })).getByRole('button'));
    expect(names().at(-1)).toBe('myclusteredredis');
    await user.click(within(screen.getByRole('columnheader', { name: 'Nodes' })).getByRole('button'));
    expect(names()[0]).toBe('myclusteredredis');
  });

  it('remembers the page size chosen', async () => {
    const { user, unmount } = renderWithProviders(<ClustersPage renderBackupDialog={() => null} />);
    await screen.findByRole('heading', { name: 'Redis OSS caches (6)' });
    await user.selectOptions(screen.getByRole('combobox', { name: /Rows per page/ }), '10');
    unmount();
    renderWithProviders(<ClustersPage renderBackupDialog={() => null} />);
    await screen.findByRole('heading', { name: 'Redis OSS caches (6)' });
    expect(screen.getByRole('combobox', { name: /Rows per page/ })).toHaveValue('10');
  });
});
