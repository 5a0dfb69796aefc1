import { screen, within } from '@testing-library/react';
import { ConsoleLayout } from './ConsoleLayout';
import { renderWithProviders } from '../test/render';

describe('ConsoleLayout top bar', () => {
  it('names what answers and the region', () => {
    renderWithProviders(
      <ConsoleLayout nav={[]} activeHref="/redis" breadcrumbs={[]} endpointLabel="Local emulator" regionLabel="US East (N. Virginia)">
        page
      </ConsoleLayout>,
    );
    const bar = within(screen.getByRole('banner'));
    expect(bar.getByText('Local emulator')).toBeInTheDocument();
    expect(bar.getByText('US East (N. Virginia)')).toBeInTheDocument();
  });
});
