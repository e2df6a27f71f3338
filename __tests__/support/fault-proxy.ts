/**
 * A fault-injecting HTTP reverse proxy for registry tests: it listens on 127.0.0.1 (random
 * port) in front of a real distribution registry and, per request, may inject one fault:
 *
 * - `status429` / `status429RetryAfter` (with `Retry-After: retryAfterSeconds`), `status500`,
 *   `status502`, `status503`: answered by the proxy, the registry never sees the request;
 * - `resetBeforeBody`: the connection is destroyed before anything is answered (the request
 *   is not forwarded); `resetMidBody`: the request is forwarded and processed, then the
 *   connection is cut after half of the answer's body (or before the headers when it has none);
 * - `truncate`: a GET's body is cut short, with a Content-Length that matches the cut;
 * - `slow`: the request waits `slowMs` (a bounded range) before it is forwarded;
 * - `wrongDigest`: the answer's Docker-Content-Digest names another digest;
 * - `alterManifest` / `alterManifestKeepDigest`: a manifest GET is answered with modified JSON
 *   bytes that still name the same blobs (re-indented, annotated, or with a trailing newline),
 *   without / with the original Docker-Content-Digest.
 *
 * Rates are configurable per fault and per method/path or any predicate (`rules`, merged in
 * order). Decisions come from a seeded PRNG, drawn per request from (seed, request key, how
 * many times that key was seen), so they do not depend on how concurrent requests
 * interleave. `key` lets a test strip run-unique parts (repository prefixes) so one seed
 * reproduces one run.
 *
 * Scripting: `onRequest(hook)` runs (and is awaited) for every request before anything else;
 * `hold(predicate)` parks the first matching request until `release()`, so tests can
 * interleave two clients deterministically.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAULTS = [
  'status429',
  'status429RetryAfter',
  'status500',
  'status502',
  'status503',
  'resetBeforeBody',
  'resetMidBody',
  'truncate',
  'slow',
  'wrongDigest',
  'alterManifest',
  'alterManifestKeepDigest',
] as const;
export type Fault = (typeof FAULTS)[number];
export type FaultRates = Partial<Record<Fault, number>>;

/** Rates for requests whose method and path match (both optional); later rules win. */
export interface FaultRule {
  method?: string | RegExp;
  path?: RegExp;
  rates: FaultRates;
  /** Any other condition on the request (e.g. its User-Agent); the rule applies when true. */
  when?: (req: ProxyRequest) => boolean;
  /** Bounds of a `slow` delay for these requests (else the proxy's `slowMs`). */
  slowMs?: [number, number];
}

export interface ProxyRequest {
  /** 1-based arrival number. */
  seq: number;
  method: string;
  /** Path without the query. */
  path: string;
  /** Path with the query. */
  url: string;
  headers: IncomingHttpHeaders;
}

export interface FaultEvent {
  seq: number;
  method: string;
  path: string;
  fault?: Fault;
  /** The status the client saw (undefined for a reset). */
  status?: number;
}

export interface FaultProxyOptions {
  /** The registry's base URL, e.g. http://127.0.0.1:5000 */
  upstream: string;
  seed: number;
  rules?: FaultRule[];
  /** Bounds of an injected delay (default 20–150 ms). */
  slowMs?: [number, number];
  /** The Retry-After of `status429RetryAfter` (default 1). */
  retryAfterSeconds?: number;
  /** The PRNG key of a request (default: method and path, upload session ids masked). */
  key?: (req: ProxyRequest) => string;
}

export interface Hold {
  /** Resolves when the held request arrives (it is parked until release()). */
  arrived: Promise<ProxyRequest>;
  release(): void;
}

