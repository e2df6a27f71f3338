/**
 * The shared HTTP layer's bounds, with real sockets where the wire matters: a body read
 * stops at the cap (and pulls no more from the source), the per-attempt timeout covers a body
 * that stalls after the headers, a request that must not happen twice is retried only when
 * the server certainly did not act on it, and a cross-origin redirect can be refused.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient, type HttpContext, type HttpFailure } from '../../../src/http/client.js';
import type { Clock, RetryPolicy } from '../../../src/http/retry.js';
import {
  BodyTooLargeError,
  fetchTransport,
  nodeTransport,
  readBounded,
  type Transport,
} from '../../../src/http/transport.js';
import { silentLogger } from '../../../src/log.js';

const policy: RetryPolicy = {
  retries: 2,
  minDelayMs: 1,
  maxDelayMs: 1,
  maxElapsedMs: 10_000,
  timeoutMs: 300,
};
const clock: Clock = { now: () => Date.now(), sleep: () => Promise.resolve(), random: () => 0 };

class Failed extends Error {
  constructor(readonly failure: HttpFailure) {
    super(
      failure.kind === 'too-large'
        ? `too large (${failure.limit}) after ${failure.attempts}`
        : `unreachable: ${failure.reason} after ${failure.attempts}`,
    );
  }
}

function client(transport: Transport, maxBodyBytes?: number): HttpClient<HttpContext> {
  return new HttpClient<HttpContext>({
    transport,
    policy,
    logger: silentLogger,
    clock,
    describe: () => 'test server',
    failure: (_ctx, failure) => new Failed(failure),
    ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
  });
}

let server: Server;
let other: Server;
let url = '';
let otherUrl = '';
const otherHits: (string | undefined)[] = [];

function listen(s: Server): Promise<string> {
  return new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`);
    }),
  );
}

beforeAll(async () => {
  other = createServer((req, res) => {
    otherHits.push(req.headers.authorization);
    res.end('elsewhere');
  });
  otherUrl = await listen(other);
  server = createServer((req, res) => {
    if (req.url === '/stall') {
      // Headers, a first chunk, then nothing: only a timeout over the body ends this.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"a":');
      return;
    }
    if (req.url === '/away') {
      res.writeHead(307, { location: `${otherUrl}/landed` }).end();
      return;
    }
    res.end('ok');
  });
  url = await listen(server);
});

afterAll(async () => {
  for (const s of [server, other]) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

describe('readBounded', () => {
  it('stops pulling from the source one chunk past the cap', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield new Uint8Array(1024);
        await Promise.resolve();
      }
    }
    await expect(readBounded(endless(), 10 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled).toBe(11);
    expect((await readBounded((async function* () {})(), 0)).length).toBe(0);
  });
});

describe('HttpClient bounds', () => {
  it('fails a body over the cap without retrying it', async () => {
    let calls = 0;
    const big = fetchTransport(() => {
      calls++;
      return Promise.resolve(new Response('x'.repeat(5000)));
    });
    const error: unknown = await client(big, 4096)
      .buffered({ method: 'GET', url: 'https://t/x' }, { operation: 'GET x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Failed);
    expect((error as Failed).failure).toEqual({ kind: 'too-large', limit: 4096, attempts: 1 });
    expect(calls).toBe(1);
  });

  it('times out a body that stalls after the headers, on every attempt', async () => {
    const started = Date.now();
    const error: unknown = await client(nodeTransport())
      .buffered({ method: 'GET', url: `${url}/stall` }, { operation: 'GET stall' })
      .catch((e: unknown) => e);
    expect((error as Failed).failure).toEqual({
      kind: 'unreachable',
      reason: 'timed out after 300 ms',
      attempts: 3,
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('retries a request that must not happen twice only when the server did not act on it', async () => {
    const answers = (statuses: number[]) => {
      const seen: number[] = [];
      const t = fetchTransport(() => {
        const status = statuses.shift() ?? 200;
        seen.push(status);
        return Promise.resolve(new Response(null, { status }));
      });
      return { t, seen };
    };
    const post = { method: 'POST' as const, url: 'https://t/x', idempotent: false };
    const a = answers([503, 200]);
    expect((await client(a.t).buffered(post, { operation: 'POST x' })).status).toBe(503);
    expect(a.seen).toEqual([503]);
    const b = answers([429, 200]);
    expect((await client(b.t).buffered(post, { operation: 'POST x' })).status).toBe(200);
    expect(b.seen).toEqual([429, 200]);

    const failing = (code: string) => {
      let n = 0;
      const t = fetchTransport(() => {
        n++;
        if (n === 1) {
          return Promise.reject(
            new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) }),
          );
        }
        return Promise.resolve(new Response('ok'));
      });
      return { t, count: () => n };
    };
    const reset = failing('ECONNRESET');
    const error: unknown = await client(reset.t)
      .buffered(post, { operation: 'POST x' })
      .catch((e: unknown) => e);
    expect((error as Failed).failure).toMatchObject({ kind: 'unreachable', attempts: 1 });
    expect(reset.count()).toBe(1);
    const refused = failing('ECONNREFUSED');
    expect((await client(refused.t).buffered(post, { operation: 'POST x' })).status).toBe(200);
    expect(refused.count()).toBe(2);
  });
});

describe('nodeTransport redirects', () => {
  it('can refuse to follow a redirect to another origin', async () => {
    const res = await nodeTransport({ crossOrigin: 'stop' })({
      method: 'GET',
      url: `${url}/away`,
      headers: { Authorization: 'token secret-for-this-origin-only' },
      signal: new AbortController().signal,
    });
    res.discard();
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(`${otherUrl}/landed`);
    expect(otherHits).toEqual([]);
  });

  it('follows it without the Authorization header by default', async () => {
    const res = await nodeTransport()({
      method: 'GET',
      url: `${url}/away`,
      headers: { Authorization: 'token secret-for-this-origin-only' },
      signal: new AbortController().signal,
    });
    expect(res.status).toBe(200);
    res.discard();
    expect(otherHits).toEqual([undefined]);
  });
});
