import { CreateCacheClusterCommand, CreateReplicationGroupCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { expect, test } from '@playwright/test';
import { seedClusters } from '../src/contract/scenario';

/**
 * The main Backup flow on a console built for an endpoint, against moto_server, against
 * `npm run emulator`, and against moto_server behind the AWS proxy (projects in playwright.config.ts). Real time, no emulator
 * settings from the page: whatever the service does, the console must cope with it.
 */
test.beforeEach(async ({ request }, testInfo) => {
  // The service itself, not the AWS proxy in front of it (which forwards the console's actions only).
  const endpoint = String(testInfo.project.metadata.service);
  // moto's reset path; the emulator service answers it too.
  expect((await request.post(`${endpoint}/moto-api/reset`)).ok()).toBe(true);
  const client = new ElastiCacheClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });
  await client.send(new CreateCacheClusterCommand(seedClusters.nonClustered));
  await client.send(new CreateReplicationGroupCommand(seedClusters.clustered));
});

test('clusters list, Backup, and the backups list against the endpoint', async ({ page }, testInfo) => {
  await page.goto('/redis');
  await expect(page.getByRole('heading', { name: 'Redis OSS caches (2)' })).toBeVisible();
  // moto keeps the case it was given; AWS (and the emulator) store ids lowercase.
  const checkbox = page.getByRole('radio', { name: /^Select mynonclusteredredis$/i });
  const row = page.getByRole('row').filter({ has: checkbox });
  await expect(row.getByText('available')).toBeVisible();
  await checkbox.check();
  await page.getByRole('button', { name: 'Backup', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Backup' });
  await dialog.getByRole('textbox', { name: 'Backup Name' }).fill('endpoint-bkup');
  // The equivalent command goes where the console acts: the endpoint, or through the AWS proxy the real AWS in its Region.
  await dialog.getByRole('button', { name: 'Equivalent AWS CLI command and API request' }).click();
  const cli = dialog.getByLabel('AWS CLI (Linux, macOS)');
  await expect(cli).toContainText('--region us-east-1');
  if (testInfo.project.name === 'aws-proxy') await expect(cli).not.toContainText('--endpoint-url');
  else await expect(cli).toContainText(`--endpoint-url ${String(testInfo.project.metadata.endpoint)}`);
  await dialog.getByRole('button', { name: 'Create Backup' }).click();
  await expect(dialog).toBeHidden();

  // The emulator service takes 3 s; moto finishes at once. Either way it ends available.
  if (testInfo.project.name === 'emulator-service') await expect(row.getByText('snapshotting')).toBeVisible();
  await expect(row.getByText('available')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Backup endpoint-bkup is complete' })).toBeVisible({ timeout: 15_000 });

  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  const backup = page.getByRole('row').filter({ has: page.getByRole('radio', { name: 'Select endpoint-bkup' }) });
  await expect(backup.getByText('available')).toBeVisible();
  await expect(backup).toContainText(/mynonclusteredredis/i);
  await expect(backup).toContainText('manual');
});
