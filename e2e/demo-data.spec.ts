import { ConsolePage, expect, test } from './fixtures';

/** In the browser the emulator keeps the user's work across a reload, until Reset demo data. */
test('a backup survives a reload (F5); Reset demo data puts the demo account back', async ({ ec, page }) => {
  await ec.open();
  await ec.select('mynonclusteredredis');
  await ec.backupButton().click();
  await ec.backupName().fill('kept-after-reload');
  await ec.dialog().getByRole('button', { name: 'Create Backup' }).click();
  await expect(ec.row('mynonclusteredredis').getByText('snapshotting')).toBeVisible();

  await page.reload();
  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Backups (5)' })).toBeVisible();
  await expect(ec.backupRow('kept-after-reload')).toContainText('mynonclusteredredis');

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset demo data' });
  await expect(dialog).toContainText("can't be undone");
  await dialog.getByRole('button', { name: 'Reset' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Backups (4)' })).toBeVisible();
  await expect(ec.backupRow('kept-after-reload')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'The demo data was reset.' })).toBeVisible();

  // The reset state is what a reload shows too.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Backups (4)' })).toBeVisible();
});

/** Two tabs of one browser show one account: neither hides nor undoes what the other did. */
test('a backup made in one tab is listed in another after Refresh, and survives a delete there', async ({ ec, page, context }) => {
  await ec.open();
  const other = new ConsolePage(await context.newPage());
  await other.open({}, '/backups');
  await expect(other.page.getByRole('heading', { name: 'Backups (4)' })).toBeVisible();

  await ec.select('mynonclusteredredis');
  await ec.backupButton().click();
  await ec.backupName().fill('made-in-tab-a');
  await ec.dialog().getByRole('button', { name: 'Create Backup' }).click();
  await expect(ec.row('mynonclusteredredis').getByText('snapshotting')).toBeVisible();

  await other.page.getByRole('button', { name: 'Refresh backups' }).click();
  await expect(other.backupRow('made-in-tab-a')).toContainText('mynonclusteredredis');
  await other.backupRow('baseline-test-data').getByRole('radio').check();
  await other.action('Delete');
  await other.page.getByRole('dialog', { name: 'Delete Backup' }).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(other.backupRow('baseline-test-data').getByText('deleting')).toBeVisible();

  await page.reload();
  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  await expect(ec.backupRow('made-in-tab-a')).toBeVisible();
  await expect(ec.backupRow('baseline-test-data').getByText('deleting')).toBeVisible();
});
