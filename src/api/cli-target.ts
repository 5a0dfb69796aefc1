import { useQuery } from '@tanstack/react-query';
import { config } from '../config';
import type { CliTarget } from '../domain/aws-cli';
import { proxyInfoQuery } from './proxy-info';

/**
 * Where the console's equivalent AWS CLI commands should go: nowhere added on the in-browser
 * emulator (the CLI can't reach it; the command reads as the AWS docs print it); the endpoint and
 * Region of an endpoint build; through the AWS proxy, the proxy's Region on the real AWS.
 */
export function useCliTarget(): CliTarget {
  const proxy = useQuery(proxyInfoQuery()).data;
  if (config.emulator) return {};
  if (config.awsProxy) return { region: proxy?.region ?? config.region };
  return { endpointUrl: config.endpoint, region: config.region };
}
