import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusIndicator, toneOf } from './StatusIndicator';

describe('StatusIndicator', () => {
  it.each([
    ['available', 'success'],
    ['snapshotting', 'in-progress'],
    ['creating', 'in-progress'],
    ['modifying', 'in-progress'],
    ['deleting', 'in-progress'],
    ['rebooting cluster nodes', 'in-progress'],
    ['restore-failed', 'error'],
    ['incompatible-network', 'error'],
    ['deleted', 'stopped'],
    ['scaling', 'in-progress'],
    ['something-new', 'info'],
  ])('%s is %s', (status, tone) => {
    expect(toneOf(status)).toBe(tone);
  });

  it('always shows the status word, with a spinner only while in progress', () => {
    const { rerender } = render(<StatusIndicator status="snapshotting" />);
    expect(screen.getByText('snapshotting')).toBeVisible();
    expect(screen.getByRole('progressbar', { hidden: true })).toBeInTheDocument();
    rerender(<StatusIndicator status="available" />);
    expect(screen.getByText('available')).toBeVisible();
    expect(screen.queryByRole('progressbar', { hidden: true })).not.toBeInTheDocument();
  });
});
