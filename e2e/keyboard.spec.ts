import { BACKUP_MS, expect, test } from './fixtures';

test('the whole Backup flow works from the keyboard alone', async ({ ec, page }) => {
  await ec.open();
  const checkbox = page.getByRole('radio', { name: 'Select myreplicatedredis' });
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
  // Backup is disabled while the cluster is snapshotting: focus goes back to its row.
  await expect(checkbox).toBeFocused();
  await expect(ec.row('myreplicatedredis').getByText('snapshotting')).toBeVisible();
  await page.clock.runFor(BACKUP_MS + 2_500);
  await expect(ec.row('myreplicatedredis').getByText('available')).toBeVisible();
});

test('copying a backup works from the keyboard alone, with focus always visible', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  const radio = page.getByRole('radio', { name: 'Select baseline-test-data' });
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();

  const actions = page.getByRole('button', { name: 'Actions' });
  for (let i = 0; i < 30 && !(await actions.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(actions).toBeFocused();
  // A keyboard user sees where focus is: a 2px outline, not colour alone.
  await expect(actions).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Restore', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Copy', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Copy Backup' });
  const name = dialog.getByRole('textbox', { name: 'New backup name' });
  await expect(name).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('keyboard-copy');
  // The CLI preview opens and its copy button is reachable by Tab.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Equivalent AWS CLI command and API request' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('AWS CLI (Linux, macOS)')).toContainText('--target-snapshot-name keyboard-copy');

  await name.focus();
  const request = ec.nextRequest('CopySnapshot');
  await page.keyboard.press('Enter');
  expect((await request).get('TargetSnapshotName')).toBe('keyboard-copy');
  await expect(dialog).toBeHidden();
  // Focus goes back to Actions, which opened it; Copy there now says why it is unavailable.
  await expect(actions).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: /^Copy/ })).toContainText('baseline-test-data is copying');
  await page.keyboard.press('Escape');
  await expect(actions).toBeFocused();
  // The outcome is announced politely, in the notifications' live region.
  await expect(page.getByRole('region', { name: 'Notifications' })).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Copying backup baseline-test-data to keyboard-copy');
});
