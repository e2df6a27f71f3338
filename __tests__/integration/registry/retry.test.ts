import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '../../../src/log.js';
import { parseReference } from '../../../src/reference.js';
import type { Clock } from '../../../src/http/retry.js';
import { createRegistryProvider } from '../../../src/registry/provider.js';
import { sharedRegistry } from '../../support/env.js';
import { getManifest, pushIndex, type PushedIndex } from '../../support/oci-fixtures.js';

type Fault = { status: number; headers?: Record<string, string> } | 'reset';

/**
 * A pass-through proxy in front of the real registry that injects faults: each rule matches
 * `METHOD /path` and fires for its first `times` matching requests.
 */
interface Rule {
  match: RegExp;
  times: number;
  fault: Fault;
}

let proxy: Server;
let proxyHost: string;
const rules: Rule[] = [];
const seen: string[] = [];

function forward(req: IncomingMessage, res: import('node:http').ServerResponse): void {
  const upstream = new URL(sharedRegistry().url);
  const out = request(
    {
      host: upstream.hostname,
      port: upstream.port,
      method: req.method,
      path: req.url,
      // The original Host stays, so upload Locations the registry builds point back here.
      headers: req.headers,
    },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  out.on('error', () => res.destroy());
  req.pipe(out);
}

beforeAll(async () => {
  proxy = createServer((req, res) => {
    const line = `${req.method ?? ''} ${(req.url ?? '').split('?')[0] ?? ''}`;
    seen.push(line);
    const rule = rules.find((r) => r.times > 0 && r.match.test(line));
    if (!rule) {
      forward(req, res);
      return;
    }
    rule.times--;
    if (rule.fault === 'reset') {
      req.socket.destroy();
      return;
    }
    const { status, headers } = rule.fault;
    req.resume();
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'injected fault' }] }));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyHost = `localhost:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  proxy.closeAllConnections();
  await new Promise<void>((resolve) =>
    proxy.close(() => {
      resolve();
    }),
  );
});

/** Records the waits instead of sleeping them, so Retry-After can be checked exactly. */
function fakeClock(): Clock & { waits: number[] } {
  const waits: number[] = [];
  let now = 0;
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

let index: PushedIndex;
let repo: string;

beforeAll(async () => {
  repo = `retry/app${Date.now()}`;
  index = await pushIndex({ url: sharedRegistry().url }, repo, 'sha-ccccccc', { seed: 'retry' });
});

function provider(clock: Clock, fetchImpl?: typeof fetch) {
  return createRegistryProvider({
    logger: silentLogger,
    env: {},
    clock,
    retry: { retries: 4, minDelayMs: 100, maxDelayMs: 1000, maxElapsedMs: 30_000 },
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}

const ref = (s: string) => parseReference(`${proxyHost}/${s}`);

describe('retries against injected faults', () => {
  it('honours Retry-After on 429 and then succeeds', async () => {
    rules.push({
      match: /^GET \/v2\/.*\/manifests\/sha-ccccccc$/,
      times: 1,
      fault: { status: 429, headers: { 'Retry-After': '3' } },
    });
    const clock = fakeClock();
    const registry = await provider(clock).forReference(ref(repo));
    const found = await registry.resolve(ref(`${repo}:sha-ccccccc`));
    expect(found?.digest).toBe(index.digest);
    expect(clock.waits).toEqual([3000]);
  });

  it('retries 503 and 502 on the manifest PUT with growing backoff', async () => {
    rules.push(
      { match: /^PUT \/v2\/.*\/manifests\/v1$/, times: 1, fault: { status: 503 } },
      { match: /^PUT \/v2\/.*\/manifests\/v1$/, times: 1, fault: { status: 502 } },
    );
    const clock = fakeClock();
    const registry = await provider(clock).forReference(ref(repo));
    const result = await registry.addTag(ref(`${repo}:sha-ccccccc`), 'v1');
    expect(result.descriptor.digest).toBe(index.digest);
    // Equal jitter with random()=0.5: 3/4 of 100 ms, then of 200 ms.
    expect(clock.waits).toEqual([75, 150]);
    const stored = await getManifest({ url: sharedRegistry().url }, repo, 'v1');
    expect(stored?.bytes.equals(index.bytes)).toBe(true);
  });

  it('retries a connection reset', async () => {
    rules.push({ match: /^GET \/v2\/.*\/manifests\/sha-ccccccc$/, times: 2, fault: 'reset' });
    const clock = fakeClock();
    const registry = await provider(clock).forReference(ref(repo));
    const result = await registry.addTag(ref(`${repo}:sha-ccccccc`), 'v2');
    expect(result.descriptor.digest).toBe(index.digest);
    expect(clock.waits).toHaveLength(2);
  });

  it('restarts a streamed blob transfer that was cut off', async () => {
    const noMount: typeof fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      return fetch(url.replace(/\?mount=[^&]+&from=[^&]+/, ''), init);
    };
    rules.push({ match: /^PATCH \/v2\/.*\/blobs\/uploads\//, times: 1, fault: 'reset' });
    const clock = fakeClock();
    const registry = await provider(clock, noMount).forReference(ref(repo));
    const target = `${repo}-mirror`;
    const result = await registry.copy(ref(`${repo}:sha-ccccccc`), ref(`${target}:v1`));
    expect(result.descriptor.digest).toBe(index.digest);
    expect(clock.waits).toHaveLength(1);
    const stored = await getManifest({ url: sharedRegistry().url }, target, 'v1');
    expect(stored?.bytes.equals(index.bytes)).toBe(true);
  });

  it('gives up after the retry budget with an error naming status, attempts and reference', async () => {
    rules.push({ match: /^GET \/v2\/.*\/manifests\/down$/, times: 100, fault: { status: 503 } });
    const clock = fakeClock();
    const registry = await provider(clock).forReference(ref(repo));
    const before = seen.length;
    await expect(registry.resolve(ref(`${repo}:down`))).rejects.toThrow(
      new RegExp(
        `registry ${proxyHost} repository ${repo}:down: GET manifest: the registry failed with HTTP 503 TOOMANYREQUESTS \\(injected fault\\) after 5 attempts`,
      ),
    );
    expect(seen.slice(before)).toHaveLength(5);
    expect(clock.waits).toHaveLength(4);
  });

  it('stops early when Retry-After exceeds the total time budget', async () => {
    rules.push({
      match: /^GET \/v2\/.*\/manifests\/slow$/,
      times: 100,
      fault: { status: 429, headers: { 'Retry-After': '3600' } },
    });
    const clock = fakeClock();
    const registry = await provider(clock).forReference(ref(repo));
    await expect(registry.resolve(ref(`${repo}:slow`))).rejects.toThrow(/HTTP 429/);
    expect(clock.waits).toEqual([]);
  });
});
