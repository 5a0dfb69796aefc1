import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { resetEmulator, testEmulator } from '../../test/emulator';
import { ClustersPage } from './ClustersPage';

function setup() {
  return renderWithProviders(
    <ClustersPage renderBackupDialog={(cluster) => <div role="dialog" aria-label={`Backup ${cluster.id}`} />} />,
  );
}

describe('ClustersPage', () => {
  it('shows one row per Redis cluster (a group is one row), and no Memcached', async () => {
    setup();
    expect(await screen.findByRole('heading', { name: 'Redis OSS caches (6)' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Redis OSS caches' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^Select ${name} ${name} `) });
    expect(within(table).getByRole('columnheader', { name: 'Cluster mode' })).toBeInTheDocument();
    expect(within(row('myclusteredredis')).getByText('Enabled')).toBeInTheDocument();
    expect(row('myclusteredredis')).toHaveTextContent(/Enabled\s*2\s*4\s*cache\.r3\.large/);
    expect(row('myreplicatedredis')).toHaveTextContent(/Disabled\s*1\s*3\s*cache\.m3\.large/);
    expect(row('mynonclusteredredis')).toHaveTextContent(/cache\.m3\.2xlarge\s*available\s*3\.2\.4/);
    expect(within(table).queryByText('mymemcached')).not.toBeInTheDocument();
  });

  it('enables Backup for the one selected cluster that can be backed up, and says why not otherwise', async () => {
    const { user } = setup();
    await screen.findByRole('heading', { name: 'Redis OSS caches (6)' });
    const backup = screen.getByRole('button', { name: 'Backup' });
    expect(backup).toBeDisabled();
    expect(backup).toHaveAccessibleDescription('Select a cluster to back up.');
    await user.click(await screen.findByRole('radio', { name: 'Select mylegacyredis' }));
    expect(backup).toHaveAccessibleDescription(/cache\.t1\.micro nodes, which don't support backups/);
    await user.click(screen.getByRole('radio', { name: 'Select myisolatedredis' }));
    expect(screen.getByRole('radio', { name: 'Select mylegacyredis' })).not.toBeChecked();
    expect(backup).toHaveAccessibleDescription(/is incompatible-network; a backup can start only when the cluster is available/);
    await user.click(screen.getByRole('radio', { name: 'Select myreplicatedredis' }));
    expect(backup).toBeEnabled();
    await user.click(backup);
    expect(screen.getByRole('dialog', { name: 'Backup myreplicatedredis' })).toBeInTheDocument();
  });

  it('offers Backup and Delete in Actions, each disabled with its reason', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('radio', { name: 'Select myisolatedredis' }));
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    const backup = screen.getByRole('menuitem', { name: /^Backup/ });
    expect(backup).toHaveAttribute('aria-disabled', 'true');
    expect(backup).toHaveTextContent(/incompatible-network; a backup can start only when the cluster is available/);
    expect(screen.getByRole('menuitem', { name: /^Delete/ })).toHaveTextContent(/it can be deleted only when it is available/);
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('radio', { name: 'Select mynonclusteredredis' }));
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Backup' }));
    expect(screen.getByRole('dialog', { name: 'Backup mynonclusteredredis' })).toBeInTheDocument();
  });

  it('offers Modify backup settings in Actions: disabled with its reason, else the Edit backup settings dialog', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('radio', { name: 'Select mylegacyredis' }));
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    expect(screen.getByRole('menuitem', { name: /^Modify backup settings/ })).toHaveTextContent(/cache\.t1\.micro nodes, which don't support backups/);
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('radio', { name: 'Select mynonclusteredredis' }));
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Modify backup settings' }));
    expect(await screen.findByRole('checkbox', { name: 'Enable automatic backups' })).not.toBeChecked();
    expect(screen.getByRole('dialog', { name: 'Edit backup settings' })).toBeInTheDocument();
  });

  it('has an Engine column, and filters by any text a row shows', async () => {
    const { user } = setup();
    await screen.findByRole('heading', { name: 'Redis OSS caches (6)' });
    expect(screen.getByRole('columnheader', { name: 'Engine' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Find caches' }), 'cache.t1.micro');
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('aria-label'))).toEqual(['Select mylegacyredis']);
    await user.clear(screen.getByRole('searchbox', { name: 'Find caches' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find caches' }), 'incompatible');
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('aria-label'))).toEqual(['Select myisolatedredis']);
  });

  it('lists Memcached caches read-only, on their own screen', async () => {
    renderWithProviders(<ClustersPage engine="memcached" renderBackupDialog={() => null} />);
    expect(await screen.findByRole('heading', { name: 'Memcached caches (1)' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Memcached caches' });
    expect(within(table).getByRole('row', { name: /^mymemcached .*Memcached/ })).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Actions' })).not.toBeInTheDocument();
    // No cluster mode, shards or backups for Memcached: not even as columns.
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Name', 'Nodes', 'Node type', 'Status', 'Engine version', 'Engine']);
    expect(within(table).queryByRole('link', { name: /Backups/ })).not.toBeInTheDocument();
  });

  it('filters by name, with a no-match state that clears', async () => {
    const { user } = setup();
    // Filter what has loaded, as a user does: the box is there before the rows are.
    await screen.findByRole('heading', { name: 'Redis OSS caches (6)' });
    await user.type(screen.getByRole('searchbox', { name: 'Find caches' }), 'REPLIC');
    expect(screen.getAllByRole('radio')).toHaveLength(1);
    expect(screen.getByText('1 match')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Find caches' }), 'zzz');
    expect(screen.getByText('No matches')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(screen.getAllByRole('radio')).toHaveLength(6);
  });

  it('lists all 250 clusters of an account, following every page', async () => {
    resetEmulator({
      dataset: { clusters: Array.from({ length: 250 }, (_, i) => ({ kind: 'single' as const, id: `c-${i + 1}` })) },
    });
    const { user } = setup();
    expect(await screen.findByRole('heading', { name: 'Redis OSS caches (250)' })).toBeInTheDocument();
    // One page of 25 rows at a time, as the AWS console shows them; every one is reachable.
    expect(screen.getByText('1–25 of 250')).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(25);
    await user.type(screen.getByRole('searchbox', { name: 'Find caches' }), 'c-250');
    expect(screen.getByRole('radio', { name: 'Select c-250' })).toBeInTheDocument();
  });

  it('says how many it has read while a long list is still coming in', async () => {
    resetEmulator({ dataset: { clusters: Array.from({ length: 250 }, (_, i) => ({ kind: 'single' as const, id: `c-${i + 1}` })) } });
    testEmulator.engine.setFaults([{ kind: 'slow', action: 'DescribeCacheClusters', delayMs: 400 }]);
    setup();
    expect(await screen.findByText('100 read so far')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading Redis OSS caches');
    expect(await screen.findByRole('heading', { name: 'Redis OSS caches (250)' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByText(/read so far/)).not.toBeInTheDocument();
  });

  it('shows an empty state', async () => {
    resetEmulator({ dataset: { clusters: [{ kind: 'single', id: 'only-memcached', engine: 'memcached' }] } });
    setup();
    expect(await screen.findByText('No Redis OSS caches')).toBeInTheDocument();
  });

  it('shows the error with Retry, and recovers', async () => {
    testEmulator.server.use(
      http.post(/\/emulator\/?$/, () =>
        HttpResponse.text(
          '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized</Message></Error><RequestId>1</RequestId></ErrorResponse>',
          { status: 403, headers: { 'content-type': 'text/xml' } },
        ),
      ),
    );
    const { user } = setup();
    expect(await screen.findByText(/Couldn't load the Redis OSS caches\. User is not authorized/)).toBeInTheDocument();
    testEmulator.server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Redis OSS caches (6)' })).toBeInTheDocument());
  });
});
