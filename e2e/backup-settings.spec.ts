import { audit } from './axe';
import { BACKUP_MS, expect, settle, test } from './fixtures';

/** Issue 15: Edit backup settings, then the daily automatic backup in the new window. */
const MODIFY_MS = 5_000;

test('Modify backup settings from Actions ▾: modifying, then available, then the next automatic backup in the window', async ({ ec, page }) => {
  await ec.open({ modifyDurationMs: MODIFY_MS });
  await ec.select('mynonclusteredredis');
  // The Actions menu from the keyboard.
  await page.getByRole('button', { name: 'Actions' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Modify backup settings' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Edit backup settings' });
  await dialog.getByRole('checkbox', { name: 'Enable automatic backups' }).check();
  await dialog.getByRole('textbox', { name: /Backup retention period/ }).fill('40');
  await expect(dialog.getByText('Backup retention period can be at most 35 days.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: /Backup retention period/ }).fill('3');
  // E2E_START is 14:32 UTC: a window opening at 15:00, after the weekly maintenance window.
  await dialog.getByRole('textbox', { name: /Start time/ }).fill('15:00');
  await dialog.getByRole('textbox', { name: /Duration/ }).fill('1');
  const cli = await ec.cliText(dialog);
  expect(cli).toContain('aws elasticache modify-cache-cluster');
  expect(cli).toContain('--snapshot-retention-limit 3');
  expect(cli).toContain('--snapshot-window 15:00-16:00');
  await audit(page, 'Edit backup settings', 'dialog');

  const request = ec.nextRequest('ModifyCacheCluster');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  expect(Object.fromEntries(await request)).toEqual({
    Action: 'ModifyCacheCluster',
    Version: '2015-02-02',
    CacheClusterId: 'mynonclusteredredis',
    SnapshotRetentionLimit: '3',
    SnapshotWindow: '15:00-16:00',
    ApplyImmediately: 'true',
  });
  await expect(dialog).toBeHidden();
  await expect(ec.row('mynonclusteredredis').getByText('modifying')).toBeVisible();
  await page.clock.runFor(settle(MODIFY_MS));
  await expect(ec.row('mynonclusteredredis').getByText('available')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Backup settings of mynonclusteredredis are saved' })).toBeVisible();

  // Past 15:00: the emulator takes the day's automatic backup, named as the service names it.
  await page.clock.fastForward('30:00');
  await page.clock.runFor(settle(BACKUP_MS));
  await page.getByRole('navigation', { name: 'ElastiCache' }).getByRole('link', { name: 'Backups' }).click();
  await expect(ec.backupRow('automatic.mynonclusteredredis-2026-11-26-15-00')).toBeVisible();
  await expect(ec.backupRow('automatic.mynonclusteredredis-2026-11-26-15-00')).toContainText('available');
});

test('Edit backup settings on the cache’s Backups tab shows the saved settings', async ({ ec, page }) => {
  await ec.open({ modifyDurationMs: MODIFY_MS });
  await page.getByRole('link', { name: 'mynonclusteredredis', exact: true }).click();
  await page.getByRole('tab', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Edit backup settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit backup settings' });
  await dialog.getByRole('checkbox', { name: 'Enable automatic backups' }).check();
  await dialog.getByRole('textbox', { name: /Backup retention period/ }).fill('7');
  await dialog.getByRole('radio', { name: 'No preference' }).check();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await page.clock.runFor(settle(MODIFY_MS));
  await expect(page.getByText('7 days', { exact: true })).toBeVisible();
});
