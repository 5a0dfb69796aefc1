import { BACKUP_MS, expect, test } from './fixtures';

/** The seed's three CLI examples, through the console: the request AWS would receive. */
const cases = [
  { kind: 'cluster mode disabled, no replicas', cluster: 'mynonclusteredredis', params: { CacheClusterId: 'mynonclusteredredis' } },
  { kind: 'cluster mode disabled, with replicas', cluster: 'myreplicatedredis', node: 'myreplicatedredis-003', params: { CacheClusterId: 'myreplicatedredis-003' } },
  { kind: 'cluster mode enabled', cluster: 'myclusteredredis', params: { ReplicationGroupId: 'myclusteredredis' } },
];

for (const c of cases) {
  test(`Backup of ${c.kind}: CreateSnapshot, snapshotting, then available`, async ({ ec, page }) => {
    await ec.open();
    await expect(ec.backupButton()).toBeDisabled();
    await ec.select(c.cluster);
    await ec.backupButton().click();
    await expect(ec.dialog()).toBeVisible();
    await expect(ec.dialog()).toContainText(c.cluster);
    if (c.node) {
      await expect(ec.dialog().getByRole('radio', { name: 'myreplicatedredis-002 (replica)' })).toBeChecked();
      await ec.dialog().getByRole('radio', { name: `${c.node} (replica)` }).check();
    }
    await ec.backupName().fill('bkup-20150515');

    const request = ec.nextRequest('CreateSnapshot');
    await ec.dialog().getByRole('button', { name: 'Create Backup' }).click();
    const params = await request;
    expect(Object.fromEntries(params)).toEqual({
      Action: 'CreateSnapshot',
      Version: '2015-02-02',
      SnapshotName: 'bkup-20150515',
      ...c.params,
    });

    await expect(ec.dialog()).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Creating backup bkup-20150515' })).toBeVisible();
    await expect(ec.row(c.cluster).getByText('snapshotting')).toBeVisible();
    await expect(ec.backupButton()).toBeDisabled();

    await page.clock.runFor(BACKUP_MS + 2_500);
    await expect(ec.row(c.cluster).getByText('available')).toBeVisible();
    await expect(ec.backupButton()).toBeEnabled();
    await expect(page.getByRole('status').filter({ hasText: 'Backup bkup-20150515 is complete' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Creating backup bkup-20150515' })).toHaveCount(0);
  });
}

test('polls while a backup runs and sends nothing once all is settled', async ({ ec, page }) => {
  await ec.open();
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/emulator')) requests.push(r.postData() ?? '');
  });
  await page.clock.runFor(30_000);
  expect(requests).toHaveLength(0);

  await ec.select('mynonclusteredredis');
  await ec.backupButton().click();
  await ec.dialog().getByRole('button', { name: 'Create Backup' }).click();
  await expect(ec.row('mynonclusteredredis').getByText('snapshotting')).toBeVisible();
  await page.clock.runFor(BACKUP_MS + 2_500);
  await expect(ec.row('mynonclusteredredis').getByText('available')).toBeVisible();
  // Settled means both the list and the backup's own progress have seen the end.
  await expect(page.getByRole('status').filter({ hasText: /^Backup .+ is complete/ })).toBeVisible();

  // A round trip to the page delivers every request event sent before it.
  await page.evaluate(() => 0);
  const settledAt = requests.length;
  expect(settledAt).toBeGreaterThan(1);
  await page.clock.runFor(30_000);
  await page.evaluate(() => 0);
  expect(requests).toHaveLength(settledAt);
});
