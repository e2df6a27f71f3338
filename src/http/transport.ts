/**
 * The wire under HttpClient (./client.ts): node:http(s) with keep-alive agents by default, or
 * any fetch (tests). node:http is the default because the global fetch loads undici on first
 * use (~25 ms, a large share of a short CLI run), and because it never decodes a
 * Content-Encoding: the bytes hashed are the bytes the registry stored.
 *
 * Redirects: followed within the origin; to another origin either followed without the
 * Authorization header (registries: blob downloads go to a CDN) or not followed at all (the
 * GitHub API: the 3xx answer is handed back and the caller refuses it).
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface ResponseHeaders {
  get(name: string): string | null;
}

export interface TransportRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** A Buffer, or a stream of chunks (sent once, chunked unless Content-Length is given). */
  body?: Buffer | AsyncIterable<Uint8Array>;
  signal: AbortSignal;
}

export interface TransportResponse {
  status: number;
  headers: ResponseHeaders;
  body: AsyncIterable<Uint8Array>;
  /** Drops an unread body and frees the connection. */
  discard: () => void;
}

export type Transport = (req: TransportRequest) => Promise<TransportResponse>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

export interface NodeTransportOptions {
  /**
   * A redirect to another origin (scheme, host or port differ): `drop-authorization`
   * follows it without the Authorization header (the default); `stop` does not follow it
   * and answers with the 3xx response itself.
   */
  crossOrigin?: 'drop-authorization' | 'stop';
}

class NodeHeaders implements ResponseHeaders {
  constructor(private readonly raw: IncomingMessage['headers']) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }
}

/**
 * A transport on node:http(s). Follows redirects (blob downloads often go to a CDN); one that
 * leaves the origin loses the Authorization header, or is not followed (`crossOrigin: stop`).
 */
export function nodeTransport(options: NodeTransportOptions = {}): Transport {
  const crossOrigin = options.crossOrigin ?? 'drop-authorization';
  // Idle keep-alive sockets are unref'd by node, so they never hold the process open.
  const http = new HttpAgent({ keepAlive: true, maxSockets: 16 });
  // TLS loads on the first https request (a plain-HTTP registry never needs it).
  let https: Promise<{ agent: HttpsAgent; request: typeof httpRequest }> | undefined;
  const tls = () =>
    (https ??= import('node:https').then((m) => ({
      agent: new m.Agent({ keepAlive: true, maxSockets: 16 }),
      request: m.request,
    })));

  const once = async (req: TransportRequest, url: URL): Promise<IncomingMessage> => {
    const secure = url.protocol === 'https:' ? await tls() : undefined;
    return new Promise((resolve, reject) => {
      const send = secure ? secure.request : httpRequest;
      const outgoing = send(url, {
        method: req.method,
        headers: req.headers,
        agent: secure ? secure.agent : http,
        signal: req.signal,
      });
      outgoing.once('response', resolve);
      outgoing.once('error', reject);
      const body = req.body;
      if (body === undefined) outgoing.end();
      else if (Buffer.isBuffer(body)) outgoing.end(body);
      else {
        // A failing source must abort the upload rather than leave it hanging.
        pipeline(Readable.from(body), outgoing).catch((err: unknown) => {
          outgoing.destroy(err instanceof Error ? err : new Error(String(err)));
        });
      }
    });
  };

  return async (req) => {
    let url = new URL(req.url);
    let current = req;
    for (let hop = 0; ; hop++) {
      const res = await once(current, url);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      const replayable = current.body === undefined || Buffer.isBuffer(current.body);
      const next = location ? safeUrl(location, url) : undefined;
      const leaves = next !== undefined && next.origin !== url.origin;
      const follow = !(leaves && crossOrigin === 'stop');
      if (REDIRECTS.has(status) && next && follow && hop < MAX_REDIRECTS && replayable) {
        res.resume();
        const headers = { ...current.headers };
        if (leaves) {
          delete headers.Authorization;
          delete headers.authorization;
        }
        const toGet = status === 303 && current.method !== 'HEAD';
        current = {
          ...current,
          url: next.toString(),
          headers,
          method: toGet ? 'GET' : current.method,
          ...(toGet ? { body: undefined } : {}),
        };
        url = next;
        continue;
      }
      return {
        status,
        headers: new NodeHeaders(res.headers),
        body: res,
        discard: () => {
          res.resume();
        },
      };
    }
  };
}

/** `location` resolved against `base`; undefined when it is not a URL, or not http(s). */
function safeUrl(location: string, base: URL): URL | undefined {
  try {
    const url = new URL(location, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Adapts a fetch implementation (the test seam) to a Transport. */
export function fetchTransport(fetchImpl: typeof fetch): Transport {
  return async (req) => {
    const init: RequestInit & { duplex?: 'half' } = {
      method: req.method,
      headers: req.headers,
      signal: req.signal,
    };
    if (Buffer.isBuffer(req.body)) init.body = req.body;
    else if (req.body) {
      // undici takes any async iterable as a streamed body, with duplex set.
      init.body = req.body;
      init.duplex = 'half';
    }
    const res = await fetchImpl(req.url, init);
    const stream = res.body;
    return {
      status: res.status,
      headers: res.headers,
      body: stream ?? EMPTY_BODY,
      discard: () => {
        stream?.cancel().catch(() => undefined);
      },
    };
  };
}

const EMPTY_BODY: AsyncIterable<Uint8Array> = {
  [Symbol.asyncIterator]: () => ({
    next: () => Promise.resolve({ done: true as const, value: undefined }),
  }),
};

/** Reads a whole body. */
export function readAll(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  return readBounded(body, Infinity);
}

/** A body longer than the reader's cap; reading stopped there. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly limit: number) {
    super(`the answer is larger than ${formatBytes(limit)}; reading stopped there`);
  }
}

/**
 * Reads a body up to `maxBytes`. One byte more stops the read (the stream is destroyed,
 * nothing more is received) and throws BodyTooLargeError: memory stays bounded whatever
 * the server sends.
 */
export async function readBounded(
  body: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Leaving the loop early (the throw) returns the iterator, which destroys the stream.
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new BodyTooLargeError(maxBytes);
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  return Buffer.concat(chunks, total);
}

/** `32 MiB`, `512 KiB`, `100 bytes`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
