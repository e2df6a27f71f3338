/**
 * The run's request counts (src/http/tally.ts) as the HTTP client keeps them: every attempt
 * sent is a request (a retry too, and it is also counted as retried), 429 answers are counted,
 * a refused connection (never sent) is not, and each host and service is counted apart: the
 * registry's under the registry, the GitHub client's under the API's host.
 */
import { describe, expect, it } from '@jest/globals';
import { GitHubClient } from '../../../src/github/client.js';
import { HttpClient, type HttpContext } from '../../../src/http/client.js';
import type { Clock, RetryPolicy } from '../../../src/http/retry.js';
import { RequestTally } from '../../../src/http/tally.js';
import { fetchTransport } from '../../../src/http/transport.js';
import { silentLogger } from '../../../src/log.js';
import { Http } from '../../../src/registry/http.js';

const policy: RetryPolicy = {
  retries: 2,
  minDelayMs: 1,
  maxDelayMs: 1,
  maxElapsedMs: 10_000,
  timeoutMs: 1_000,
};
const clock: Clock = { now: () => Date.now(), sleep: () => Promise.resolve(), random: () => 0 };

/** A fetch that answers from a script, one entry per call, and records the URLs it was sent. */
function scriptedFetch(script: (Response | Error)[], sent: string[]): typeof fetch {
  return (input) => {
    sent.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const next = script.shift();
    if (!next) throw new Error(`the script ran out after ${sent.join(' ')}`);
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
}

function client(fetchImpl: typeof fetch, tally: RequestTally): HttpClient<HttpContext> {
  return new HttpClient<HttpContext>({
    transport: fetchTransport(fetchImpl),
    policy,
    logger: silentLogger,
    clock,
    describe: () => 'test server',
    failure: (_ctx, failure) => new Error(failure.kind),
    tally: { counts: tally, service: 'github' },
  });
}

const ctx = { operation: 'test' };

describe('HttpClient request counts', () => {
  it('counts 3 requests, one of them a retry after a 429 with Retry-After 0', async () => {
    const sent: string[] = [];
    const tally = new RequestTally();
    const http = client(
      scriptedFetch(
        [
          new Response('slow down', { status: 429, headers: { 'retry-after': '0' } }),
          new Response('{}', { status: 200 }),
          new Response('{}', { status: 404 }),
        ],
        sent,
      ),
      tally,
    );
    expect((await http.buffered({ method: 'GET', url: 'https://api.example/a' }, ctx)).status).toBe(
      200,
    );
    expect((await http.buffered({ method: 'GET', url: 'https://api.example/b' }, ctx)).status).toBe(
      404,
    );
    expect(sent).toEqual([
      'https://api.example/a',
      'https://api.example/a',
      'https://api.example/b',
    ]);
    expect(tally.counts()).toEqual([
      { service: 'github', host: 'api.example', requests: 3, retried: 1, throttled: 1 },
    ]);
  });

  it('counts an attempt that got no answer, but not one refused before it was sent', async () => {
    const tally = new RequestTally();
    const reset = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    });
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    });
    const http = client(
      scriptedFetch([reset, refused, new Response('ok', { status: 200 })], []),
      tally,
    );
    await http.buffered({ method: 'GET', url: 'http://127.0.0.1:5000/v2/' }, ctx);
    // The reset (sent) and the answer (a retry); the refused connection never left.
    expect(tally.counts()).toEqual([
      { service: 'github', host: '127.0.0.1:5000', requests: 2, retried: 1, throttled: 0 },
    ]);
  });

  it("counts the registry's requests under the registry, token requests included", async () => {
    const tally = new RequestTally();
    const http = new Http({
      transport: fetchTransport(
        scriptedFetch(
          [
            new Response('{"token":"t"}', { status: 200 }),
            new Response('{}', { status: 200 }),
            new Response('{}', { status: 200 }),
          ],
          [],
        ),
      ),
      policy,
      logger: silentLogger,
      clock,
      tally,
    });
    await http.buffered(
      { method: 'GET', url: 'https://auth.example/token' },
      { registry: 'docker.io', operation: 'get a token' },
    );
    await http.buffered(
      { method: 'GET', url: 'https://registry-1.example/v2/library/nginx/manifests/1' },
      { registry: 'docker.io', operation: 'GET manifest' },
    );
    await http.buffered(
      { method: 'GET', url: 'https://ghcr.example/v2/a/manifests/1' },
      { registry: 'ghcr.io', operation: 'GET manifest' },
    );
    expect(tally.counts()).toEqual([
      { service: 'registry', host: 'docker.io', requests: 2, retried: 0, throttled: 0 },
      { service: 'registry', host: 'ghcr.io', requests: 1, retried: 0, throttled: 0 },
    ]);
  });

  it("counts the GitHub client's requests under the API's host", async () => {
    const tally = new RequestTally();
    const github = new GitHubClient({
      token: 'ghs_tallyTestToken0000000000000000000000',
      baseUrl: 'https://api.github.test',
      transport: fetchTransport(
        scriptedFetch(
          [
            new Response('{"message":"slow down"}', {
              status: 429,
              headers: { 'retry-after': '0' },
            }),
            new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } }),
          ],
          [],
        ),
      ),
      clock,
      tally,
    });
    expect((await github.listPulls({ owner: 'acme', repo: 'app' })).items).toEqual([]);
    expect(tally.counts()).toEqual([
      { service: 'github', host: 'api.github.test', requests: 2, retried: 1, throttled: 1 },
    ]);
  });

  it('keeps each tally to itself (one per run)', () => {
    const one = new RequestTally();
    const two = new RequestTally();
    one.count('registry', 'ghcr.io', { retry: false });
    expect(two.counts()).toEqual([]);
    // counts() hands out copies.
    const [first] = one.counts();
    if (first) first.requests = 99;
    expect(one.counts()[0]?.requests).toBe(1);
  });
});
