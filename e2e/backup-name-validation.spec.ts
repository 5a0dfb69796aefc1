import { expect, test } from './fixtures';

test('Backup Name is validated live, one message per broken rule', async ({ ec }) => {
  await ec.open();
  await ec.select('mynonclusteredredis');
  await ec.backupButton().click();
  const name = ec.backupName();
  const create = ec.dialog().getByRole('button', { name: 'Create Backup' });
  await expect(name).toHaveValue(/^mynonclusteredredis-\d{8}-\d{4}$/);
  await expect(create).toBeEnabled();

  await name.clear();
  await expect(ec.dialog().getByText('Must contain 1 to 40 characters.')).toBeVisible();
  await expect(create).toBeDisabled();

  await name.pressSequentially('9');
  await expect(ec.dialog().getByText('Must begin with a letter.')).toBeVisible();

  await name.clear();
  await name.pressSequentially('my--bkup-');
  await expect(ec.dialog().getByText("Can't contain two consecutive hyphens.")).toBeVisible();
  await expect(ec.dialog().getByText("Can't end with a hyphen.")).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');

  await name.clear();
  await name.pressSequentially('my_bkup');
  await expect(ec.dialog().getByText('Can only contain ASCII letters, digits and hyphens (not “_”).')).toBeVisible();

  await name.fill('a'.repeat(41));
  await expect(ec.dialog().getByText('Must contain 1 to 40 characters (this has 41).')).toBeVisible();

  await name.press('Backspace');
  await expect(ec.dialog().getByRole('alert')).toHaveCount(0);
  await expect(create).toBeEnabled();
});
