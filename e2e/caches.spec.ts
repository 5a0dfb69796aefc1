import { audit } from './axe';
import { expect, test } from './fixtures';

/** Issue 14: caches by engine, as today's console lists them, with an Actions menu. */

test('the seed-era /redis opens Redis OSS caches; each engine has its list, with an Engine column', async ({ ec, page }) => {
  await ec.open();
  await expect(page).toHaveURL(/\/redis-oss-caches$/);
  const nav = page.getByRole('navigation', { name: 'ElastiCache' });
  await expect(nav.getByRole('link', { name: 'Redis OSS caches' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Redis OSS caches (6)' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Engine', exact: true })).toBeVisible();
  await expect(ec.row('myclusteredredis')).toContainText('Redis OSS');

  await nav.getByRole('link', { name: 'Memcached caches' }).click();
  await expect(page.getByRole('heading', { name: 'Memcached caches (1)' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^mymemcached .*Memcached/ })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Actions' })).toHaveCount(0);
  await audit(page, 'Memcached caches');

  await nav.getByRole('link', { name: 'Valkey caches' }).click();
  await expect(page.getByRole('heading', { name: 'Valkey caches (0)' })).toBeVisible();
  await expect(page.getByText('No Valkey caches')).toBeVisible();
  await audit(page, 'Valkey caches');
});

test('Actions works from the keyboard: items say why they are disabled, Delete opens its dialog', async ({ ec, page }) => {
  await ec.open();
  const radio = page.getByRole('radio', { name: 'Select myisolatedredis' });
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  const actions = page.getByRole('button', { name: 'Actions' });
  for (let i = 0; i < 20 && !(await actions.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(actions).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: /^Backup/ })).toContainText('a backup can start only when the cluster is available');
  await expect(menu.getByRole('menuitem', { name: /^Delete/ })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(actions).toBeFocused();

  await ec.select('myreplicatedredis');
  await actions.focus();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem', { name: 'Backup', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Delete', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Delete myreplicatedredis' })).toBeVisible();
});

test('a cache’s page: its name links there; summary, tabs and the same Actions', async ({ ec, page }) => {
  await ec.open();
  await page.getByRole('link', { name: 'myclusteredredis', exact: true }).click();
  await expect(page).toHaveURL(/\/redis-oss-caches\/myclusteredredis$/);
  await expect(page.getByRole('heading', { name: 'myclusteredredis', level: 1 })).toBeVisible();
  await expect(page.getByText('Configuration endpoint')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy configuration endpoint' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Nodes' }).getByRole('row')).toHaveCount(5);
  await audit(page, 'Cache page, Nodes');

  await page.getByRole('tab', { name: 'Backups' }).click();
  await expect(page.getByRole('table', { name: 'Backups of myclusteredredis' }).getByRole('link', { name: /myclusteredredis-before-upgrade/ })).toBeVisible();
  await expect(page.getByText('10:00-11:00')).toBeVisible();
  await page.getByRole('tab', { name: 'Tags' }).click();
  await expect(page.getByRole('table', { name: 'Tags' })).toBeVisible();
  await audit(page, 'Cache page, Tags');

  // The seed's flow from here too: Backup, Create Backup, snapshotting.
  await ec.backupButton().click();
  await ec.backupName().fill('from-its-page');
  await ec.dialog().getByRole('button', { name: 'Create Backup' }).click();
  await expect(ec.dialog()).toBeHidden();
  await expect(page.getByText('snapshotting').first()).toBeVisible();
});

test('deleting a cache asks for its name typed exactly', async ({ ec, page }) => {
  await ec.open();
  await ec.select('mynonclusteredredis');
  await ec.action('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete mynonclusteredredis' });
  const del = dialog.getByRole('button', { name: 'Delete', exact: true });
  await expect(del).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Type mynonclusteredredis to confirm deletion' }).fill('mynonclustered');
  await expect(dialog.getByText('Type the name exactly: mynonclusteredredis.')).toBeVisible();
  await expect(del).toBeDisabled();
  await ec.confirmDeletion(dialog, 'mynonclusteredredis');
  const request = ec.nextRequest('DeleteCacheCluster');
  await del.click();
  expect((await request).get('CacheClusterId')).toBe('mynonclusteredredis');
  await expect(ec.row('mynonclusteredredis').getByText('deleting')).toBeVisible();
});

test('a long reason why Backup is disabled wraps under the buttons; the actions stay beside the title', async ({ ec, page }) => {
  await ec.open();
  const heading = page.getByRole('heading', { name: /^Redis OSS caches/ });
  await ec.select('mynonclusteredredis');
  await ec.backupButton().click();
  await ec.backupName().fill('long-reason');
  await ec.dialog().getByRole('button', { name: 'Create Backup' }).click();
  await expect(page.getByText('mynonclusteredredis is snapshotting; a backup can start only when the cluster is available.')).toBeVisible();
  // A notification now sits above the title: compare with the title, not with before.
  const [title, button] = await Promise.all([heading.boundingBox(), ec.backupButton().boundingBox()]);
  expect(Math.abs((title?.y ?? 0) - (button?.y ?? NaN))).toBeLessThan(20);
});
