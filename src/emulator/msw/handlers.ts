import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import { RESET_PATH, type Engine } from '../engine/engine';

/** The Query API's single resource: `POST {endpoint}/` (and the equivalent GET form). */
export function elasticacheHandlers(engine: Engine, endpoint: string) {
  const base = endpoint.replace(/\/+$/, '');
  const resolve: HttpResponseResolver = async ({ request }) => {
    const body = request.method === 'GET' ? '' : await request.text();
    const response = await engine.handleAsync({ method: request.method, url: request.url, body });
    if (response.delayMs) await delay(response.delayMs);
    // A dropped connection reaches the client as a network error.
    if (response.drop) return HttpResponse.error();
    return new HttpResponse(response.body, { status: response.status, headers: response.headers });
  };
  return [
    http.post(`${base}/`, resolve),
    http.post(base, resolve),
    http.get(`${base}/`, resolve),
    http.post(`${base}${RESET_PATH}`, resolve),
  ];
}
