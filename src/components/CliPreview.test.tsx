import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { CliPreview } from './CliPreview';

import { deleteSnapshotRequest } from '../domain/requests';

const request = deleteSnapshotRequest('bkup-1');

describe('CliPreview', () => {
  it('shows the Linux, Windows and API forms, and copies the one shown', async () => {
    const { user } = renderWithProviders(<CliPreview request={request} />);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Equivalent AWS CLI command and API request' }));
    expect(screen.getByLabelText('AWS CLI (Linux, macOS)')).toHaveTextContent('aws elasticache delete-snapshot \\ --snapshot-name bkup-1');

    await user.click(screen.getByRole('tab', { name: 'AWS CLI (Windows)' }));
    expect(screen.getByLabelText('AWS CLI (Windows)')).toHaveTextContent('aws elasticache delete-snapshot ^ --snapshot-name bkup-1');
    await user.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    expect(writeText).toHaveBeenCalledWith('aws elasticache delete-snapshot ^\n    --snapshot-name bkup-1');
    expect(screen.getByRole('status')).toHaveTextContent('Copied the AWS CLI (Windows) text.');

    await user.click(screen.getByRole('tab', { name: 'API request' }));
    expect(screen.getByLabelText('API request')).toHaveTextContent('?Action=DeleteSnapshot &SnapshotName=bkup-1 &Version=2015-02-02');
  });

  it('says so when the browser blocks the clipboard', async () => {
    const { user } = renderWithProviders(<CliPreview request={request} />);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Equivalent AWS CLI command and API request' }));
    await user.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Copying was blocked by the browser');
  });
});
