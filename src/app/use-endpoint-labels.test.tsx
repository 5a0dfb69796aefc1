import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { proxyInfoQuery } from '../api/proxy-info';
import { config } from '../config';
import { testEmulator } from '../test/emulator';
import { createQueryClient } from './query-client';
import { useEndpointLabels } from './use-endpoint-labels';

describe('useEndpointLabels', () => {
  it('names the emulator and the default region without the AWS proxy', () => {
    const queryClient = createQueryClient();
    const { result } = renderHook(useEndpointLabels, { wrapper: ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider> });
    expect(result.current).toEqual({ endpointLabel: 'Local emulator', regionLabel: 'US East (N. Virginia)' });
  });

  it('names the Region the console was built for (VITE_AWS_REGION)', () => {
    const built = config.region;
    Object.assign(config, { region: 'eu-west-1' });
    try {
      const queryClient = createQueryClient();
      const { result } = renderHook(useEndpointLabels, { wrapper: ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider> });
      expect(result.current.regionLabel).toBe('Europe (Ireland)');
    } finally {
      Object.assign(config, { region: built });
    }
  });

  it('through the AWS proxy names the account and region it acts on, and says when it is read-only', async () => {
    testEmulator.server.use(
      http.get(`${config.endpoint}/proxy-info`, () => HttpResponse.json({ account: '111122223333', region: 'eu-west-1', readOnly: true })),
    );
    const queryClient = createQueryClient();
    // The query runs by itself only in a build for the proxy; here the test asks it.
    await queryClient.fetchQuery(proxyInfoQuery());
    const { result } = renderHook(useEndpointLabels, { wrapper: ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider> });
    await waitFor(() => expect(result.current).toEqual({ endpointLabel: 'AWS account 111122223333 (read-only)', regionLabel: 'Europe (Ireland)' }));
  });
});