export interface FaultProxy {
  /** `localhost:<port>`: the registry host for references (plain HTTP, as for loopback). */
  host: string;
  url: string;
  seed: number;
  events: FaultEvent[];
  setRules(rules: FaultRule[]): void;
  onRequest(hook: ((req: ProxyRequest) => void | Promise<void>) | undefined): void;
  hold(predicate: (req: ProxyRequest) => boolean): Hold;
  /** How often each fault was injected so far. */
  counts(): Record<Fault, number>;
  /** One line for failure messages: the seed and the faults injected. */
  describe(): string;
  stop(): Promise<void>;
}

/** mulberry32: a small, fast, seedable PRNG (enough for test decisions). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG seeded from the run seed and any text (stable across processes). */
export function prngFor(seed: number, text: string): () => number {
  const h = createHash('sha256').update(`${seed}\0${text}`).digest();
  return mulberry32(h.readUInt32LE(0));
}

function defaultKey(req: ProxyRequest): string {
  return `${req.method} ${req.path.replace(/\/blobs\/uploads\/[^/]+$/, '/blobs/uploads/*')}`;
}

function matches(rule: FaultRule, req: ProxyRequest): boolean {
  const m = rule.method;
  if (m !== undefined && (typeof m === 'string' ? m !== req.method : !m.test(req.method))) {
    return false;
  }
  if (rule.path !== undefined && !rule.path.test(req.path)) return false;
  return rule.when === undefined || rule.when(req);
}

const MANIFEST_PATH = /^\/v2\/.+\/manifests\/[^/]+$/;

/** Re-indents, annotates or pads a manifest: still valid, same blobs, another digest. */
function alterManifest(body: Buffer, rand: () => number): Buffer {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  } catch {
    return Buffer.concat([body, Buffer.from('\n')]);
  }
  const variant = Math.floor(rand() * 3);
  if (variant === 0) return Buffer.from(JSON.stringify(json, null, 2));
  if (variant === 1) {
    const annotations = (json.annotations ?? {}) as Record<string, string>;
    return Buffer.from(
      JSON.stringify({ ...json, annotations: { ...annotations, 'org.example.injected': 'yes' } }),
    );
  }
  return Buffer.concat([body, Buffer.from('\n')]);
}

