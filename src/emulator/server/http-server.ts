import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Engine } from '../engine/engine';

/**
 * The engine over HTTP, for the AWS CLI, SDKs and the console pointed at an endpoint.
 * Same code as the browser's emulator; only the transport differs. CORS is open so a
 * console on another origin can call it.
 */
export function createEmulatorServer(engine: Engine): Server {
  return createServer(async (req, res) => {
    const cors = {
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
      'access-control-expose-headers': 'x-amzn-requestid',
      'access-control-max-age': '600',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    let body: string;
    try {
      body = req.method === 'POST' ? await readBody(req) : '';
    } catch {
      // The client went away mid-request: nothing to answer, and the server must live on.
      res.destroy();
      return;
    }
    const response = engine.handle({ method: req.method ?? 'GET', url: req.url ?? '/', body });
    if (response.delayMs) await new Promise((resolve) => setTimeout(resolve, response.delayMs));
    if (response.drop) {
      res.socket?.destroy();
      return;
    }
    res.writeHead(response.status, { ...response.headers, ...cors }).end(response.body);
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
