import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate } from '../../components/router';
import { resetEmulator } from '../../test/emulator';
import { renderWithProviders } from '../../test/render';
import { BackupsPage } from './BackupsPage';

afterEach(() => navigate('/'));

const names = () => within(screen.getByRole('table', { name: 'Backups' })).getAllByRole('rowheader').map((c) => c.textContent);

describe('Backups: what the filters show and what stays selected', () => {
  it('lists a group’s backups taken from one of its nodes under the group (they name the node, as the service’s do)', async () => {
    resetEmulator({
      dataset: {
        clusters: [{ kind: 'replicated', id: 'grp', replicas: 1 }, { kind: 'single', id: 'solo' }],
        snapshots: [
          { name: 'from-node', from: 'grp-002' },
          { name: 'from-solo', from: 'solo' },
        ],
      },
    });
    navigate('/backups?cluster=grp');
    renderWithProviders(<BackupsPage />);
    await screen.findByRole('heading', { name: 'Backups (2)' });
    expect(await screen.findByText('1 match')).toBeInTheDocument();
    expect(names()).toEqual(['from-node']);
  });

  it('finds backups by any column’s text, as the AWS console’s filter does: type, node type, status', async () => {
    resetEmulator({
      dataset: {
        clusters: [
          { kind: 'single', id: 'solo', nodeType: 'cache.m5.large' },
          { kind: 'single', id: 'other', nodeType: 'cache.r6g.large' },
        ],
        snapshots: [
          { name: 'from-solo', from: 'solo' },
          { name: 'from-other', from: 'other' },
        ],
      },
    });
    const { user } = renderWithProviders(<BackupsPage />);
    const search = await screen.findByRole('searchbox', { name: 'Find backups' });
    await screen.findByRole('rowheader', { name: 'from-solo' });
    await user.type(search, 'r6g');
    expect(names()).toEqual(['from-other']);
    await user.clear(search);
    await user.type(search, 'manual');
    expect(names()).toHaveLength(2);
    await user.clear(search);
    await user.type(search, 'availab');
    expect(names()).toHaveLength(2);
    await user.clear(search);
    await user.type(search, 'no such text');
    expect(screen.getByText('No backup matches “no such text”.')).toBeInTheDocument();
  });

  it('clears a selection the filter hides: no action targets a backup that is not shown', async () => {
    resetEmulator({ dataset: { clusters: [{ kind: 'single', id: 'solo' }], snapshots: [{ name: 'keep-me', from: 'solo' }, { name: 'other', from: 'solo' }] } });
    const { user } = renderWithProviders(<BackupsPage />);
    await user.click(await screen.findByRole('radio', { name: 'Select keep-me' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find backups' }), 'other');
    expect(names()).toEqual(['other']);
    await user.clear(screen.getByRole('searchbox', { name: 'Find backups' }));
    expect(screen.getByRole('radio', { name: 'Select keep-me' })).not.toBeChecked();
    expect(screen.queryByText('Actions apply to keep-me.')).not.toBeInTheDocument();
    expect(screen.getByText('Select a backup to restore, copy or delete it.')).toBeInTheDocument();
  });
});
