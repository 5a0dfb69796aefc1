import { BACKUP_MS, expect, test } from './fixtures';

test('the whole Backup flow works from the keyboard alone', async ({ ec, page }) => {
  await ec.open();
  const checkbox = page.getByRole('checkbox', { name: 'Select myreplicatedredis' });
  await checkbox.focus();
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();

  // Back up the page to the Backup button: it is reachable with Shift+Tab.
  for (let i = 0; i < 20 && !(await ec.backupButton().evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(ec.backupButton()).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(ec.dialog()).toBeVisible();
  await expect(ec.backupName()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ec.dialog()).toBeHidden();
  await expect(ec.backupButton()).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(ec.backupName()).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('keyboard-bkup');
  const request = ec.nextRequest('CreateSnapshot');
  await page.keyboard.press('Enter');
  expect((await request).get('CacheClusterId')).toBe('myreplicatedredis-002');
  await expect(ec.dialog()).toBeHidden();
  await expect(ec.row('myreplicatedredis').getByText('snapshotting')).toBeVisible();
  await page.clock.runFor(BACKUP_MS + 2_500);
  await expect(ec.row('myreplicatedredis').getByText('available')).toBeVisible();
});
