import { expect, test } from './fixtures';

// Makes the README's pictures: `npm run screenshots` (not part of `npm test`).
test('clusters screen and Create Backup dialog', async ({ ec, page }) => {
  await ec.open();
  await ec.select('myreplicatedredis');
  await page.screenshot({ path: 'docs/clusters.png', animations: 'disabled' });
  await ec.backupButton().click();
  await expect(ec.backupName()).toBeFocused();
  await ec.backupName().fill('myreplicatedredis-nightly');
  await expect(ec.dialog()).toHaveCSS('opacity', '1');
  await page.screenshot({ path: 'docs/create-backup-dialog.png', animations: 'disabled' });
});
