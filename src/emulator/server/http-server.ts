import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Engine } from '../engine/engine';
import { AwsFault } from '../engine/faults';
import { errorResponse } from '../engine/query-protocol';
import { scopeFault } from './credential-scope';
import { CONSOLE_ORIGINS, corsHeaders, refusal } from './request-guard';

/**
 * The largest request body taken: the emulator's own choice, far above any real request
 * (the largest, CreateReplicationGroup with every option, is a few KB) and small enough
 * that a flood of big bodies can't exhaust memory or hold up other clients.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerOptions {
  /** Origins besides the console's own whose pages may call it (`--allow-origin`). */
  allowedOrigins?: readonly string[];
  /** The address it listens on, also accepted as Host (e.g. a name given to --host). */
  boundHost?: string;
}

/** A body over MAX_BODY_BYTES (readBody rejects with it). */
export class TooLarge extends Error {}

/**
 * The engine over HTTP, for the AWS CLI, SDKs and the console pointed at an endpoint.
 * Same code as the browser's emulator; only the transport differs. CORS is granted to
 * allowed origins only (request-guard.ts).
 */
export function createEmulatorServer(engine: Engine, options: ServerOptions = {}): Server {
  const allowed = new Set([...CONSOLE_ORIGINS, ...(options.allowedOrigins ?? [])]);
  return createServer(async (req, res) => {
    const fault = refusal(req.headers, allowed, options.boundHost);
    if (fault) return answerFault(req, res, fault, {});
    const cors = corsHeaders(req);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const outOfRegion = scopeFault(req.headers, req.url ?? '/');
    if (outOfRegion) return answerFault(req, res, outOfRegion, cors);
    let body: string;
    try {
      body = req.method === 'POST' ? await readBody(req) : '';
    } catch (error) {
      if (error instanceof TooLarge) return answerFault(req, res, tooLarge(), cors);
      // The client went away mid-request: nothing to answer, and the server must live on.
      res.destroy();
      return;
    }
    const response = await engine.handleAsync({ method: req.method ?? 'GET', url: req.url ?? '/', body });
    if (response.delayMs) await new Promise((resolve) => setTimeout(resolve, response.delayMs));
    if (response.drop) {
      res.socket?.destroy();
      return;
    }
    res.writeHead(response.status, { ...response.headers, ...cors }).end(response.body);
  });
}

const tooLarge = () => new AwsFault('RequestEntityTooLarge', `The request body is larger than ${MAX_BODY_BYTES} bytes.`, 413);

/** An error answer that doesn't wait for (or read) the rest of the request: the connection closes. */
function answerFault(req: IncomingMessage, res: ServerResponse, fault: AwsFault, cors: Record<string, string>): void {
  const { status, headers, body } = errorResponse(fault, randomUUID());
  const socket = req.socket;
  res.on('finish', () => socket?.destroy());
  res.writeHead(status, { ...headers, ...cors, connection: 'close' }).end(body);
}

/** The body, refused as soon as it is known to be too large: by its Content-Length, or as it streams. */
export function readBody(req: IncomingMessage): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.reject(new TooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      // Stop reading; the socket stays open for the 413 and closes after it.
      req.off('data', onData).pause();
      reject(new TooLarge());
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('the client went away'));
    });
  });
}
