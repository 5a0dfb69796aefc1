import { connect } from 'node:net';

/** A reply of the Redis protocol (RESP2): errors are thrown as RespError; bulk strings are Buffers when asked (DUMP's payload is binary). */
export type Reply = string | Buffer | number | null | Reply[];

export class RespError extends Error {}

/**
 * One command on its own connection to a local server: the data plane sends a handful
 * (PING, BGSAVE, INFO, CLUSTER …), so a connection each keeps it simple and stateless.
 */
export function command(port: number, args: (string | number)[], timeoutMs = 10_000): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let buffer = Buffer.alloc(0);
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer from port ${port} to ${args[0]}`)));
    socket.on('error', reject);
    socket.on('connect', () => {
      const parts = args.map(String);
      socket.write(`*${parts.length}\r\n${parts.map((p) => `$${Buffer.byteLength(p)}\r\n${p}\r\n`).join('')}`);
    });
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      const parsed = parse(buffer, 0);
      if (!parsed) return;
      socket.end();
      if (parsed.value instanceof RespError) reject(parsed.value);
      else resolve(parsed.value);
    });
  });
}

export type Parsed = { value: Reply | RespError; end: number } | undefined;

/** One reply from `at`, or undefined when the buffer holds only part of it. */
export function parse(buffer: Buffer, at: number, binary = false): Parsed {
  const lineEnd = buffer.indexOf('\r\n', at);
  if (lineEnd < 0) return undefined;
  const type = String.fromCharCode(buffer[at] ?? 0);
  const line = buffer.toString('utf8', at + 1, lineEnd);
  const next = lineEnd + 2;
  switch (type) {
    case '+':
      return { value: line, end: next };
    case '-':
      return { value: new RespError(line), end: next };
    case ':':
      return { value: Number(line), end: next };
    case '$': {
      const length = Number(line);
      if (length < 0) return { value: null, end: next };
      if (buffer.length < next + length + 2) return undefined;
      const bytes = buffer.subarray(next, next + length);
      return { value: binary ? Buffer.from(bytes) : bytes.toString('utf8'), end: next + length + 2 };
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return { value: null, end: next };
      const items: Reply[] = [];
      let end = next;
      for (let i = 0; i < count; i++) {
        const item = parse(buffer, end, binary);
        if (!item) return undefined;
        if (item.value instanceof RespError) return item;
        items.push(item.value);
        end = item.end;
      }
      return { value: items, end };
    }
    default:
      return { value: new RespError(`unexpected reply from the server: ${line}`), end: next };
  }
}

/** `INFO <section>` as a map of its fields. */
export async function info(port: number, section: string): Promise<Map<string, string>> {
  const text = String(await command(port, ['INFO', section]));
  return new Map(text.split('\r\n').flatMap((l) => (l.includes(':') ? [l.split(':', 2) as [string, string]] : [])));
}
