import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { AwsFault } from '../engine/faults';

/**
 * Who may call the emulator service. It listens on this machine, so every web page the
 * user opens can reach it: like LocalStack's ALLOWED_CORS_ORIGINS and Redis's protected
 * mode, only the console's own origins (and those added with --allow-origin) get in.
 * Clients that send no Origin (the AWS CLI, SDKs in Node, curl) are not web pages.
 */
export { CONSOLE_ORIGINS } from '../../domain/console-origins';

const denied = (message: string) => new AwsFault('AccessDenied', message, 403);

/** Hosts that can't be DNS-rebound: this machine's names and IP literals (any port). */
function hostAllowed(host: string | undefined, boundHost: string | undefined): boolean {
  if (!host) return false;
  const name = (host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '')).toLowerCase();
  const bound = boundHost?.includes(':') ? `[${boundHost}]` : boundHost?.toLowerCase();
  return name === 'localhost' || name === bound || /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || /^\[[\d:a-f.]+\]$/.test(name);
}

/**
 * The refusal for a request from somewhere it must not come from; undefined when it may go on.
 * `what` names the local server in the message (the AWS signing proxy shares these rules).
 */
export function refusal(
  headers: IncomingHttpHeaders,
  allowedOrigins: ReadonlySet<string>,
  boundHost?: string,
  what = 'this emulator',
): AwsFault | undefined {
  if (!hostAllowed(headers.host, boundHost)) {
    return denied(`Host ${headers.host ?? '(none)'} is not ${what}: call it at 127.0.0.1, localhost or [::1].`);
  }
  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins.has(origin)) {
    return denied(`Pages from ${origin} may not call ${what}; start it with --allow-origin ${origin} to let them.`);
  }
  // An <img> or link on another site sends no Origin, but the browser says where it comes from.
  const site = headers['sec-fetch-site'];
  if (origin === undefined && (site === 'cross-site' || site === 'same-site')) {
    return denied(`Requests from other sites may not call ${what}.`);
  }
  return undefined;
}

/** CORS for allowed origins only: the guard has already refused any other. */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'authorization, content-type, x-amz-date',
    'access-control-expose-headers': 'x-amzn-requestid',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}
