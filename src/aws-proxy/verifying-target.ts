import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity } from '@smithy/types';
import { readBody } from '../emulator/server/http-server';

/** What the stand-in for AWS received, and whether its signature was right. */
export interface Received {
  action: string | null;
  headers: IncomingHttpHeaders;
  signatureMatches: boolean;
}

const XMLNS = { sts: 'https://sts.amazonaws.com/doc/2011-06-15/', elasticache: 'http://elasticache.amazonaws.com/doc/2015-02-02/' };
export const TARGET_ACCOUNT = '111122223333';

/**
 * For tests: an AWS endpoint that holds known credentials and, like AWS, recomputes each
 * request's SigV4 signature (with the SDK's signer, at the caller's clock) and refuses a
 * mismatch with SignatureDoesNotMatch. Answers GetCallerIdentity and any ElastiCache read
 * with an empty result.
 */
export function verifyingTarget(known: AwsCredentialIdentity): { server: Server; received: Received[] } {
  const received: Received[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const action = new URLSearchParams(body).get('Action');
    const auth = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=/.exec(req.headers.authorization ?? '');
    const [, region = '', service = 'elasticache', signedHeaders = ''] = auth ?? [];
    const headers = Object.fromEntries(signedHeaders.split(';').map((name) => [name, String(req.headers[name] ?? '')]));
    const signer = new SignatureV4({ service, region, credentials: known, sha256: Sha256 });
    const expected = await signer.sign({ method: req.method ?? 'POST', protocol: 'http:', hostname: '127.0.0.1', path: req.url ?? '/', query: {}, headers, body });
    const signatureMatches = auth !== null && expected.headers.authorization === req.headers.authorization;
    received.push({ action, headers: req.headers, signatureMatches });
    const xmlns = service === 'sts' ? XMLNS.sts : XMLNS.elasticache;
    if (!signatureMatches) {
      const message = 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.';
      const error = `<ErrorResponse xmlns="${xmlns}"><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>${message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`;
      return void res.writeHead(403, { 'content-type': 'text/xml', 'x-amzn-requestid': 'r-1' }).end(error);
    }
    const result =
      action === 'GetCallerIdentity'
        ? `<Arn>arn:aws:iam::${TARGET_ACCOUNT}:user/tester</Arn><UserId>AIDATESTER</UserId><Account>${TARGET_ACCOUNT}</Account>`
        : '';
    const answer = `<${action}Response xmlns="${xmlns}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>r-2</RequestId></ResponseMetadata></${action}Response>`;
    res.writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': 'r-2', 'set-cookie': 'aws-session=secret' }).end(answer);
  });
  return { server, received };
}
