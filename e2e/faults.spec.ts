import { BACKUP_MS, E2E_START, expect, isAction, settle, test } from './fixtures';

/** The emulator told to fail (README, "Fault injection"): the console stays truthful and keeps what was typed. */

test('reads retry through throttling and a 500, then show the clusters', async ({ page }) => {
  await page.addInitScript(() => {
    window.__ELASTICACHE_EMULATOR__ = {
      faults: [
        { kind: 'throttling', action: 'DescribeCacheClusters', times: 1 },
        { kind: 'http-500', action: 'DescribeCacheClusters', times: 1 },
      ],
    };
  });
  await page.clock.install({ time: E2E_START });
  await page.goto('/redis');
  await expect(page.getByRole('status').filter({ hasText: 'Loading Redis OSS caches' })).toBeVisible();
  await page.clock.runFor(4_000);
  await expect(page.getByRole('heading', { name: 'Redis OSS caches (6)' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a list that keeps failing says why and offers Retry', async ({ ec, page }) => {
  await ec.open({ faults: [{ kind: 'drop', action: 'DescribeSnapshots', times: 3 }] }, '/redis');
  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  await page.clock.runFor(4_000);
  const alert = page.getByRole('alert').filter({ hasText: "Couldn't load the backups." });
  await expect(alert).toContainText("Couldn't reach the ElastiCache endpoint");
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: 'Backups (4)' })).toBeVisible();
});

test('an answer lost after the backup started is reported as success, and one backup exists', async ({ ec, page }) => {
  await ec.open({ faults: [{ kind: 'http-500', action: 'CreateSnapshot', afterProcessing: true, times: 1 }] });
  await ec.select('mynonclusteredredis');
  await ec.backupButton().click();
  await ec.backupName().fill('lost-answer');
  await ec.dialog().getByRole('button', { name: 'Create Backup' }).click();
  await expect(ec.dialog()).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Creating backup lost-answer' })).toBeVisible();
  await expect(ec.row('mynonclusteredredis').getByText('snapshotting')).toBeVisible();
  await page.clock.runFor(settle(BACKUP_MS));
  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Backups (5)' })).toBeVisible();
  await expect(ec.backupRow('lost-answer').getByText('available')).toBeVisible();
});

test('a dropped connection keeps the dialog and the name; Retry makes the one backup', async ({ ec }) => {
  await ec.open({ faults: [{ kind: 'drop', action: 'CreateSnapshot', times: 1 }] });
  await ec.select('myclusteredredis');
  await ec.backupButton().click();
  await ec.backupName().fill('after-the-drop');
  await ec.dialog().getByRole('button', { name: 'Create Backup' }).click();
  await expect(ec.dialog().getByRole('alert')).toContainText("The backup was not started: Couldn't reach the ElastiCache endpoint");
  await expect(ec.backupName()).toHaveValue('after-the-drop');
  await ec.dialog().getByRole('button', { name: 'Retry' }).click();
  await expect(ec.dialog()).toBeHidden();
  await expect(ec.row('myclusteredredis').getByText('snapshotting')).toBeVisible();
});

test('a slow answer shows progress; clicking again sends nothing more', async ({ ec, page }) => {
  await ec.open({ faults: [{ kind: 'slow', action: 'CreateSnapshot', delayMs: 4_000 }] });
  const creates: string[] = [];
  page.on('request', (r) => {
    if (isAction(r, 'CreateSnapshot')) creates.push(r.postData() ?? '');
  });
  await ec.select('mynonclusteredredis');
  await ec.backupButton().click();
  await ec.backupName().fill('slow-one');
  const submit = ec.dialog().getByRole('button', { name: 'Create Backup' });
  await submit.click();
  await expect(submit).toBeDisabled();
  await ec.backupName().press('Enter');
  await expect(ec.backupName()).toHaveValue('slow-one');
  await page.clock.runFor(4_000);
  await expect(ec.dialog()).toBeHidden();
  expect(creates).toHaveLength(1);
});
