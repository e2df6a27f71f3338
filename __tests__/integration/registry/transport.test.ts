import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { nodeTransport, readAll } from '../../../src/http/transport.js';

// Two local origins: `a` redirects to itself and to `b`; both record what they received.
interface Received {
  path: string;
  authorization: string | undefined;
  body: string;
}
const received: Received[] = [];
let a: Server;
let b: Server;
let aUrl: string;
let bUrl: string;

function listen(
  handler: (
    req: IncomingMessage,
    body: string,
  ) => [number, Record<string, string>, Buffer | string],
): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      received.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
      const [status, headers, payload] = handler(req, body);
      res.writeHead(status, headers);
      res.end(payload);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    }),
  );
}

beforeAll(async () => {
  b = await listen(() => [200, {}, 'from-b']);
  bUrl = `http://127.0.0.1:${(b.address() as AddressInfo).port}`;
  a = await listen((req, body) => {
    if (req.url === '/cross') return [307, { Location: `${bUrl}/blob` }, ''];
    if (req.url === '/same') return [302, { Location: '/target' }, ''];
    if (req.url === '/target') return [200, {}, 'from-a'];
    if (req.url === '/gzip') return [200, { 'Content-Encoding': 'gzip' }, gzipSync('exact')];
    return [202, { 'X-Echo-Length': String(body.length) }, ''];
  });
  aUrl = `http://127.0.0.1:${(a.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of [a, b]) {
    s.closeAllConnections();
    await new Promise<void>((resolve) =>
      s.close(() => {
        resolve();
      }),
    );
  }
});

const send = nodeTransport();
const signal = new AbortController().signal;

describe('nodeTransport', () => {
  it('follows a redirect to another origin without the Authorization header', async () => {
    const res = await send({
      method: 'GET',
      url: `${aUrl}/cross`,
      headers: { Authorization: 'Bearer secret-token' },
      signal,
    });
    expect(res.status).toBe(200);
    expect((await readAll(res.body)).toString()).toBe('from-b');
    expect(received.find((r) => r.path === '/cross')?.authorization).toBe('Bearer secret-token');
    expect(received.find((r) => r.path === '/blob')?.authorization).toBeUndefined();
  });

  it('keeps Authorization on a same-origin redirect', async () => {
    const res = await send({
      method: 'GET',
      url: `${aUrl}/same`,
      headers: { Authorization: 'Basic abc' },
      signal,
    });
    expect((await readAll(res.body)).toString()).toBe('from-a');
    expect(received.find((r) => r.path === '/target')?.authorization).toBe('Basic abc');
  });

  it('never decodes a Content-Encoding: the bytes are what the server sent', async () => {
    const res = await send({ method: 'GET', url: `${aUrl}/gzip`, headers: {}, signal });
    expect((await readAll(res.body)).equals(gzipSync('exact'))).toBe(true);
  });

  it('streams an async-iterable body', async () => {
    async function* chunks(): AsyncIterable<Uint8Array> {
      for (let i = 0; i < 50; i++) {
        // Let the socket drain between chunks, like a download feeding an upload.
        await new Promise((resolve) => setImmediate(resolve));
        yield Buffer.from(`chunk-${i};`);
      }
    }
    const res = await send({
      method: 'PATCH',
      url: `${aUrl}/upload`,
      headers: { 'Content-Type': 'application/octet-stream' },
      body: chunks(),
      signal,
    });
    res.discard();
    const expected = Array.from({ length: 50 }, (_, i) => `chunk-${i};`).join('');
    expect(res.status).toBe(202);
    expect(received.find((r) => r.path === '/upload')?.body).toBe(expected);
  });
});
