import { audit } from './axe';
import { BACKUP_MS, expect, settle, test } from './fixtures';

/** Issue 15: the Events screen and a cache's Events tab. */
test('after a backup, the Events screen shows it started and succeeded', async ({ ec, page }) => {
  await ec.open();
  await ec.select('mynonclusteredredis');
  await ec.backupButton().click();
  await ec.backupName().fill('events-backup');
  await ec.dialog().getByRole('button', { name: 'Create Backup' }).click();
  await expect(ec.dialog()).toBeHidden();
  await page.clock.runFor(settle(BACKUP_MS));
  await expect(page.getByRole('status').filter({ hasText: 'Backup events-backup is complete' })).toBeVisible();

  await page.getByRole('navigation', { name: 'ElastiCache' }).getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Events' });
  await expect(table.getByRole('row', { name: /^mynonclusteredredis cache-cluster .*Snapshot started for snapshot with ID 'events-backup'/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^mynonclusteredredis cache-cluster .*Snapshot succeeded for snapshot with ID 'events-backup'/ })).toBeVisible();
  await audit(page, 'Events');

  // Filtered to replication groups, the cluster's events are gone.
  await page.getByRole('combobox', { name: /^Source type/ }).click();
  await page.getByRole('option', { name: 'replication-group' }).click();
  await expect(table.getByRole('row', { name: /events-backup/ })).toHaveCount(0);
});

test('a cache’s Events tab lists its own events', async ({ ec, page }) => {
  await ec.open();
  await ec.select('mynonclusteredredis');
  await ec.backupButton().click();
  await ec.backupName().fill('tab-backup');
  await ec.dialog().getByRole('button', { name: 'Create Backup' }).click();
  await page.clock.runFor(settle(BACKUP_MS));
  await page.getByRole('link', { name: 'mynonclusteredredis', exact: true }).click();
  await page.getByRole('tab', { name: 'Events' }).click();
  const table = page.getByRole('table', { name: 'Events of mynonclusteredredis' });
  await expect(table.getByRole('row', { name: /Snapshot succeeded for snapshot with ID 'tab-backup'/ })).toBeVisible();
  await audit(page, 'Cache page, Events tab');
});
