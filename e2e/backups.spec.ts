import { BACKUP_MS, DELETE_MS, expect, settle, test } from './fixtures';

/** The Backups screen: copy, delete, link from a cluster, detail; CLI text = what was sent. */

test('copy a backup: the copy is creating and its source copying, then both available', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  await ec.backupRow('baseline-test-data').getByRole('radio').check();
  await ec.action('Copy');
  const dialog = page.getByRole('dialog', { name: 'Copy Backup' });
  const name = dialog.getByRole('textbox', { name: 'New backup name' });
  await expect(name).toHaveValue('baseline-test-data-copy');

  // Same live validation as Backup Name.
  await name.fill('9-copy--');
  await expect(dialog.getByText('Must begin with a letter.')).toBeVisible();
  await expect(dialog.getByText("Can't contain two consecutive hyphens.")).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy', exact: true })).toBeDisabled();
  await name.fill('Baseline-Before-Run');

  const cli = await ec.cliText(dialog);
  expect(cli).toBe(
    'aws elasticache copy-snapshot \\\n    --source-snapshot-name baseline-test-data \\\n    --target-snapshot-name Baseline-Before-Run',
  );
  const request = ec.nextRequest('CopySnapshot');
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  const sent = Object.fromEntries(await request);
  // The CLI text names exactly the parameters the emulator received.
  const options = [...cli.matchAll(/--([a-z-]+) (\S+)/g)].map(([, o, v]) => [o, v]);
  expect(options).toEqual([
    ['source-snapshot-name', sent.SourceSnapshotName],
    ['target-snapshot-name', sent.TargetSnapshotName],
  ]);

  await expect(dialog).toBeHidden();
  await expect(ec.backupRow('baseline-before-run').getByText('creating')).toBeVisible();
  await expect(ec.backupRow('baseline-test-data').getByText('copying')).toBeVisible();
  await page.clock.runFor(settle(BACKUP_MS));
  await expect(ec.backupRow('baseline-before-run').getByText('available')).toBeVisible();
  await expect(ec.backupRow('baseline-test-data').getByText('available')).toBeVisible();
  await expect(ec.backupRow('baseline-before-run')).toContainText('manual');
});

test('delete a manual backup after confirming: deleting, then gone', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  await expect(page.getByRole('heading', { name: 'Backups (4)' })).toBeVisible();
  await ec.backupRow('myclusteredredis-before-upgrade').getByRole('radio').check();
  await ec.action('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete Backup' });
  await expect(dialog).toContainText('myclusteredredis-before-upgrade');
  await expect(dialog).toContainText("can't be undone");

  const request = ec.nextRequest('DeleteSnapshot');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  expect((await request).get('SnapshotName')).toBe('myclusteredredis-before-upgrade');
  await expect(ec.backupRow('myclusteredredis-before-upgrade').getByText('deleting')).toBeVisible();
  await page.getByRole('button', { name: 'Actions' }).click();
  await expect(page.getByRole('menuitem', { name: /^Delete/ })).toBeDisabled();
  await page.keyboard.press('Escape');
  await page.clock.runFor(settle(DELETE_MS));
  await expect(ec.backupRow('myclusteredredis-before-upgrade')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Backups (3)' })).toBeVisible();
});

test('a failed copy keeps the dialog open with the name typed', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  await ec.backupRow('baseline-test-data').getByRole('radio').check();
  await ec.action('Copy');
  const dialog = page.getByRole('dialog', { name: 'Copy Backup' });
  const name = dialog.getByRole('textbox', { name: 'New backup name' });
  await name.fill('MyClusteredRedis-Before-Upgrade');
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('already exists');
  await expect(name).toHaveValue('MyClusteredRedis-Before-Upgrade');
  await expect(name).toBeFocused();
  // Corrected, the name's fault goes away and does not come back as a top alert.
  await name.fill('baseline-second-copy');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
});

test('from a cluster to its backups, then one backup’s details', async ({ ec, page }) => {
  await ec.open();
  await page.getByRole('link', { name: 'Backups of myclusteredredis' }).click();
  await expect(page).toHaveURL(/\/backups\?cluster=myclusteredredis$/);
  await expect(page.getByText('Cluster: myclusteredredis')).toBeVisible();
  const names = page.getByRole('table', { name: 'Backups' }).getByRole('rowheader');
  await expect(names).toHaveCount(2);
  // Newest first: the automatic backup (taken as its window opened, within a day) before the manual one (10 days old).
  await expect(names.first()).toContainText('automatic.myclusteredredis-');
  await page.getByRole('button', { name: /Created/ }).click();
  await expect(names.first()).toHaveText('myclusteredredis-before-upgrade');

  await names.first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'myclusteredredis-before-upgrade' })).toBeVisible();
  // Section headings are smaller than the page's (they once took MUI's 60 px default).
  await expect(page.getByRole('heading', { name: 'Backup details', level: 2 })).toHaveCSS('font-size', '18px');
  await expect(page.getByText('enabled (2 shards)')).toBeVisible();
  const shards = page.getByRole('table', { name: 'Node snapshots' }).getByRole('row');
  await expect(shards).toHaveCount(3);
  await expect(shards.nth(1)).toContainText('0001');
  await expect(shards.nth(1)).toContainText('8 MB');
});

test('a screen whose code cannot load says so in the console shell, and Retry shows it', async ({ ec, page }) => {
  let serverUp = false;
  await page.context().route(/\/assets\/BackupsPage-[^/]+\.js$/, (route) => (serverUp ? route.continue() : route.abort('connectionreset')));
  await ec.open();
  await page.getByRole('navigation').getByRole('link', { name: 'Backups' }).click();

  await expect(page.getByRole('alert')).toContainText("This page couldn't load");
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Redis' })).toBeVisible();
  serverUp = true;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: /^Backups \(\d+\)$/ })).toBeVisible();
  await expect(ec.backupRow('baseline-test-data')).toBeVisible();
});
