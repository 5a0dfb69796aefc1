import { audit } from './axe';
import { BACKUP_MS, expect, settle, test } from './fixtures';

/**
 * Export to Amazon S3 from the Backups Actions menu. The browser's emulator keeps its S3
 * buckets in memory (README, `s3Buckets`) and has no bucket listing to show: the result is
 * the notification naming the objects written, one per shard.
 */

test('export a backup: the service’s fault at the bucket, then the objects, one per shard', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  await ec.backupRow('myclusteredredis-before-upgrade').getByRole('radio').check();
  // The Actions menu from the keyboard.
  await page.getByRole('button', { name: 'Actions' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Export to Amazon S3' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export to Amazon S3' });
  const bucket = dialog.getByRole('textbox', { name: 'S3 bucket name' });
  const prefix = dialog.getByRole('textbox', { name: 'Backup name prefix' });
  await expect(prefix).toHaveValue('myclusteredredis-before-upgrade');
  await prefix.fill('nightly');

  await bucket.fill('no-such-bucket');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByText('The S3 bucket no-such-bucket does not exist.')).toBeVisible();
  await expect(bucket).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toHaveCSS('opacity', '1');
  await audit(page, 'Export to Amazon S3 dialog with a fault', 'dialog');

  await bucket.fill('my-elasticache-backups');
  const cli = await ec.cliText(dialog);
  expect(cli).toBe(
    'aws elasticache copy-snapshot \\\n    --source-snapshot-name myclusteredredis-before-upgrade \\\n    --target-snapshot-name nightly \\\n    --target-bucket my-elasticache-backups',
  );
  const request = ec.nextRequest('CopySnapshot');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const sent = Object.fromEntries(await request);
  // The CLI text names exactly the parameters the emulator received.
  const options = [...cli.matchAll(/--([a-z-]+) (\S+)/g)].map(([, o, v]) => [o, v]);
  expect(options).toEqual([
    ['source-snapshot-name', sent.SourceSnapshotName],
    ['target-snapshot-name', sent.TargetSnapshotName],
    ['target-bucket', sent.TargetBucket],
  ]);
  await expect(dialog).toBeHidden();

  const notices = page.getByRole('region', { name: 'Notifications' });
  await expect(notices.getByText('s3://my-elasticache-backups/nightly-0001.rdb, s3://my-elasticache-backups/nightly-0002.rdb', { exact: false })).toBeVisible();
  await expect(ec.backupRow('myclusteredredis-before-upgrade').getByText('exporting')).toBeVisible();
  await page.clock.runFor(settle(BACKUP_MS));
  await expect(notices.getByText('Backup myclusteredredis-before-upgrade is exported to Amazon S3')).toBeVisible();
  await expect(notices.getByText(/s3:\/\/my-elasticache-backups\/nightly-0002\.rdb/)).toBeVisible();
  await expect(ec.backupRow('myclusteredredis-before-upgrade').getByText('available')).toBeVisible();

  // The same prefix again: the objects exist, the service refuses, at the prefix.
  await ec.action('Export to Amazon S3');
  await bucket.fill('my-elasticache-backups');
  await prefix.fill('nightly');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByText(/already contains an object with key nightly-0001\.rdb/)).toBeVisible();
  await expect(prefix).toHaveAttribute('aria-invalid', 'true');
});
