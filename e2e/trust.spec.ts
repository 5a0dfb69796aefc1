import { BACKUP_MS, DELETE_MS, expect, settle, test } from './fixtures';

/** Issue 11: the console never reports what didn't happen, nor acts on what isn't shown. */

test('a second backup named like a recent one is refused with SnapshotAlreadyExistsFault, the name kept', async ({ ec, page }) => {
  await ec.open();
  for (const attempt of [1, 2]) {
    await ec.select('mynonclusteredredis');
    await ec.backupButton().click();
    await ec.backupName().fill('x1');
    await ec.dialog().getByRole('button', { name: 'Create Backup' }).click();
    if (attempt === 1) {
      await expect(ec.dialog()).toBeHidden();
      await page.clock.runFor(settle(BACKUP_MS));
      await expect(page.getByRole('status').filter({ hasText: 'Backup x1 is complete' })).toBeVisible();
      await ec.select('myreplicatedredis');
    }
  }
  await expect(ec.dialog().getByText(/Snapshot with specified name \[x1\] already exists/)).toBeVisible();
  await expect(ec.backupName()).toHaveValue('x1');
});

test('Find caches clears a selection it hides: Backup and Delete never target a hidden row', async ({ ec, page }) => {
  await ec.open();
  await ec.select('mynonclusteredredis');
  await expect(page.getByText('Back up mynonclusteredredis.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find caches' }).fill('replic');
  await expect(page.getByRole('radio', { name: 'Select myreplicatedredis' })).not.toBeChecked();
  await expect(ec.backupButton()).toBeDisabled();
  await page.getByRole('button', { name: 'Actions' }).click();
  await expect(page.getByRole('menuitem', { name: /^Delete/ })).toContainText('Select a cluster to delete.');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Back up mynonclusteredredis.')).toHaveCount(0);
});

test('Restore refuses a name an existing replication group uses, before sending', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  let sent = false;
  page.on('request', (r) => (sent ||= (r.postData() ?? '').includes('Action=CreateCacheCluster')));
  await page.getByRole('radio', { name: 'Select baseline-test-data' }).check();
  await ec.action('Restore');
  const dialog = page.getByRole('dialog', { name: 'Restore Backup' });
  await dialog.getByRole('textbox', { name: 'New cluster name' }).fill('myreplicatedredis');
  await expect(dialog.getByText(/^myreplicatedredis is already used by a cluster\. Choose another name\.$/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Restore' })).toBeDisabled();
  expect(sent).toBe(false);
});

test('Copy of an automatic backup suggests a valid name with the whole date', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  await page.getByRole('radio', { name: /^Select automatic\.myclusteredredis-/ }).check();
  await ec.action('Copy');
  const name = page.getByRole('dialog', { name: 'Copy Backup' }).getByRole('textbox', { name: 'New backup name' });
  await expect(name).toHaveValue(/^automatic-[a-z0-9-]+-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-copy$/);
});

test('Delete cluster: the notification says in progress, then deleted, in the same place', async ({ ec, page }) => {
  await ec.open();
  await ec.select('mylegacyredis');
  await ec.action('Delete');
  await ec.confirmDeletion(page.getByRole('dialog', { name: 'Delete mylegacyredis' }), 'mylegacyredis');
  await page.getByRole('dialog', { name: 'Delete mylegacyredis' }).getByRole('button', { name: 'Delete' }).click();
  const notes = page.getByRole('region', { name: 'Notifications' }).getByRole('status');
  await expect(notes).toHaveText([/Deleting cluster mylegacyredis/]);
  await page.clock.runFor(settle(DELETE_MS));
  await expect(notes).toHaveText([/Cluster mylegacyredis is deleted/]);
});

test('Delete from a backup’s own page goes back to Backups with the notification', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  await page.getByRole('link', { name: 'baseline-test-data' }).click();
  await expect(page.getByRole('heading', { name: 'baseline-test-data' })).toBeVisible();
  await ec.action('Delete');
  await page.getByRole('dialog', { name: 'Delete Backup' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/backups$/);
  await expect(page.getByText(/There is no backup named/)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Deleting backup baseline-test-data' })).toBeVisible();
  await page.clock.runFor(settle(DELETE_MS));
  await expect(page.getByRole('status').filter({ hasText: 'Backup baseline-test-data is deleted' })).toBeVisible();
});

test('small ones: "1 day", visible reasons on Backups, 768 px and 320 px layouts', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  // Shown, not only to screen readers (a visually hidden text is a 1 px box).
  const reason = page.getByText('Select a backup to restore, copy or delete it.');
  await expect(reason).toBeVisible();
  expect((await reason.boundingBox())?.width ?? 0).toBeGreaterThan(100);
  await page.getByRole('link', { name: /^automatic\.myclusteredredis-/ }).click();
  await expect(page.getByRole('definition').filter({ hasText: /^1 day$/ })).toBeVisible();

  await page.setViewportSize({ width: 768, height: 800 });
  await page.goto('/redis');
  const table = page.getByRole('table', { name: 'Redis OSS caches' });
  const status = table.getByRole('row', { name: /myisolatedredis/ }).getByText('incompatible-network');
  await expect(status).toBeVisible();
  // The word ends inside the visible part of the scrolling table, and the table says it scrolls.
  const statusBox = await status.boundingBox();
  const visibleBox = await page.locator('.MuiTableContainer-root').first().boundingBox();
  expect(statusBox && visibleBox && statusBox.x + statusBox.width <= visibleBox.x + visibleBox.width).toBe(true);
  await expect(page.getByText('Scroll the table sideways to see every column.')).toBeVisible();

  await page.setViewportSize({ width: 320, height: 640 });
  const reset = page.getByRole('button', { name: 'Reset demo data' });
  await expect(reset).toHaveText('Reset demo data');
  await expect(reset).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
