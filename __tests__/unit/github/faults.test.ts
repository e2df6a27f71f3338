/**
 * Issue 17, finding 3: the GitHub API clients (pull requests, change lists) against a fake
 * GitHub that misbehaves. A 300 MiB non-JSON answer is read only up to the cap (bounded
 * memory, a short message); an endless `Link: rel="next"` stops at the page cap; a server
 * that never answers times out within the time bound; a non-list where a list belongs is a
 * clear error; 429 with Retry-After and an exhausted rate limit are waited out when the wait
 * fits the bound, reported when it does not; a redirect to another origin is not followed,
 * so the token does not go there.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubChangeSource } from '../../../src/changes/github-api.js';
import { errorMessage, UserError } from '../../../src/errors.js';
import { GITHUB_LIMITS } from '../../../src/github/client.js';
import { createPullRequestApi } from '../../../src/gitops/index.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js';

const TOKEN = 'ghs_faultyGitHubApiToken0000000000000000';
const MiB = 1024 * 1024;
let github: FakeGitHub;
let elsewhere: FakeGitHub;

beforeAll(async () => {
  github = await startFakeGitHub(TOKEN);
  elsewhere = await startFakeGitHub('ghs_anotherServersToken00000000000000000');
  github.addPull('acme/gitops', { head: 'image-promote/prod', base: 'main', title: 'deploy' });
});
afterEach(() => {
  github.setFault();
});
afterAll(async () => {
  await github.close();
  await elsewhere.close();
});

const pulls = (limits = {}) =>
  createPullRequestApi({
    owner: 'acme',
    repo: 'gitops',
    token: TOKEN,
    baseUrl: github.baseUrl,
    limits,
  });

async function failure(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return errorMessage(error);
}

describe('a GitHub API that misbehaves', () => {
  it('has bounds by default', () => {
    expect(GITHUB_LIMITS).toMatchObject({
      timeoutMs: 30_000,
      maxElapsedMs: 60_000,
      maxBodyBytes: 32 * MiB,
      maxPages: 10,
      retries: 4,
    });
  });

  it('stops reading a 300 MiB non-JSON answer at the cap: memory and the message stay small', async () => {
    github.setFault({ kind: 'huge-body', bytes: 300 * MiB });
    const api = await pulls();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sample = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    const message = await failure(api.findOpen('image-promote/prod', 'main'));
    clearInterval(sample);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(message).toMatch(
      /^could not list pull requests in acme\/gitops: the GitHub API answered GET \/repos\/acme\/gitops\/pulls with more than 32 MiB; reading stopped there — GITHUB_API_URL may not point at the GitHub REST API/,
    );
    expect(message.length).toBeLessThan(400);
    expect(peak - before).toBeLessThan(150 * MiB);
    // The connection was dropped at the cap: the server could not send much more.
    expect(github.hugeBytesSent()).toBeLessThan(100 * MiB);
  });

  it('quotes only the start of an answer that is not JSON', async () => {
    github.setFault({ kind: 'huge-body', bytes: 256 * 1024 });
    const message = await failure((await pulls()).findOpen('image-promote/prod', 'main'));
    expect(message).toMatch(
      /the GitHub API answered GET \/repos\/acme\/gitops\/pulls with something that is not JSON \(text\/html, 262144 bytes: "<p>not json<\/p> <p>not json<\/p> .*…"\)/,
    );
    expect(message.length).toBeLessThan(500);
  });

  it('stops following an endless Link: rel="next" at the page cap', async () => {
    github.setFault({ kind: 'endless-pages' });
    const pull = github.addPull('acme/app', {
      head: 'feature',
      base: 'main',
      files: ['services/api/main.go'],
    });
    const source = await createGitHubChangeSource({
      token: TOKEN,
      owner: 'acme',
      repo: 'app',
      baseUrl: github.baseUrl,
    });
    const first = github.requests.length;
    const listed = await source.pullRequestFiles(pull.number);
    expect(listed).toEqual({
      files: ['services/api/main.go'],
      complete: false,
      note: 'the pull request files API had more pages than a pull request can have (1 files in them)',
    });
    // 3000 files at 100 a page: 30 pages at most.
    expect(github.requests.slice(first)).toHaveLength(30);

    const before = github.requests.length;
    const message = await failure((await pulls()).findOpen('other', 'main'));
    expect(message).toMatch(/kept sending more pages than one branch can have pull requests/);
    expect(github.requests.slice(before)).toHaveLength(GITHUB_LIMITS.maxPages);
  }, 20_000);

  it('gives up on a server that never answers, within the time bound', async () => {
    github.setFault({ kind: 'hang' });
    const api = await pulls({ timeoutMs: 300, retries: 1, minDelayMs: 10, maxDelayMs: 10 });
    const before = github.requests.length;
    const started = Date.now();
    const message = await failure(api.findOpen('image-promote/prod', 'main'));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(message).toMatch(
      /^could not list pull requests in acme\/gitops: could not reach the GitHub API at 127\.0\.0\.1:\d+ for GET \/repos\/acme\/gitops\/pulls \(timed out after 300 ms\) after 2 attempts — check GITHUB_API_URL and the network, or retry later$/,
    );
    expect(github.requests.slice(before)).toHaveLength(2);
  }, 10_000);

  it('says so when a list is answered with something else', async () => {
    github.setFault({ kind: 'not-a-list' });
    expect(await failure((await pulls()).findOpen('image-promote/prod', 'main'))).toMatch(
      /^could not list pull requests in acme\/gitops: the GitHub API answered GET \/repos\/acme\/gitops\/pulls with an object, not a list — /,
    );
    const source = await createGitHubChangeSource({
      token: TOKEN,
      owner: 'acme',
      repo: 'gitops',
      baseUrl: github.baseUrl,
    });
    await expect(source.pullRequestFiles(1)).rejects.toThrow(
      'the GitHub API answered GET /repos/acme/gitops/pulls/1/files with an object, not a list',
    );
  });

  it('waits as long as a 429 Retry-After asks, then goes on', async () => {
    github.setFault({ kind: 'retry-after', times: 1, seconds: 1 });
    const before = github.requests.length;
    const started = Date.now();
    const found = await (await pulls()).findOpen('image-promote/prod', 'main');
    expect(found?.title).toBe('deploy');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(github.requests.slice(before)).toHaveLength(2);
  });

  it('waits for an exhausted rate limit to reset when that fits the time bound', async () => {
    github.setFault({ kind: 'rate-limit', times: 1, seconds: 1 });
    const before = github.requests.length;
    const found = await (await pulls()).findOpen('image-promote/prod', 'main');
    expect(found?.title).toBe('deploy');
    expect(github.requests.slice(before)).toHaveLength(2);
  });

  it('reports a rate limit that resets after the time bound, without waiting for it', async () => {
    github.setFault({ kind: 'rate-limit', times: 5, seconds: 3600 });
    const before = github.requests.length;
    const started = Date.now();
    const message = await failure((await pulls()).findOpen('image-promote/prod', 'main'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(message).toMatch(
      /the GitHub API answered GET \/repos\/acme\/gitops\/pulls with HTTP 403: API rate limit exceeded for installation\. \(the rate limit is exhausted; it resets in \d+\.\d s, at \d{4}-\d\d-\d\dT/,
    );
    expect(github.requests.slice(before)).toHaveLength(1);
  });

  it('does not follow a redirect to another origin: the token stays with the API', async () => {
    github.setFault({ kind: 'redirect', to: elsewhere.baseUrl });
    const message = await failure((await pulls()).findOpen('image-promote/prod', 'main'));
    expect(message).toMatch(
      /the GitHub API answered GET \/repos\/acme\/gitops\/pulls with a redirect \(HTTP 307\) to http:\/\/127\.0\.0\.1:\d+; it was not followed: the token is sent only to http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(elsewhere.requests).toEqual([]);
    expect(JSON.stringify(elsewhere.requests)).not.toContain(TOKEN);
  });
});
