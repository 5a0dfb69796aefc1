import { CreateSnapshotCommand, ModifyCacheClusterCommand } from '@aws-sdk/client-elasticache';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { sdkClient, testEmulator } from '../../test/emulator';
import { renderWithProviders } from '../../test/render';
import { EventsList } from './EventsList';
import { EventsPage } from './EventsPage';

const MINUTE = 60_000;
/** Moves the service's clock on: an event of work that ends later is listed once the clock is there. */
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

/** One "Cache cluster modified" event of mynonclusteredredis per call, each a minute after the last. */
async function modify(times: number) {
  const client = sdkClient();
  for (let i = 0; i < times; i++) {
    await client.send(new ModifyCacheClusterCommand({ CacheClusterId: 'mynonclusteredredis', SnapshotRetentionLimit: 0, ApplyImmediately: true }));
    later(MINUTE);
  }
}

const rows = (table: HTMLElement, name: RegExp) => within(table).queryAllByRole('row', { name });

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

describe('the Events screen', { timeout: 20_000 }, () => {
  it('reads every page of DescribeEvents (100 a page), and shows them newest first, a page of 25 at a time', async () => {
    await modify(101);
    const { user } = renderWithProviders(<EventsPage />);
    const table = screen.getByRole('table', { name: 'Events' });
    await vi.waitFor(() => expect(rows(table, /Cache cluster modified$/)).toHaveLength(25));
    // All 101 read (beside the account's own events): the pager counts them all.
    const total = Number(/of (\d+)/.exec(screen.getByText(/^1–25 of \d+$/).textContent ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(101);
    const dates = rows(table, /Cache cluster modified/).map((r) => within(r).getAllByRole('cell')[1]?.textContent ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    await user.selectOptions(screen.getByLabelText('Rows per page:'), '100');
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(screen.getByText(`101–${Math.min(total, 200)} of ${total}`)).toBeInTheDocument();
  });

  it('filters by source type and period', async () => {
    const client = sdkClient();
    await client.send(new CreateSnapshotCommand({ ReplicationGroupId: 'myclusteredredis', SnapshotName: 'for-events' }));
    await modify(1);
    later(10 * MINUTE);
    const { user } = renderWithProviders(<EventsPage />);
    const table = screen.getByRole('table', { name: 'Events' });
    expect(await within(table).findByRole('row', { name: /^myclusteredredis replication-group .* Snapshot succeeded for snapshot with ID 'for-events'/ })).toBeInTheDocument();
    expect(rows(table, /Snapshot started for snapshot with ID 'for-events'/)).toHaveLength(1);
    expect(rows(table, /Cache cluster modified/)).toHaveLength(1);

    await user.click(screen.getByRole('combobox', { name: /^Source type/ }));
    await user.click(screen.getByRole('option', { name: 'cache-cluster' }));
    await vi.waitFor(() => expect(rows(table, /for-events/)).toHaveLength(0));
    expect(rows(table, /Cache cluster modified/)).toHaveLength(1);

    later(2 * 60 * MINUTE);
    await user.click(screen.getByRole('combobox', { name: /^Period/ }));
    await user.click(screen.getByRole('option', { name: 'Last hour' }));
    expect(await within(table).findByText('No events in this period.')).toBeInTheDocument();
  });

  it('when DescribeEvents fails, says the events couldn’t be loaded, never that there are none', async () => {
    testEmulator.server.use(
      http.post(/\/emulator\/?$/, () =>
        HttpResponse.text('<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized</Message></Error><RequestId>1</RequestId></ErrorResponse>', {
          status: 403,
          headers: { 'content-type': 'text/xml' },
        }),
      ),
    );
    renderWithProviders(<EventsPage />);
    expect(await screen.findByText(/Couldn't load events: User is not authorized/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Events' });
    expect(within(table).getByRole('cell', { name: "Events couldn't be loaded." })).toBeInTheDocument();
    expect(within(table).queryByText('No events in this period.')).not.toBeInTheDocument();
  });

  it('on a cache’s page, lists that cache’s events only', async () => {
    await sdkClient().send(new CreateSnapshotCommand({ ReplicationGroupId: 'myclusteredredis', SnapshotName: 'for-events' }));
    await modify(1);
    later(10 * MINUTE);
    renderWithProviders(<EventsList label="Events of mynonclusteredredis" source={{ id: 'mynonclusteredredis', type: 'cache-cluster' }} />);
    const table = screen.getByRole('table', { name: 'Events of mynonclusteredredis' });
    expect(await within(table).findByRole('row', { name: /Cache cluster modified/ })).toBeInTheDocument();
    expect(rows(table, /for-events/)).toHaveLength(0);
    expect(screen.queryByRole('combobox', { name: /^Source type/ })).not.toBeInTheDocument();
  });

  it('on a replication group’s page, lists its nodes’ events too: a backup of one node names only the node', async () => {
    await sdkClient().send(new CreateSnapshotCommand({ CacheClusterId: 'myreplicatedredis-002', SnapshotName: 'of-a-node' }));
    later(10 * MINUTE);
    const members = ['myreplicatedredis-001', 'myreplicatedredis-002', 'myreplicatedredis-003'];
    renderWithProviders(<EventsList label="Events of myreplicatedredis" source={{ id: 'myreplicatedredis', type: 'replication-group', memberIds: members }} />);
    const table = screen.getByRole('table', { name: 'Events of myreplicatedredis' });
    expect((await within(table).findAllByRole('row', { name: /myreplicatedredis-002 .*of-a-node/ })).length).toBeGreaterThan(0);
    // Not another cluster's.
    expect(rows(table, /mynonclusteredredis/)).toHaveLength(0);
  });
});
