import { BACKUP_MS, CREATE_MS, DELETE_MS, expect, isAction, settle, test } from './fixtures';

/** Clusters come and go: delete with a final backup; the seed's loop of restoring a baseline. */

test('delete a cluster with a final backup: the backup is still listed after the cluster is gone', async ({ ec, page }) => {
  await ec.open();
  await ec.select('myreplicatedredis');
  await ec.action('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete myreplicatedredis' });
  await expect(dialog.getByRole('checkbox', { name: 'Create final backup' })).toBeChecked();
  const finalName = dialog.getByRole('textbox', { name: 'Final backup name' });
  await expect(finalName).toHaveValue(/^myreplicatedredis-final-\d{8}-\d{4}$/);
  await finalName.fill('replicated-final-');
  await expect(dialog.getByText("Can't end with a hyphen.")).toBeVisible();
  await finalName.fill('replicated-final');

  const request = ec.nextRequest('DeleteReplicationGroup');
  await ec.confirmDeletion(dialog, 'myreplicatedredis');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  expect(Object.fromEntries(await request)).toMatchObject({
    ReplicationGroupId: 'myreplicatedredis',
    FinalSnapshotIdentifier: 'replicated-final',
  });
  await expect(ec.row('myreplicatedredis').getByText('deleting')).toBeVisible();
  await page.clock.runFor(settle(BACKUP_MS + DELETE_MS));
  await expect(ec.row('myreplicatedredis')).toHaveCount(0);

  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  const row = ec.backupRow('replicated-final');
  await expect(row).toContainText('myreplicatedredis');
  await expect(row).toContainText('manual');
  await expect(row.getByText('available')).toBeVisible();
  // Its automatic backup went with it.
  await expect(page.getByRole('rowheader', { name: /^automatic\.myreplicatedredis/ })).toHaveCount(0);
});

test('a t1.micro cluster is deleted without a final backup, which it cannot have', async ({ ec, page }) => {
  await ec.open();
  await ec.select('mylegacyredis');
  await ec.action('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete mylegacyredis' });
  await expect(dialog.getByRole('checkbox', { name: 'Create final backup' })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Create final backup' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
  await ec.confirmDeletion(dialog, 'mylegacyredis');
  const request = ec.nextRequest('DeleteCacheCluster');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  expect(Object.fromEntries(await request)).toEqual({ Action: 'DeleteCacheCluster', Version: '2015-02-02', CacheClusterId: 'mylegacyredis' });
});

test('the seed’s test-data loop, twice: restore the baseline into a new cluster, use it, delete it', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  for (const run of [1, 2]) {
    await ec.backupRow('baseline-test-data').getByRole('radio').check();
    await ec.action('Restore');
    const dialog = page.getByRole('dialog', { name: 'Restore Backup' });
    await expect(dialog.getByRole('combobox', { name: 'Node type' })).toHaveText('cache.m3.2xlarge');
    const clusterName = dialog.getByRole('textbox', { name: 'New cluster name' });
    await clusterName.fill('test_run');
    await expect(dialog.getByRole('alert')).toHaveText('Can only contain ASCII letters, digits and hyphens (not “_”).');
    await clusterName.fill('test-run');

    const request = ec.nextRequest('CreateCacheCluster');
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    expect(Object.fromEntries(await request)).toMatchObject({
      CacheClusterId: 'test-run',
      SnapshotName: 'baseline-test-data',
      CacheNodeType: 'cache.m3.2xlarge',
    });
    await expect(ec.backupRow('baseline-test-data').getByText('restoring')).toBeVisible();
    await page.clock.runFor(settle(CREATE_MS));
    await expect(ec.backupRow('baseline-test-data').getByText('available')).toBeVisible();

    await page.getByRole('link', { name: 'Redis OSS caches', exact: true }).click();
    await expect(ec.row('test-run').getByText('available')).toBeVisible();
    await expect(ec.row('test-run')).toContainText('cache.m3.2xlarge');
    await expect(ec.row('test-run')).toContainText('3.2.4');

    // The test run is over: delete the cluster (no final backup), leaving the baseline.
    await ec.select('test-run');
    await ec.action('Delete');
    const del = page.getByRole('dialog', { name: 'Delete test-run' });
    await del.getByRole('checkbox', { name: 'Create final backup' }).uncheck();
    await ec.confirmDeletion(del, 'test-run');
    await del.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.clock.runFor(settle(DELETE_MS));
    await expect(ec.row('test-run')).toHaveCount(0);
    await page.getByRole('link', { name: 'Backups', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Backups (4)' })).toBeVisible();
    expect(run).toBeGreaterThan(0);
  }
});

test('restoring into a name that exists is refused before sending, the name kept as typed', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  const sent: string[] = [];
  page.on('request', (r) => isAction(r, 'CreateCacheCluster') && sent.push(r.url()));
  await ec.backupRow('baseline-test-data').getByRole('radio').check();
  await ec.action('Restore');
  const dialog = page.getByRole('dialog', { name: 'Restore Backup' });
  const clusterName = dialog.getByRole('textbox', { name: 'New cluster name' });
  await clusterName.fill('myNonClusteredRedis');
  // Ids are matched without regard to case, as the service stores them lowercase.
  await expect(dialog.getByText(/^mynonclusteredredis is already used by a cluster\. Choose another name\.$/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Restore', exact: true })).toBeDisabled();
  await expect(clusterName).toHaveValue('myNonClusteredRedis');
  expect(sent).toEqual([]);
});
