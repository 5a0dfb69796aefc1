import { AddTagsToResourceCommand, CreateSnapshotCommand } from '@aws-sdk/client-elasticache';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { resetEmulator, sdkClient, testEmulator } from '../../test/emulator';
import { renderWithProviders } from '../../test/render';
import { CachePage } from './CachePage';

const open = (id: string) => renderWithProviders(<CachePage engine="redis" id={id} renderBackupDialog={(c) => <div role="dialog" aria-label={`Backup ${c.id}`} />} renderEvents={(s) => <p>Events of {s.id}</p>} />);
const DENIED = '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized</Message></Error><RequestId>1</RequestId></ErrorResponse>';
const field = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;

describe('a cache’s page', () => {
  it('sums up the cache: status, engine, shape, availability, endpoints with copy buttons', async () => {
    open('myreplicatedredis');
    expect(await screen.findByRole('heading', { name: 'myreplicatedredis', level: 1 })).toBeInTheDocument();
    expect(field('Engine')).toHaveTextContent('Redis OSS 3.2.4');
    expect(field('Node type')).toHaveTextContent('cache.m3.large');
    expect(field('Cluster mode')).toHaveTextContent('Disabled');
    expect(field('Nodes')).toHaveTextContent('3');
    expect(await screen.findByText('Primary endpoint', { selector: 'dt' })).toBeInTheDocument();
    expect(field('Auto-failover')).toHaveTextContent('Enabled');
    expect(screen.getByRole('button', { name: 'Copy primary endpoint' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy reader endpoint' })).toBeInTheDocument();
    // How to connect, with the primary's address and port: a real server's under --data-plane.
    expect(field('Connect')).toHaveTextContent(/^redis-cli -h myreplicatedredis\.\S+ -p 6379/);
    expect(screen.getByRole('button', { name: 'Copy connect' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Actions' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Backup' })).toBeEnabled();
  });

  it('has Nodes, Backups (with the backup settings) and Tags tabs', async () => {
    const arn = 'arn:aws:elasticache:us-east-1:123456789012:replicationgroup:myreplicatedredis';
    await sdkClient().send(new AddTagsToResourceCommand({ ResourceName: arn, Tags: [{ Key: 'team', Value: 'cache' }] }));
    const { user } = open('myreplicatedredis');
    const nodes = await screen.findByRole('table', { name: 'Nodes' });
    expect(await within(nodes).findByRole('rowheader', { name: 'myreplicatedredis-001' })).toBeInTheDocument();
    expect(within(nodes).getByRole('row', { name: /myreplicatedredis-001 Primary/ })).toBeInTheDocument();
    expect(within(nodes).getAllByRole('row', { name: /Replica/ })).toHaveLength(2);

    await user.click(screen.getByRole('tab', { name: 'Backups' }));
    expect(field('Automatic backups')).toHaveTextContent('Enabled');
    expect(field('Backup retention period')).toHaveTextContent('5 days');
    const backups = await screen.findByRole('table', { name: 'Backups of myreplicatedredis' });
    expect(await within(backups).findByText('automatic')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Tags' }));
    const tags = screen.getByRole('table', { name: 'Tags' });
    expect(await within(tags).findByRole('row', { name: 'team cache' })).toBeInTheDocument();
  });

  it('lists a backup taken from one of its nodes on its Backups tab (it names only the node), newest first; a link in other case finds it', async () => {
    await sdkClient().send(new CreateSnapshotCommand({ CacheClusterId: 'myreplicatedredis-002', SnapshotName: 'from-a-replica' }));
    const { user } = open('MyReplicatedRedis');
    await user.click(await screen.findByRole('tab', { name: 'Backups' }));
    const backups = screen.getByRole('table', { name: 'Backups of myreplicatedredis' });
    expect(await within(backups).findByRole('rowheader', { name: 'from-a-replica' })).toBeInTheDocument();
    // The new backup is in progress (no date yet) and the seed's automatic one is days old: the new one first.
    expect(within(backups).getAllByRole('rowheader').map((c) => c.textContent)[0]).toBe('from-a-replica');
  });

  it('says a tab’s read failed rather than that the cache has no backups or tags', async () => {
    const denied = '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized</Message></Error><RequestId>1</RequestId></ErrorResponse>';
    testEmulator.server.use(
      http.post(/\/emulator\/?$/, async ({ request }) => {
        const action = new URLSearchParams(await request.clone().text()).get('Action');
        if (action !== 'DescribeSnapshots' && action !== 'ListTagsForResource') return undefined;
        return HttpResponse.text(denied, { status: 403, headers: { 'content-type': 'text/xml' } });
      }),
    );
    const { user } = open('myreplicatedredis');
    await user.click(await screen.findByRole('tab', { name: 'Backups' }));
    const backups = screen.getByRole('table', { name: 'Backups of myreplicatedredis' });
    expect(await within(backups).findByText(/^Couldn't load the backups\. User is not authorized/)).toBeInTheDocument();
    expect(within(backups).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.queryByText('This cache has no backups.')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Backups' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Tags' }));
    expect(await within(screen.getByRole('table', { name: 'Tags' })).findByText(/^Couldn't load the tags\. User is not authorized/)).toBeInTheDocument();
  });

  it('says it couldn’t load the cache, not that there is none, when the list can’t be read; Retry reads it again', async () => {
    let fail = true;
    testEmulator.server.use(http.post(/\/emulator\/?$/, () => (fail ? HttpResponse.text(DENIED, { status: 403, headers: { 'content-type': 'text/xml' } }) : undefined)));
    const { user } = open('mynonclusteredredis');
    expect(await screen.findByText(/^Couldn't load mynonclusteredredis\. User is not authorized/)).toBeInTheDocument();
    expect(screen.queryByText(/There is no/)).not.toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'mynonclusteredredis', level: 1 })).toBeInTheDocument();
  });

  it('says the cache’s details couldn’t be read, in the page and its Nodes and Tags tabs, rather than loading for ever', async () => {
    // The list reads; the cache's own read (its nodes) is refused.
    testEmulator.server.use(
      http.post(/\/emulator\/?$/, async ({ request }) =>
        (await request.clone().text()).includes('ShowCacheNodeInfo=true') ? HttpResponse.text(DENIED, { status: 403, headers: { 'content-type': 'text/xml' } }) : undefined,
      ),
    );
    const { user } = open('mynonclusteredredis');
    expect(await screen.findByText(/^Couldn't load the details of mynonclusteredredis\. User is not authorized/)).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Nodes' })).getByText(/^Couldn't load the nodes\./)).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Tags' }));
    expect(within(screen.getByRole('table', { name: 'Tags' })).getByText(/^Couldn't load the tags\./)).toBeInTheDocument();
  });

  it('shows a cache’s many backups a page of 25 at a time', async () => {
    const { settings } = testEmulator.engine;
    const quota = settings.manualBackupsPerNodePerDay;
    Object.assign(settings, { manualBackupsPerNodePerDay: 100, backupDurationMs: 0 });
    try {
      for (let i = 0; i < 30; i++) await sdkClient().send(new CreateSnapshotCommand({ CacheClusterId: 'mynonclusteredredis', SnapshotName: `many-${i}` }));
    } finally {
      Object.assign(settings, { manualBackupsPerNodePerDay: quota });
    }
    const { user } = open('mynonclusteredredis');
    await user.click(await screen.findByRole('tab', { name: 'Backups' }));
    const backups = screen.getByRole('table', { name: 'Backups of mynonclusteredredis' });
    const total = Number(/\((\d+)\)/.exec((await screen.findByRole('heading', { name: /^Backups \(\d+\)$/ })).textContent ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(30);
    expect(within(backups).getAllByRole('row')).toHaveLength(26);
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(within(backups).getAllByRole('row')).toHaveLength(1 + total - 25);
  });

  it('has an Events tab with the cache’s own events, and Edit backup settings on its Backups tab', async () => {
    const { user } = open('myreplicatedredis');
    await user.click(await screen.findByRole('tab', { name: 'Events' }));
    expect(screen.getByText('Events of myreplicatedredis')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Backups' }));
    await user.click(screen.getByRole('button', { name: 'Edit backup settings' }));
    expect(await screen.findByRole('dialog', { name: 'Edit backup settings' })).toBeInTheDocument();
  });

  it('shows a Memcached cache without cluster mode, shards, Multi-AZ, auto-failover, node roles or a Backups tab, which Memcached has not', async () => {
    resetEmulator({ dataset: { clusters: [{ kind: 'single', id: 'mc', engine: 'memcached' }] } });
    renderWithProviders(<CachePage engine="memcached" id="mc" renderBackupDialog={() => null} renderEvents={(s) => <p>Events of {s.id}</p>} />);
    expect(await screen.findByRole('heading', { name: 'mc', level: 1 })).toBeInTheDocument();
    expect(field('Engine')).toHaveTextContent(/^Memcached/);
    for (const absent of ['Cluster mode', 'Shards', 'Multi-AZ', 'Auto-failover']) expect(screen.queryByText(absent, { selector: 'dt' })).not.toBeInTheDocument();
    const nodes = await screen.findByRole('table', { name: 'Nodes' });
    expect(within(nodes).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Node name', 'Status', 'Availability Zone', 'Endpoint']);
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Nodes', 'Events', 'Tags']);
  });

  it('says so when the cache is gone', async () => {
    open('nope');
    expect(await screen.findByText(/There is no Redis OSS cache named nope/)).toBeInTheDocument();
  });
});
