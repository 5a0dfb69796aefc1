import { audit } from './axe';
import { BACKUP_MS, expect, settle, test } from './fixtures';

/** Create backup on the Backups screen: choose a cache, then the seed's Create Backup dialog and flow. */

test('create a backup from the Backups screen: a cache, its node, the name; creating, then available', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  await page.getByRole('button', { name: 'Create backup' }).click();
  const chooser = page.getByRole('dialog', { name: 'Choose a cache to back up' });
  await expect(chooser).toHaveCSS('opacity', '1');
  await audit(page, 'Choose a cache to back up', 'dialog');
  const next = chooser.getByRole('button', { name: 'Next' });
  await expect(next).toBeDisabled();
  // Memcached keeps no backups: it is not offered.
  await expect(chooser.getByRole('option', { name: /mymemcached/ })).toHaveCount(0);
  await chooser.getByRole('combobox', { name: 'Cache' }).selectOption('myreplicatedredis');
  await next.click();

  const dialog = ec.dialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('myreplicatedredis', { exact: true })).toBeVisible();
  await dialog.getByRole('radio', { name: 'myreplicatedredis-003 (replica)' }).check();
  await ec.backupName().fill('from-backups-screen');
  await dialog.getByRole('button', { name: 'Add new tag' }).click();
  await dialog.getByRole('textbox', { name: 'Key 1' }).fill('team');
  await dialog.getByRole('textbox', { name: 'Value 1' }).fill('cache');
  await expect(dialog).toHaveCSS('opacity', '1');
  await audit(page, 'Create Backup dialog with tags', 'dialog');
  const request = ec.nextRequest('CreateSnapshot');
  await dialog.getByRole('button', { name: 'Create Backup' }).click();
  const sent = Object.fromEntries(await request);
  expect(sent).toMatchObject({ CacheClusterId: 'myreplicatedredis-003', SnapshotName: 'from-backups-screen', 'Tags.Tag.1.Key': 'team' });

  await expect(dialog).toBeHidden();
  await expect(ec.backupRow('from-backups-screen').getByText('creating')).toBeVisible();
  await page.clock.runFor(settle(BACKUP_MS));
  await expect(ec.backupRow('from-backups-screen').getByText('available')).toBeVisible();

  // Its page lists its tags.
  await page.getByRole('link', { name: 'from-backups-screen', exact: true }).click();
  const tags = page.getByRole('table', { name: 'Tags' });
  await expect(tags.getByRole('row', { name: 'team cache' })).toBeVisible();
});
