import { useQuery } from '@tanstack/react-query';
import { proxyInfoQuery } from '../api/proxy-info';
import { config } from '../config';
import { regionName } from '../domain/regions';

/** What the product bar names: the emulator, an endpoint, or (through the AWS proxy) the account and region. */
export function useEndpointLabels(): { endpointLabel: string; regionLabel: string } {
  const proxy = useQuery(proxyInfoQuery()).data;
  if (proxy) return { endpointLabel: `AWS account ${proxy.account}${proxy.readOnly ? ' (read-only)' : ''}`, regionLabel: regionName(proxy.region) };
  return { endpointLabel: config.emulator ? 'Local emulator' : config.endpoint, regionLabel: regionName(config.region) };
}
