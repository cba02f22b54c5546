import http from 'node:http';
import https from 'node:https';

/** A plain HTTP answer: status and body text. */
export type Answer = { status: number; text: string };

/** Why a request got no answer. */
export class SendError extends Error {
  constructor(readonly kind: 'timeout' | 'network') {
    super(kind === 'timeout' ? 'no answer in time' : 'could not connect');
    this.name = 'SendError';
  }
}

// Keep-alive connections: node:http costs a fraction of fetch's CPU per call, which matters for
// launch throughput (see bench/server.bench.ts). Idle sockets are dropped after 4 s, before a Node
// server's 5 s keep-alive timeout could close one under a request.
const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: 4000 }),
  'https:': new https.Agent({ keepAlive: true, timeout: 4000 }),
};

export type SendOptions = {
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** The whole exchange, connect to last byte. */
  timeoutMs: number;
  /** Stop reading the answer after this many bytes. */
  maxBytes?: number;
};

/** Sends one request; redirects are not followed. Rejects with SendError. */
export function send(url: string, options: SendOptions): Promise<Answer> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  const agent = target.protocol === 'https:' ? agents['https:'] : agents['http:'];
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const request = client.request(
      target,
      { method: options.method, headers: options.headers, agent },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= maxBytes) chunks.push(chunk);
        });
        response.on('end', () => {
          clearTimeout(timer);
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
        response.on('error', () => undefined);
      },
    );
    const timer = setTimeout(() => {
      timedOut = true;
      request.destroy();
    }, options.timeoutMs);
    request.on('error', () => {
      clearTimeout(timer);
      reject(new SendError(timedOut ? 'timeout' : 'network'));
    });
    request.end(options.body);
  });
}
