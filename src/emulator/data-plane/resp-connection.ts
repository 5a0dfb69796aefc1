import { connect, type Socket } from 'node:net';
import { parse, RespError, type Reply } from './resp';

/** A command's words: keys and DUMP payloads go as bytes. */
export type Args = (string | number | Buffer)[];

function encode(args: Args): Buffer {
  const parts = args.map((a) => (Buffer.isBuffer(a) ? a : Buffer.from(String(a))));
  return Buffer.concat([Buffer.from(`*${parts.length}\r\n`), ...parts.flatMap((p) => [Buffer.from(`$${p.length}\r\n`), p, Buffer.from('\r\n')])]);
}

/**
 * One connection for many commands, pipelined (replies come in order), with bulk strings
 * as Buffers: moving thousands of keys (DUMP, RESTORE) needs neither a socket per
 * command nor a text decoding that would break binary values.
 */
export class RespConnection {
  private buffer = Buffer.alloc(0);
  private readonly pending: { resolve(r: Reply): void; reject(e: Error): void }[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', (error) => this.pending.splice(0).forEach((p) => p.reject(error)));
    socket.on('close', () => this.pending.splice(0).forEach((p) => p.reject(new Error('connection closed'))));
  }

  static open(port: number): Promise<RespConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new RespConnection(socket));
      });
    });
  }

  send(args: Args): Promise<Reply> {
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.socket.write(encode(args));
    });
  }

  close(): void {
    this.socket.end();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    let at = 0;
    for (let parsed = parse(this.buffer, at, true); parsed; parsed = parse(this.buffer, at, true)) {
      at = parsed.end;
      const waiter = this.pending.shift();
      if (parsed.value instanceof RespError) waiter?.reject(parsed.value);
      else waiter?.resolve(parsed.value);
    }
    this.buffer = this.buffer.subarray(at);
  }
}
