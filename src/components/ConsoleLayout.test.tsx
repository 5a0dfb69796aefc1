import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { proxyInfoQuery } from '../api/proxy-info';
import { config } from '../config';
import { renderWithProviders } from '../test/render';
import { testEmulator } from '../test/emulator';
import { ConsoleLayout } from './ConsoleLayout';

const layout = <ConsoleLayout nav={[]} activeHref="/redis" breadcrumbs={[]} endpointLabel="Local emulator">page</ConsoleLayout>;

describe('ConsoleLayout top bar', () => {
  it('names the endpoint and the default region without the AWS proxy', () => {
    renderWithProviders(layout);
    const bar = within(screen.getByRole('banner'));
    expect(bar.getByText('Local emulator')).toBeInTheDocument();
    expect(bar.getByText('US East (N. Virginia)')).toBeInTheDocument();
  });

  it("through the AWS proxy shows the account and region it acts on, and says when it is read-only", async () => {
    testEmulator.server.use(
      http.get(`${config.endpoint}/proxy-info`, () => HttpResponse.json({ account: '111122223333', region: 'eu-west-1', readOnly: true })),
    );
    const { queryClient } = renderWithProviders(layout);
    // The query runs by itself only in a build for the proxy; here the test asks it.
    await queryClient.fetchQuery(proxyInfoQuery());
    const bar = within(screen.getByRole('banner'));
    expect(await bar.findByText('AWS account 111122223333 (read-only)')).toBeInTheDocument();
    expect(bar.getByText('eu-west-1')).toBeInTheDocument();
    expect(bar.queryByText('Local emulator')).not.toBeInTheDocument();
  });
});
