import type { Logger } from '../../../src/log.js';
import { describe, expect, it } from '@jest/globals';
import { redactUrl } from '../../../src/http/client.js';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  type Clock,
  type RetryPolicy,
} from '../../../src/http/retry.js';
import {
  fetchTransport,
  readAll,
  type Transport,
  type TransportRequest,
} from '../../../src/http/transport.js';
import { Http, REGISTRY_MAX_BODY_BYTES, RegistryError } from '../../../src/registry/http.js';

const policy: RetryPolicy = {
  retries: 4,
  minDelayMs: 100,
  maxDelayMs: 1000,
  maxElapsedMs: 60_000,
  timeoutMs: 5000,
};
const ctx = {
  registry: 'reg.example',
  operation: 'GET manifest',
  repository: 'a/b',
  reference: 'v1',
};

function fakeClock(): Clock & { waits: number[] } {
  const waits: number[] = [];
  let now = 1_000_000;
  return {
    waits,
    now: () => now,
    sleep: (ms) => {
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    },
    random: () => 0.5,
  };
}

type Step = { status: number; headers?: Record<string, string>; body?: string } | Error;

/** A fetch that plays back `steps` in order and records what it was asked. */
function scripted(steps: Step[]): typeof fetch & { calls: { url: string; init?: RequestInit }[] } {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fn: typeof fetch = (input, init) => {
    calls.push({
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      ...(init ? { init } : {}),
    });
    const step = steps.shift();
    if (!step) return Promise.reject(new Error('no more steps'));
    if (step instanceof Error) return Promise.reject(step);
    return Promise.resolve(
      new Response(step.body ?? null, { status: step.status, headers: step.headers ?? {} }),
    );
  };
  return Object.assign(fn, { calls });
}

function reset(): Error {
  return new TypeError('fetch failed', {
    cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
  });
}

const logs: string[] = [];
const logger: Logger = {
  debug: (m: string) => logs.push(m),
  info: (m: string) => logs.push(m),
  warning: (m: string) => logs.push(m),
  group: (_title, fn) => fn(),
  mask: () => undefined,
};

function http(fetchImpl: typeof fetch, clock: Clock, p: RetryPolicy = policy): Http {
  return new Http({ transport: fetchTransport(fetchImpl), policy: p, logger, clock });
}

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('doubles per retry with equal jitter and a cap', () => {
    expect(backoffDelay(policy, 0, () => 0)).toBe(50);
    expect(backoffDelay(policy, 0, () => 1)).toBe(100);
    expect(backoffDelay(policy, 3, () => 1)).toBe(800);
    expect(backoffDelay(policy, 10, () => 1)).toBe(1000);
  });

  it('has sane defaults', () => {
    expect(DEFAULT_RETRY_POLICY.retries).toBeGreaterThan(0);
    expect(DEFAULT_RETRY_POLICY.maxElapsedMs).toBeGreaterThan(DEFAULT_RETRY_POLICY.maxDelayMs);
  });
});

