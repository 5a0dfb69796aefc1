import { HttpRequest, HttpResponse } from '@smithy/core/transport';
import type { HttpHandlerOptions, RequestHandler } from '@smithy/types';

type Handler = RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;

/** The console's listings: their answers page with Marker (docs/reference, "Pagination"). */
const PAGED = new Set(['DescribeCacheClusters', 'DescribeReplicationGroups', 'DescribeSnapshots', 'DescribeEvents']);
/** An answer read ahead is taken by the next request of its listing, or not at all. */
export const READ_AHEAD_MS = 2_000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const markerOf = (xml: string) => /<Marker>([^<]+)<\/Marker>/.exec(xml)?.[1]?.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
/** The same parameters in any order are the same request. */
const keyOf = (params: URLSearchParams) => [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join('&');

type Answer = { response: HttpResponse };

/** The answer, unless the request is aborted first (as the SDK's own handlers do). */
function abortable<T>(answer: Promise<T>, signal: HttpHandlerOptions['abortSignal']): Promise<T> {
  if (!signal) return answer;
  return new Promise((resolve, reject) => {
    const abort = () => reject(Object.assign(new Error('Request aborted'), { name: 'AbortError' }));
    if (signal.aborted) return abort();
    if ('addEventListener' in signal) signal.addEventListener('abort', abort, { once: true });
    else signal.onabort = abort;
    answer.then(resolve, reject);
  });
}

/**
 * Reads a listing's next page ahead. When an answer to a Describe call carries a Marker, the
 * request for the page after it (the same parameters with that Marker) leaves at once, while
 * the SDK parses this one; the SDK's own request for it then takes that answer. Pages come
 * one after another (each needs the Marker before it), so without this every page waits for
 * the one before to be parsed: 50 pages at 5,000 clusters (issue 17).
 *
 * A read changes nothing, so one read ahead and never asked for is just dropped: after
 * READ_AHEAD_MS, or at once when any other request (a write) is sent. It is signed for its own
 * body by `sign` (the client's signer): moto_server finds the service and region in the
 * signature's scope, and an unsigned request there reaches its S3 (a ListBuckets answer, read
 * as a last page: a listing cut at its first page).
 */
export function readAhead(inner: Handler, collect: (body: unknown) => Promise<Uint8Array>, sign: (request: HttpRequest) => Promise<HttpRequest>): Handler {
  const ahead = new Map<string, { answer: Promise<Answer>; at: number }>();

  const sendAhead = (request: HttpRequest, params: URLSearchParams, marker: string) => {
    const next = new URLSearchParams(params);
    next.set('Marker', marker);
    const body = next.toString();
    const headers = Object.fromEntries(
      Object.entries(request.headers)
        .filter(([name]) => name.toLowerCase() !== 'authorization')
        // The body is longer by the Marker: a stale length would cut it short (Node's handler sends it).
        .map(([name, value]) => [name, name.toLowerCase() === 'content-length' ? String(new TextEncoder().encode(body).length) : value]),
    );
    const answer = sign(new HttpRequest({ ...request, headers, body })).then((signed) => inner.handle(signed, {}));
    answer.catch(() => undefined);
    ahead.set(keyOf(next), { answer, at: Date.now() });
  };

  const handle = async (request: HttpRequest, options: HttpHandlerOptions = {}): Promise<Answer> => {
    const params = typeof request.body === 'string' ? new URLSearchParams(request.body) : undefined;
    if (!params || !PAGED.has(params.get('Action') ?? '')) {
      ahead.clear();
      return inner.handle(request, options);
    }
    const key = keyOf(params);
    const early = ahead.get(key);
    ahead.delete(key);
    // One read ahead that failed is sent again, now.
    const fresh = early && Date.now() - early.at <= READ_AHEAD_MS ? await abortable(early.answer.catch(() => undefined), options.abortSignal) : undefined;
    const { response } = fresh ?? (await inner.handle(request, options));
    if (response.statusCode !== 200 || !response.body) return { response };
    // The body is read here (the SDK would read it next) to find the Marker before parsing.
    const bytes = await collect(response.body);
    const marker = markerOf(new TextDecoder().decode(bytes));
    if (marker) sendAhead(request, params, marker);
    return { response: new HttpResponse({ ...response, body: bytes }) };
  };

  return { handle, destroy: () => inner.destroy?.() };
}
