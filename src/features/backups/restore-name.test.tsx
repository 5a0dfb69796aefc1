import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testEmulator } from '../../test/emulator';
import { renderWithProviders } from '../../test/render';
import { BackupsPage } from './BackupsPage';

describe('Restore into a name that is taken', () => {
  it('refuses, before sending, a name a listed cluster, replication group or node uses', async () => {
    const requests: string[] = [];
    testEmulator.server.events.on('request:start', ({ request }) => void request.clone().text().then((b) => requests.push(b)));
    const { user } = renderWithProviders(<BackupsPage />);
    await user.click(await screen.findByRole('radio', { name: 'Select baseline-test-data' }));
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Restore' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore Backup' });
    // The engine as the console names it everywhere else.
    expect(dialog).toHaveTextContent(/Create a new Redis OSS cluster from the backup baseline-test-data \(Redis OSS 3\.2\.4\)/);
    const name = within(dialog).getByRole('textbox', { name: /New cluster name/ });
    const restore = within(dialog).getByRole('button', { name: 'Restore' });
    for (const taken of ['MyReplicatedRedis', 'mynonclusteredredis', 'myreplicatedredis-002']) {
      await user.clear(name);
      await user.paste(taken);
      expect(await within(dialog).findByText(new RegExp(`${taken.toLowerCase()} is already used by a cluster`))).toBeInTheDocument();
      await waitFor(() => expect(restore).toBeDisabled());
    }
    await user.type(name, '{Enter}');
    testEmulator.server.events.removeAllListeners();
    expect(requests.filter((b) => b.includes('Action=CreateCacheCluster'))).toHaveLength(0);
  }, 20_000);
});
