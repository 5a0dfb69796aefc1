import { queryOptions } from '@tanstack/react-query';
import { config } from '../config';
import type { ProxyInfo } from '../domain/proxy-info';

/** The account, region and mode of the AWS proxy; asked once, only when the endpoint is one. */
export const proxyInfoQuery = () =>
  queryOptions({
    queryKey: ['proxy-info'] as const,
    queryFn: ({ signal }) => fetchProxyInfo(signal),
    enabled: config.awsProxy,
    staleTime: Infinity,
  });

async function fetchProxyInfo(signal?: AbortSignal): Promise<ProxyInfo> {
  // Loaded here, not statically: its zod schema (about 20 KB gzipped) isn't the first screen's code (issue 17).
  const { PROXY_INFO_PATH, proxyInfoSchema } = await import('../domain/proxy-info');
  const response = await fetch(`${config.endpoint.replace(/\/$/, '')}${PROXY_INFO_PATH}`, { signal });
  if (!response.ok) throw new Error(`The AWS proxy did not say which account it uses (HTTP ${response.status}).`);
  return proxyInfoSchema.parse(await response.json());
}
