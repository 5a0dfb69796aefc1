import { expect, test } from './fixtures';

// Makes the README's pictures: `npm run screenshots` (not part of `npm test`). The same
// clock every time, so the pictures (dates, the suggested Backup Name) change only with the UI.
const AT = new Date('2026-11-25T14:32:00Z');

test('clusters screen and Create Backup dialog', async ({ ec, page }) => {
  await ec.open({}, '/redis', AT);
  await ec.select('myreplicatedredis');
  await page.screenshot({ path: 'docs/clusters.png', animations: 'disabled' });
  await ec.backupButton().click();
  await expect(ec.backupName()).toBeFocused();
  await expect(ec.backupName()).toHaveValue('myreplicatedredis-20261125-1432');
  await expect(ec.dialog()).toHaveCSS('opacity', '1');
  await page.screenshot({ path: 'docs/create-backup-dialog.png', animations: 'disabled' });
});

test('Backups screen and the Copy Backup dialog with its AWS CLI command', async ({ ec, page }) => {
  await ec.open({}, '/backups', AT);
  await ec.backupRow('baseline-test-data').getByRole('radio').check();
  await page.screenshot({ path: 'docs/backups.png', animations: 'disabled' });
  await ec.action('Copy');
  const dialog = page.getByRole('dialog', { name: 'Copy Backup' });
  await ec.cliText(dialog);
  await expect(dialog).toHaveCSS('opacity', '1');
  await page.screenshot({ path: 'docs/copy-backup-dialog.png', animations: 'disabled' });
});

test('a backup’s page: its details and node snapshots', async ({ ec, page }) => {
  await ec.open({}, '/backups', AT);
  await ec.backupRow('myclusteredredis-before-upgrade').getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Node snapshots (2)' })).toBeVisible();
  await page.screenshot({ path: 'docs/backup-details.png', animations: 'disabled' });
});
