import { queryOptions } from '@tanstack/react-query';
import { config } from '../config';
import { PROXY_INFO_PATH, proxyInfoSchema, type ProxyInfo } from '../domain/proxy-info';

/** The account, region and mode of the AWS proxy; asked once, only when the endpoint is one. */
export const proxyInfoQuery = () =>
  queryOptions({
    queryKey: ['proxy-info'] as const,
    queryFn: ({ signal }) => fetchProxyInfo(signal),
    enabled: config.awsProxy,
    staleTime: Infinity,
  });

async function fetchProxyInfo(signal?: AbortSignal): Promise<ProxyInfo> {
  const response = await fetch(`${config.endpoint.replace(/\/$/, '')}${PROXY_INFO_PATH}`, { signal });
  if (!response.ok) throw new Error(`The AWS proxy did not say which account it uses (HTTP ${response.status}).`);
  return proxyInfoSchema.parse(await response.json());
}
