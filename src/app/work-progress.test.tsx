import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Flashbar } from '../components/Flashbar';
import { followedWork } from '../components/followed-work';
import { notifications } from '../components/notifications';
import { testEmulator } from '../test/emulator';
import { renderWithProviders } from '../test/render';
import { BackupsPage } from '../features/backups/BackupsPage';
import { WorkProgress } from '../features/progress/WorkProgress';

/** The Backups screen as the app composes it: the page, the notifications and the follower. */
function setup() {
  return renderWithProviders(
    <>
      <Flashbar />
      <BackupsPage />
      <WorkProgress />
    </>,
  );
}

/** The notification whose title is `text`, once it shows. */
async function banner(text: RegExp | string): Promise<HTMLElement> {
  const title = await within(screen.getByRole('region', { name: 'Notifications' })).findByText(text, {}, { timeout: 8_000 });
  const status = title.closest<HTMLElement>('[role="status"]');
  if (!status) throw new Error(`${String(text)} is not in a notification`);
  return status;
}
/** Moves the service's clock past the work's duration; the next poll (real timers) sees the end. */
const finishWork = () => vi.setSystemTime(Date.now() + 60_000);

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

describe('notifications follow the work to its end', { timeout: 20_000 }, () => {
  it('Copy: in progress, then complete with a link to the copy, in the same place', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('radio', { name: 'Select baseline-test-data' }));
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Copy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy Backup' });
    await user.clear(within(dialog).getByRole('textbox', { name: /New backup name/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /New backup name/ }), 'the-copy{Enter}');
    expect(notifications.current()).toMatchObject([{ type: 'in-progress', header: 'Copying backup baseline-test-data to the-copy' }]);
    finishWork();
    const done = await banner(/Copy the-copy is complete/);
    expect(within(done).getByRole('link', { name: 'View backup the-copy' })).toHaveAttribute('href', '/backups/the-copy');
    expect(notifications.current()).toHaveLength(1);
  });

  it('Delete backup: in progress, then deleted', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('radio', { name: 'Select baseline-test-data' }));
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete Backup' })).getByRole('button', { name: 'Delete' }));
    expect(notifications.current()).toMatchObject([{ type: 'in-progress', header: 'Deleting backup baseline-test-data' }]);
    finishWork();
    await banner(/Backup baseline-test-data is deleted/);
    expect(notifications.current()).toMatchObject([{ type: 'success' }]);
    expect(testEmulator.engine.db.snapshots.has('baseline-test-data')).toBe(false);
  });

  it('keeps work on a backup and on a cluster apart, whatever their names', () => {
    followedWork.start({ subject: 'backup', work: 'delete', name: 'cluster-x', since: 0 }, { header: 'Deleting backup cluster-x' });
    followedWork.start({ subject: 'cluster', work: 'delete', name: 'x', key: 'cluster:x', since: 0 }, { header: 'Deleting cluster x' });
    expect(notifications.current().map((n) => n.header)).toEqual(['Deleting cluster x', 'Deleting backup cluster-x']);
  });
});
