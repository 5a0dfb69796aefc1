import { randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { PROXY_INFO_PATH, type ProxyInfo } from '../domain/proxy-info';
import { AwsFault, faults } from '../emulator/engine/faults';
import { errorResponse } from '../emulator/engine/query-protocol';
import { MAX_BODY_BYTES, readBody, TooLarge } from '../emulator/server/http-server';
import { CONSOLE_ORIGINS, corsHeaders, refusal } from '../emulator/server/request-guard';
import type { CallerIdentity } from './caller-identity';
import { forwardable } from './forwardable';
import { CallFailed, signedCall } from './signed-call';

export interface ProxyOptions {
  region: string;
  /** The ElastiCache endpoint requests go to (awsEndpoint(region) unless a test says). */
  target: string;
  credentials: AwsCredentialIdentityProvider;
  /** Who the credentials are (GetCallerIdentity at start), shown in the console's top bar. */
  identity: CallerIdentity;
  readOnly: boolean;
  /** Origins besides the console's own whose pages may call it (`--allow-origin`). */
  allowedOrigins?: readonly string[];
  boundHost?: string;
  /** One line per forwarded call: action and status, never a header, key or signature. */
  log?: (line: string) => void;
}

export const awsEndpoint = (region: string) => `https://elasticache.${region}.amazonaws.com/`;

/**
 * The console's calls, re-signed with the user's credentials and sent to ElastiCache.
 * The browser holds no credential: whatever Authorization it sends is dropped, and the
 * answer carries back only the service's status, body and request id.
 */
export function createAwsProxy(options: ProxyOptions): Server {
  const allowed = new Set([...CONSOLE_ORIGINS, ...(options.allowedOrigins ?? [])]);
  const log = options.log ?? (() => undefined);
  return createServer(async (req, res) => {
    const guard = refusal(req.headers, allowed, options.boundHost, 'this AWS proxy');
    if (guard) return answerFault(res, guard, {});
    const cors = corsHeaders(req);
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    const path = new URL(req.url ?? '/', 'http://proxy').pathname;
    if (req.method === 'GET' && path === PROXY_INFO_PATH) {
      const info: ProxyInfo = { account: options.identity.account, region: options.region, readOnly: options.readOnly };
      return void res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(info));
    }
    if (req.method !== 'POST' || path !== '/') {
      return answerFault(res, new AwsFault('MethodNotAllowed', `The AWS proxy takes ElastiCache calls by POST / only.`, 405), cors);
    }
    let body: string;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof TooLarge) {
        return answerFault(res, new AwsFault('RequestEntityTooLarge', `The request body is larger than ${MAX_BODY_BYTES} bytes.`, 413), cors);
      }
      return void res.destroy();
    }
    const check = forwardable(body, options.readOnly);
    if (check instanceof AwsFault) {
      log(`refused: ${check.message}`);
      return answerFault(res, check, cors);
    }
    try {
      const answer = await signedCall({ url: options.target, service: 'elasticache', region: options.region, credentials: options.credentials }, body);
      log(`${check.action} → ${answer.status}`);
      const requestId = answer.requestId ? { 'x-amzn-requestid': answer.requestId } : {};
      res.writeHead(answer.status, { ...cors, 'content-type': answer.contentType, ...requestId }).end(answer.body);
    } catch (error) {
      const fault = error instanceof CallFailed ? callFault(error) : faults.internalFailure();
      log(`${check.action} not sent: ${fault.message}`);
      answerFault(res, fault, cors);
    }
  });
}

function callFault(error: CallFailed): AwsFault {
  if (error.kind === 'network') return new AwsFault('ServiceUnavailable', `The AWS proxy could not reach ElastiCache: ${error.message}`, 502);
  return new AwsFault(
    'CredentialsUnavailable',
    `The AWS proxy has no usable AWS credentials: ${error.message} Fix them (e.g. aws sso login --profile <name>) and restart npm run console:aws.`,
    403,
  );
}


function answerFault(res: ServerResponse, fault: AwsFault, cors: Record<string, string>): void {
  const { status, headers, body } = errorResponse(fault, randomUUID());
  res.writeHead(status, { ...headers, ...cors }).end(body);
}
