import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

/** Where a Query API call goes and as which service it is signed ('elasticache', 'sts'). */
export interface SignedTarget {
  url: string;
  service: string;
  region: string;
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
}

export interface TargetAnswer {
  status: number;
  contentType: string;
  requestId: string | undefined;
  body: string;
}

/** The proxy's reason when the target can't be asked at all (no credentials, no network). */
export class CallFailed extends Error {
  constructor(
    readonly kind: 'credentials' | 'network',
    message: string,
  ) {
    super(message);
  }
}

/** Long enough for a slow answer from AWS, short enough that a dead network is reported. */
const TIMEOUT_MS = 30_000;

/**
 * One Query API call (a form body POSTed to the service's root), signed with SigV4 by the
 * SDK's own signer. Only the headers made here are sent: nothing of the caller's
 * (cookies, Origin, a placeholder Authorization) reaches the service.
 */
export async function signedCall(target: SignedTarget, body: string): Promise<TargetAnswer> {
  const url = new URL(target.url);
  const signer = new SignatureV4({ service: target.service, region: target.region, credentials: target.credentials, sha256: Sha256 });
  let signed;
  try {
    signed = await signer.sign({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query: {},
      headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body,
    });
  } catch (error) {
    // The provider chain's message names what it tried (profile, SSO, IMDS); it holds no secret.
    throw new CallFailed('credentials', error instanceof Error ? error.message : String(error));
  }
  // fetch sets Host from the URL, the same value that was signed.
  const headers = Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name !== 'host'));
  try {
    const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'text/xml',
      requestId: response.headers.get('x-amzn-requestid') ?? undefined,
      body: await response.text(),
    };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new CallFailed('network', `${url.origin} did not answer (${cause}).`);
  }
}
