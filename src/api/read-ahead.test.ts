import { HttpRequest, HttpResponse } from '@smithy/core/transport';
import { READ_AHEAD_MS, readAhead } from './read-ahead';

const xml = (marker?: string, tag = 'page') =>
  `<DescribeCacheClustersResponse><DescribeCacheClustersResult>${marker ? `<Marker>${marker}</Marker>` : ''}<CacheClusters><${tag}/></CacheClusters></DescribeCacheClustersResult></DescribeCacheClustersResponse>`;

/** A service of three pages (markers m1, m2), recording what it was sent. */
function service(options: { failAhead?: boolean } = {}) {
  const sent: { params: URLSearchParams; headers: Record<string, string> }[] = [];
  const pages: Record<string, string> = { '': xml('m1', 'first'), m1: xml('m&2', 'second'), 'm&2': xml(undefined, 'third') };
  const inner = {
    handle: async (request: HttpRequest) => {
      const params = new URLSearchParams(String(request.body));
      sent.push({ params, headers: request.headers });
      // The first request for page 2 is the one read ahead.
      if (options.failAhead && params.get('Marker') === 'm1' && !sent.slice(0, -1).some((s) => s.params.get('Marker') === 'm1')) throw new TypeError('Failed to fetch');
      const action = params.get('Action');
      const body = action === 'DescribeCacheClusters' ? (pages[params.get('Marker') ?? ''] ?? '') : '<CreateSnapshotResponse/>';
      return { response: new HttpResponse({ statusCode: action === 'DescribeEvents' ? 400 : 200, headers: {}, body: new TextEncoder().encode(body) }) };
    },
  };
  // Typed arrays of jsdom's and Node's realms alike.
  const collect = async (body: unknown) => (ArrayBuffer.isView(body) ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : new Uint8Array());
  // The client's signer stands in as a header naming the body it signed.
  const sign = async (request: HttpRequest) => new HttpRequest({ ...request, headers: { ...request.headers, authorization: `signed ${String(request.body)}` } });
  return { sent, handler: readAhead(inner, collect, sign) };
}

const request = (body: string) =>
  new HttpRequest({ method: 'POST', hostname: 'localhost', path: '/', headers: { authorization: 'AWS4-HMAC-SHA256 placeholder', 'content-length': String(body.length) }, body });
const text = async (answer: Promise<{ response: HttpResponse }>) => new TextDecoder().decode((await answer).response.body as Uint8Array);
const describe1 = 'Action=DescribeCacheClusters&Version=2015-02-02&MaxRecords=100';

describe('readAhead', () => {
  it('sends the next page’s request as soon as an answer names its Marker, and answers the SDK’s with it', async () => {
    const { sent, handler } = service();
    expect(await text(handler.handle(request(describe1)))).toContain('<first/>');
    expect(sent).toHaveLength(2);
    expect(sent[1]?.params.get('Marker')).toBe('m1');
    // Signed for its own body (not the first page's signature), and with its own length.
    expect(sent[1]?.headers.authorization).toBe(`signed ${describe1}&Marker=m1`);
    expect(sent[1]?.headers['content-length']).toBe(String(`${describe1}&Marker=m1`.length));

    // The SDK's own request for page 2, its parameters in its own order.
    expect(await text(handler.handle(request('Action=DescribeCacheClusters&Marker=m1&MaxRecords=100&Version=2015-02-02')))).toContain('<second/>');
    // Page 3 was read ahead in turn (the Marker's &amp; decoded), and page 2 not sent again.
    expect(sent.map((s) => s.params.get('Marker'))).toEqual([null, 'm1', 'm&2']);
    expect(await text(handler.handle(request(`${describe1}&Marker=m%262`)))).toContain('<third/>');
    expect(sent).toHaveLength(3);
  });

  it('drops what it read ahead once another request is sent, or after READ_AHEAD_MS', async () => {
    const { sent, handler } = service();
    await handler.handle(request(describe1));
    await handler.handle(request('Action=CreateSnapshot&Version=2015-02-02&SnapshotName=b&CacheClusterId=c'));
    await handler.handle(request(`${describe1}&Marker=m1`));
    expect(sent.filter((s) => s.params.get('Marker') === 'm1')).toHaveLength(2);

    vi.useFakeTimers({ now: Date.now() });
    try {
      await handler.handle(request(describe1));
      vi.advanceTimersByTime(READ_AHEAD_MS + 1);
      const before = sent.length;
      expect(await text(handler.handle(request(`${describe1}&Marker=m1`)))).toContain('<second/>');
      expect(sent.length).toBe(before + 2); // sent again, and page 3 read ahead
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends the request itself when the one read ahead failed', async () => {
    const { sent, handler } = service({ failAhead: true });
    await handler.handle(request(describe1));
    expect(await text(handler.handle(request(`${describe1}&Marker=m1`)))).toContain('<second/>');
    expect(sent.filter((s) => s.params.get('Marker') === 'm1')).toHaveLength(2);
  });

  it('leaves other requests and error answers alone', async () => {
    const { sent, handler } = service();
    const write = await handler.handle(request('Action=CreateSnapshot&Version=2015-02-02&SnapshotName=b&CacheClusterId=c'));
    expect(write.response.statusCode).toBe(200);
    const failed = await handler.handle(request('Action=DescribeEvents&Version=2015-02-02&MaxRecords=20'));
    expect(failed.response.statusCode).toBe(400);
    expect(sent).toHaveLength(2);
  });

  it('stops waiting for a page read ahead when its request is aborted', async () => {
    const { handler } = service();
    await handler.handle(request(describe1));
    const controller = new AbortController();
    controller.abort();
    await expect(handler.handle(request(`${describe1}&Marker=m1`), { abortSignal: controller.signal })).rejects.toThrow(/aborted/);
  });
});
