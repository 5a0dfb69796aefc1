import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate } from '../../components/router';
import { resetEmulator } from '../../test/emulator';
import { renderWithProviders } from '../../test/render';
import { BackupsPage } from './BackupsPage';
import { exportFaultField } from './export-form';

const dataset = {
  clusters: [{ kind: 'single' as const, id: 'c1', snapshotRetentionLimit: 1 }],
  snapshots: [
    { name: 'mine', from: 'c1' },
    { from: 'c1', source: 'automated' as const, ageHours: 2 },
  ],
};

afterEach(() => navigate('/'));

async function openMenu(radio: RegExp) {
  resetEmulator({ dataset });
  const utils = renderWithProviders(<BackupsPage />);
  await utils.user.click(await screen.findByRole('radio', { name: radio }));
  await utils.user.click(screen.getByRole('button', { name: 'Actions' }));
  return utils;
}

describe('Export to Amazon S3', () => {
  it('is refused for an automatic backup, with the reason: copy it first', async () => {
    await openMenu(/^Select automatic\./);
    const item = screen.getByRole('menuitem', { name: /^Export to Amazon S3/ });
    expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(item).toHaveTextContent(/is an automatic backup, which can't be exported: copy it first, then export the copy\./);
  });

  it('checks the bucket name as typed, shows the CLI command it sends, and the service’s fault at the bucket', async () => {
    const { user } = await openMenu(/^Select mine$/);
    await user.click(screen.getByRole('menuitem', { name: 'Export to Amazon S3' }));
    const dialog = screen.getByRole('dialog', { name: 'Export to Amazon S3' });
    const bucket = within(dialog).getByRole('textbox', { name: /S3 bucket name/ });
    const submit = within(dialog).getByRole('button', { name: 'Export' });
    await user.type(bucket, 'My_Bucket');
    expect(await within(dialog).findByText(/Bucket names can contain only lowercase letters/)).toBeInTheDocument();
    expect(submit).toBeDisabled();

    await user.clear(bucket);
    await user.type(bucket, 'my-elasticache-backups');
    await user.click(within(dialog).getByRole('button', { name: 'Equivalent AWS CLI command and API request' }));
    expect(within(dialog).getByLabelText('AWS CLI (Linux, macOS)')).toHaveTextContent(
      'aws elasticache copy-snapshot \\ --source-snapshot-name mine \\ --target-snapshot-name mine \\ --target-bucket my-elasticache-backups',
    );
    // The test emulator has no S3 store: the service's refusal belongs at the bucket.
    await user.click(submit);
    expect(await within(dialog).findByText(/TargetBucket \(export to Amazon S3\) needs an S3 store/)).toBeInTheDocument();
    expect(bucket).toHaveAttribute('aria-invalid', 'true');
    // At the field, not at the top of the dialog.
    expect(within(dialog).queryByText(/^InvalidParameterValueException/)).not.toBeInTheDocument();
  });

  it.each([
    ['The S3 bucket b1 does not exist.', 'bucket'],
    ['The S3 bucket b1 is outside of the region.', 'bucket'],
    ['ElastiCache has not been granted WRITE permissions b1 on the S3 Bucket.', 'bucket'],
    ['The S3 bucket b1 already contains an object with key x-0001.rdb.', 'targetName'],
    ["Snapshot a is an automatic backup, which can't be exported: copy it first (CopySnapshot without TargetBucket), then export the copy.", null],
  ])('puts “%s” at %s', (message, field) => {
    expect(exportFaultField({ kind: 'service', code: 'InvalidParameterValueException', message })).toBe(field);
  });
});