describe('Http retries', () => {
  it('honours Retry-After on 429', async () => {
    const clock = fakeClock();
    const f = scripted([
      { status: 429, headers: { 'Retry-After': '2' } },
      { status: 200, body: 'ok' },
    ]);
    const res = await http(f, clock).buffered({ method: 'GET', url: 'https://r/v2/' }, ctx);
    expect(res).toMatchObject({ status: 200, attempts: 2 });
    expect(res.body.toString()).toBe('ok');
    expect(clock.waits).toEqual([2000]);
  });

  it('retries each retryable status and returns the last answer when attempts run out', async () => {
    for (const status of [429, 500, 502, 503, 504]) {
      const clock = fakeClock();
      const f = scripted(Array.from({ length: 5 }, () => ({ status })));
      const res = await http(f, clock).buffered({ method: 'HEAD', url: 'https://r/x' }, ctx);
      expect(res).toMatchObject({ status, attempts: 5 });
      expect(clock.waits).toEqual([75, 150, 300, 600]);
    }
  });

  it('does not retry other statuses', async () => {
    const clock = fakeClock();
    const f = scripted([{ status: 400, body: '{"errors":[]}' }]);
    const res = await http(f, clock).buffered({ method: 'GET', url: 'https://r/x' }, ctx);
    expect(res).toMatchObject({ status: 400, attempts: 1 });
    expect(clock.waits).toEqual([]);
  });

  it('retries connection resets, then reports them naming the registry', async () => {
    const clock = fakeClock();
    const ok = scripted([reset(), { status: 200 }]);
    await expect(
      http(ok, clock).buffered({ method: 'GET', url: 'https://r/x' }, ctx),
    ).resolves.toMatchObject({ status: 200, attempts: 2 });

    const down = scripted(Array.from({ length: 5 }, reset));
    const error = await http(down, fakeClock())
      .buffered({ method: 'GET', url: 'https://r/x' }, ctx)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).info).toMatchObject({ attempts: 5, retryable: true });
    expect((error as Error).message).toBe(
      'registry reg.example repository a/b:v1: GET manifest: could not reach the registry (ECONNRESET: read ECONNRESET) after 5 attempts — check the registry address and the network, or retry later',
    );
  });

  it('rethrows errors that are not about the network', async () => {
    const f = scripted([new Error('programming error')]);
    await expect(
      http(f, fakeClock()).buffered({ method: 'GET', url: 'https://r/x' }, ctx),
    ).rejects.toThrow('programming error');
  });

  it('stops when the next wait would exceed the total time budget', async () => {
    const clock = fakeClock();
    const f = scripted([{ status: 503 }, { status: 503 }, { status: 503 }]);
    const res = await http(f, clock, { ...policy, maxElapsedMs: 200 }).buffered(
      { method: 'GET', url: 'https://r/x' },
      ctx,
    );
    // 75 ms fits the 200 ms budget, 75 + 150 does not.
    expect(res).toMatchObject({ status: 503, attempts: 2 });
    expect(clock.waits).toEqual([75]);
  });

  it('sends a streamed body once: it cannot be replayed', async () => {
    const clock = fakeClock();
    const f = scripted([{ status: 503 }]);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array([1, 2, 3]));
        c.close();
      },
    });
    const res = await http(f, clock).buffered({ method: 'PUT', url: 'https://r/u', body }, ctx);
    expect(res).toMatchObject({ status: 503, attempts: 1 });
    expect(f.calls[0]?.init).toMatchObject({ duplex: 'half' });
  });

  it('times out a request that never answers, and retries it', async () => {
    let attempts = 0;
    const hanging = ((_input: string | URL | Request, init?: RequestInit) => {
      attempts++;
      if (attempts === 2) return Promise.resolve(new Response('late', { status: 200 }));
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    }) as typeof fetch;
    const clock = fakeClock();
    const res = await http(hanging, clock, { ...policy, timeoutMs: 20 }).buffered(
      { method: 'GET', url: 'https://r/x' },
      ctx,
    );
    expect(res).toMatchObject({ status: 200, attempts: 2 });
    expect(logs.join('\n')).toContain('timed out after 20 ms on GET manifest; retrying');
  });

  it('hands back an unread body for streaming, and buffers error bodies', async () => {
    const f = scripted([
      { status: 200, body: 'blob-bytes' },
      { status: 404, body: 'nope' },
    ]);
    const h = http(f, fakeClock());
    const ok = await h.stream({ method: 'GET', url: 'https://r/blob' }, ctx);
    if (!ok.stream) throw new Error('no stream');
    expect((await readAll(ok.stream)).toString()).toBe('blob-bytes');
    const missing = await h.stream({ method: 'GET', url: 'https://r/blob' }, ctx);
    expect(missing.stream).toBeUndefined();
    expect(missing.body.toString()).toBe('nope');
  });
});

describe('body cap', () => {
  it('stops reading an answer larger than the cap, as a registry error', async () => {
    const f = scripted([{ status: 200, body: 'x'.repeat(3000) }]);
    const h = new Http({
      transport: fetchTransport(f),
      policy,
      logger,
      clock: fakeClock(),
      maxBodyBytes: 2048,
    });
    const error = await h
      .buffered({ method: 'GET', url: 'https://r/v2/a/b/manifests/v1' }, ctx)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).info).toMatchObject({ attempts: 1, retryable: false });
    expect((error as Error).message).toBe(
      'registry reg.example repository a/b:v1: GET manifest: the answer is larger than 2 KiB; it was not read to the end — the address may not be a registry, or a proxy in between answers instead of it',
    );
    expect(REGISTRY_MAX_BODY_BYTES).toBe(64 * 1024 * 1024);
  });
});

describe('redactUrl', () => {
  it('drops the query (upload state, token parameters)', () => {
    expect(redactUrl('https://r/v2/a/blobs/uploads/u?_state=abc&digest=sha256:1')).toBe(
      'https://r/v2/a/blobs/uploads/u?…',
    );
    expect(redactUrl('https://r/v2/')).toBe('https://r/v2/');
  });
});

describe('streamed uploads', () => {
  /** Reads the whole request body (abortable), then answers 201. */
  const consuming: Transport = async (req: TransportRequest) => {
    const aborted = new Promise<never>((_resolve, reject) => {
      req.signal.addEventListener('abort', () => {
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
    if (req.body && !Buffer.isBuffer(req.body)) await Promise.race([readAll(req.body), aborted]);
    return {
      status: 201,
      headers: new Headers(),
      body: (async function* () {})(),
      discard: () => undefined,
    };
  };

  async function* slow(chunks: number, gapMs: number, stallAfter = Infinity) {
    for (let i = 0; i < chunks; i++) {
      if (i >= stallAfter) await new Promise(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, gapMs));
      yield Buffer.from('x');
    }
  }

  const clock = { ...fakeClock(), now: () => Date.now() };
  const h = new Http({
    transport: consuming,
    policy: { ...policy, timeoutMs: 100 },
    logger,
    clock,
  });

  it('uses an idle timeout: a long upload that keeps flowing is not cut off', async () => {
    const res = await h.buffered({ method: 'PATCH', url: 'https://r/u', body: slow(15, 10) }, ctx);
    expect(res.status).toBe(201);
  });

  it('cuts off an upload that stalls, without retrying the unreplayable body', async () => {
    const error = await h
      .buffered({ method: 'PATCH', url: 'https://r/u', body: slow(8, 5, 2) }, ctx)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).info).toMatchObject({ attempts: 1, retryable: true });
    expect((error as Error).message).toContain('timed out after 100 ms');
  });
});
