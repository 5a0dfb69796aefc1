import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmulatorStartFailure } from './EmulatorStartFailure';

describe('the emulator start failure', () => {
  it('says why, and sends the user to localhost or https only when service workers are what is missing', () => {
    const { rerender } = render(<EmulatorStartFailure message="dataset: cache-b has SnapshotRetentionLimit 0" serviceWorkers />);
    expect(screen.getByText('dataset: cache-b has SnapshotRetentionLimit 0')).toBeInTheDocument();
    expect(screen.queryByText(/Open the console at http:\/\/localhost/)).not.toBeInTheDocument();
    rerender(<EmulatorStartFailure message="Service workers are not available" serviceWorkers={false} />);
    expect(screen.getByText(/Open the console at http:\/\/localhost or over https/)).toBeInTheDocument();
  });
});
