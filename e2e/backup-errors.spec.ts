import { expect, isAction, test } from './fixtures';

test('a duplicate name keeps the dialog open with what was typed, and can be corrected', async ({ ec, page }) => {
  await ec.open();
  await ec.select('myclusteredredis');
  await ec.backupButton().click();
  await ec.backupName().fill('Baseline-Test-Data');
  await ec.backupName().press('Enter');

  await expect(ec.dialog().getByText('Snapshot with specified name [baseline-test-data] already exists.')).toBeVisible();
  await expect(ec.backupName()).toHaveValue('Baseline-Test-Data');

  await ec.backupName().fill('baseline-test-data-2');
  await ec.dialog().getByRole('button', { name: 'Create Backup' }).click();
  await expect(ec.dialog()).toBeHidden();
  await expect(ec.row('myclusteredredis').getByText('snapshotting')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Creating backup baseline-test-data-2' })).toBeVisible();
});

test('a cache.t1.micro cluster cannot be backed up, and the console says why', async ({ ec, page }) => {
  await ec.open();
  const sent: string[] = [];
  page.on('request', (r) => isAction(r, 'CreateSnapshot') && sent.push(r.url()));
  await ec.select('mylegacyredis');
  await expect(ec.backupButton()).toBeDisabled();
  await expect(ec.backupButton()).toHaveAccessibleDescription(
    "mylegacyredis runs on cache.t1.micro nodes, which don't support backups.",
  );
  expect(sent).toEqual([]);
});

test('a cluster that is not available cannot be backed up', async ({ ec }) => {
  await ec.open({ dataset: { clusters: [{ kind: 'single', id: 'busy', status: 'modifying' }] } });
  await expect(ec.row('busy').getByText('modifying')).toBeVisible();
  await ec.select('busy');
  await expect(ec.backupButton()).toBeDisabled();
  await expect(ec.backupButton()).toHaveAccessibleDescription(/busy is modifying; a backup can start only when the cluster is available/);
});

test('a Create Backup dialog whose code cannot load says so, and Retry opens it', async ({ ec, page }) => {
  // The console's server went away after the table loaded (a redeploy, a dropped connection).
  let serverUp = false;
  await page.context().route(/\/assets\/CreateBackupDialog-[^/]+\.js$/, (route) => (serverUp ? route.continue() : route.abort('connectionreset')));
  await ec.open();
  await ec.select('mynonclusteredredis');
  await ec.backupButton().click();

  const failure = page.getByRole('dialog', { name: 'Create Backup' });
  await expect(failure.getByRole('alert')).toContainText("The Create Backup dialog couldn't load");
  serverUp = true;
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(ec.backupName()).toBeFocused();
  await expect(ec.backupName()).toHaveValue(/^mynonclusteredredis-\d{8}-\d{4}$/);
});
