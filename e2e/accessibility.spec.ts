import { audit } from './axe';
import { expect, test } from './fixtures';

/** axe on every screen and dialog (audit: e2e/axe.ts): no serious or critical issue. */
test('Redis OSS caches screen, its Actions menu and its dialogs', async ({ ec, page }) => {
  await ec.open();
  await audit(page, 'Redis OSS caches');
  await ec.select('myreplicatedredis');
  await ec.backupButton().click();
  await ec.cliText(ec.dialog());
  await audit(page, 'Create Backup dialog with node choice and CLI text', 'dialog');
  await ec.backupName().fill('bad--');
  await expect(ec.dialog().getByRole('alert')).toBeVisible();
  await audit(page, 'Create Backup dialog with errors', 'dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Actions' }).click();
  await audit(page, 'Actions menu', 'menu');
  await page.getByRole('menuitem', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('dialog', { name: /Delete/ }).getByRole('button', { name: 'Delete' })).toBeVisible();
  await audit(page, 'Delete cluster dialog', 'dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  // The dialog's code loads on first opening: audit it once it is there, not its loading frame.
  await expect(page.getByRole('dialog', { name: 'Reset demo data' }).getByRole('button', { name: 'Reset' })).toBeVisible();
  await audit(page, 'Reset demo data dialog', 'dialog');
});

test('Backups screen, its dialogs and a backup’s page', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  await audit(page, 'Backups');
  await ec.backupRow('baseline-test-data').getByRole('radio').check();
  for (const [button, dialog] of [
    ['Copy', 'Copy Backup'],
    ['Delete', 'Delete Backup'],
    ['Restore', 'Restore Backup'],
  ] as const) {
    await ec.action(button);
    // Audit the settled dialog, not its fade-in.
    await expect(page.getByRole('dialog', { name: dialog })).toHaveCSS('opacity', '1');
    await audit(page, dialog, 'dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: dialog })).toBeHidden();
  }
  await page.getByRole('link', { name: 'myclusteredredis-before-upgrade' }).click();
  await expect(page.getByRole('heading', { name: 'myclusteredredis-before-upgrade' })).toBeVisible();
  await audit(page, 'Backup details');
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await audit(page, 'Page not found');
});

test('empty and no-match states', async ({ ec, page }) => {
  await ec.open({ dataset: { clusters: [] } });
  await expect(page.getByText('No Redis OSS caches')).toBeVisible();
  await audit(page, 'No clusters');
  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  await expect(page.getByText('No backups')).toBeVisible();
  await audit(page, 'No backups');
});

test('reflows to 320 px (400 % zoom): the navigation folds into a menu and the Backup flow works', async ({ ec, page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await ec.open();
  const noSidewaysScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await noSidewaysScroll()).toBe(true);
  await audit(page, 'Redis OSS caches at 320 px');

  await ec.select('mynonclusteredredis');
  await expect(ec.backupButton()).toBeInViewport();
  await ec.backupButton().click();
  await expect(ec.backupName()).toBeFocused();
  expect(await noSidewaysScroll()).toBe(true);
  await ec.dialog().getByRole('button', { name: 'Create Backup' }).click();
  await expect(ec.row('mynonclusteredredis').getByText('snapshotting')).toBeVisible();

  const menu = page.getByRole('button', { name: 'Navigation' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await page.getByRole('navigation', { name: 'ElastiCache' }).getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { name: /^Backups \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'ElastiCache' })).toBeHidden();
  await expect(menu).toBeFocused();
  expect(await noSidewaysScroll()).toBe(true);
  await audit(page, 'Backups at 320 px');
});
