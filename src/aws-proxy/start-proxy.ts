import type { Server } from 'node:http';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { callerIdentity, type CallerIdentity } from './caller-identity';
import { listen } from './listen';
import { awsEndpoint, createAwsProxy, type ProxyOptions } from './proxy-server';

export interface StartOptions {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  readOnly: boolean;
  port: number;
  host: string;
  allowedOrigins: readonly string[];
  /** Another endpoint standing in for AWS (tests: moto_server), asked for STS too. */
  target?: string;
  log?: ProxyOptions['log'];
}

export interface RunningProxy {
  server: Server;
  url: string;
  identity: CallerIdentity;
}

/** A region as AWS names them (us-east-1, eu-central-2, us-gov-west-1): it becomes a host name. */
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * Who the credentials are, first (GetCallerIdentity: they work, and for which account),
 * then the proxy listening. Rejects with a readable message when the credentials don't work.
 */
export async function startAwsProxy(options: StartOptions): Promise<RunningProxy> {
  if (!REGION_PATTERN.test(options.region)) throw new Error(`"${options.region}" is not an AWS region name such as eu-west-1.`);
  const stsUrl = options.target ?? `https://sts.${options.region}.amazonaws.com/`;
  const identity = await callerIdentity({ url: stsUrl, region: options.region, credentials: options.credentials });
  const server = createAwsProxy({
    region: options.region,
    target: options.target ?? awsEndpoint(options.region),
    credentials: options.credentials,
    identity,
    readOnly: options.readOnly,
    allowedOrigins: options.allowedOrigins,
    boundHost: options.host,
    log: options.log,
  });
  const url = await listen(server, options.port, options.host);
  return { server, url, identity };
}