function otherDigest(): string {
  return `sha256:${createHash('sha256').update(randomBytes(16)).digest('hex')}`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface PendingHold {
  predicate: (req: ProxyRequest) => boolean;
  taken: boolean;
  arrive: (req: ProxyRequest) => void;
  released: Promise<void>;
  release: () => void;
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const upstream = new URL(options.upstream);
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const slow = options.slowMs ?? [20, 150];
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const keyOf = options.key ?? defaultKey;
  let rules = options.rules ?? [];
  let hook: ((req: ProxyRequest) => void | Promise<void>) | undefined;
  const holds: PendingHold[] = [];
  const seen = new Map<string, number>();
  const events: FaultEvent[] = [];
  let seq = 0;

  const slowFor = (req: ProxyRequest): [number, number] => {
    let range = slow;
    for (const rule of rules) if (rule.slowMs && matches(rule, req)) range = rule.slowMs;
    return range;
  };

  const choose = (req: ProxyRequest, rand: () => number): Fault | undefined => {
    const rates: FaultRates = {};
    for (const rule of rules) if (matches(rule, req)) Object.assign(rates, rule.rates);
    const applicable = FAULTS.filter((f) => {
      if (f === 'truncate') return req.method === 'GET';
      if (f === 'alterManifest' || f === 'alterManifestKeepDigest') {
        return req.method === 'GET' && MANIFEST_PATH.test(req.path);
      }
      return true;
    });
    const draw = rand();
    let acc = 0;
    for (const f of applicable) {
      acc += rates[f] ?? 0;
      if (draw < acc) return f;
    }
    return undefined;
  };

  const forward = (req: IncomingMessage): Promise<{ res: IncomingMessage; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const out = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          // The original Host stays, so upload Locations the registry builds point back here.
          headers: req.headers,
          agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            resolve({ res, body: Buffer.concat(chunks) });
          });
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      req.pipe(out);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = req.url ?? '/';
    const info: ProxyRequest = {
      seq: ++seq,
      method: req.method ?? 'GET',
      path: url.split('?')[0] ?? url,
      url,
      headers: req.headers,
    };
    if (hook) await hook(info);
    const parked = holds.find((h) => !h.taken && h.predicate(info));
    if (parked) {
      parked.taken = true;
      parked.arrive(info);
      await parked.released;
    }
    const key = keyOf(info);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const rand = prngFor(options.seed, `${key}#${n}`);
    const fault = choose(info, rand);
    const event: FaultEvent = { seq: info.seq, method: info.method, path: info.path };
    if (fault) event.fault = fault;
    events.push(event);

    if (fault === 'slow') {
      const [min, max] = slowFor(info);
      await delay(min + Math.floor(rand() * (max - min + 1)));
    }
    if (fault?.startsWith('status')) {
      req.resume();
      const status = Number(/\d+/.exec(fault)?.[0] ?? '500');
      const headers: OutgoingHttpHeaders = { 'Content-Type': 'application/json' };
      if (fault === 'status429RetryAfter') headers['Retry-After'] = retryAfter;
      const code = status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE';
      event.status = status;
      res.writeHead(status, headers);
      res.end(JSON.stringify({ errors: [{ code, message: `injected fault (${fault})` }] }));
      return;
    }
    if (fault === 'resetBeforeBody') {
      req.resume();
      req.socket.destroy();
      return;
    }

    let answer: { res: IncomingMessage; body: Buffer };
    try {
      answer = await forward(req);
    } catch {
      req.socket.destroy();
      return;
    }
    const status = answer.res.statusCode ?? 502;
    const headers: OutgoingHttpHeaders = { ...answer.res.headers };
    let body = answer.body;
    const hasBody = info.method !== 'HEAD' && body.length >= 2;

    if (fault === 'resetMidBody') {
      if (!hasBody) {
        req.socket.destroy();
        return;
      }
      res.writeHead(status, headers);
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => {
        req.socket.destroy();
      });
      return;
    }
    if (fault === 'truncate' && hasBody && status === 200) {
      body = body.subarray(0, 1 + Math.floor(rand() * (body.length - 1)));
      headers['content-length'] = String(body.length);
    } else if (fault === 'wrongDigest') {
      headers['docker-content-digest'] = otherDigest();
    } else if (
      (fault === 'alterManifest' || fault === 'alterManifestKeepDigest') &&
      status === 200 &&
      hasBody
    ) {
      body = alterManifest(body, rand);
      headers['content-length'] = String(body.length);
      if (fault === 'alterManifest') delete headers['docker-content-digest'];
    } else if (fault !== undefined && fault !== 'slow') {
      // Not applicable to this answer (e.g. truncating a 404): passed through unchanged.
      delete event.fault;
    }
    event.status = status;
    res.writeHead(status, headers);
    res.end(info.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      req.socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const counts = (): Record<Fault, number> => {
    const out = Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<Fault, number>;
    for (const e of events) if (e.fault) out[e.fault]++;
    return out;
  };

  return {
    host: `localhost:${port}`,
    url: `http://127.0.0.1:${port}`,
    seed: options.seed,
    events,
    setRules(next) {
      rules = next;
    },
    onRequest(next) {
      hook = next;
    },
    hold(predicate) {
      let arrive: (req: ProxyRequest) => void = () => undefined;
      let release: () => void = () => undefined;
      const arrived = new Promise<ProxyRequest>((resolve) => {
        arrive = resolve;
      });
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      holds.push({ predicate, taken: false, arrive, released, release });
      return { arrived, release };
    },
    counts,
    describe() {
      const injected = Object.entries(counts())
        .filter(([, n]) => n > 0)
        .map(([f, n]) => `${f}=${n}`)
        .join(' ');
      return `fault proxy seed=${options.seed} requests=${events.length} injected: ${injected || 'none'}`;
    },
    async stop() {
      for (const h of holds) {
        h.taken = true;
        h.release();
      }
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}
