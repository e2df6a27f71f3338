/**
 * The GitHub REST client against the fake GitHub (GitHub's response shapes) and against
 * scripted answers: pull requests, their files page by page, comparisons computed with git,
 * deployments and their statuses; the headers it sends; answers of the wrong shape; the
 * token kept under the API root; requests that must not happen twice.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorMessage } from '../../../src/errors.js';
import { GitHubClient } from '../../../src/github/client.js';
import { nextLink } from '../../../src/http/link.js';
import { GitHubApiError } from '../../../src/github/errors.js';
import type { Clock } from '../../../src/http/retry.js';
import { fetchTransport } from '../../../src/http/transport.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js';
import { createBareRemote, createRepo, removeTempDirs } from '../../support/git-fixtures.js';

const TOKEN = 'ghs_clientTestToken000000000000000000000';
const repo = { owner: 'acme', repo: 'gitops' };
let github: FakeGitHub;
let client: GitHubClient;

beforeAll(async () => {
  github = await startFakeGitHub(TOKEN);
  client = new GitHubClient({ token: TOKEN, baseUrl: github.baseUrl });
});
afterAll(async () => {
  await github.close();
  removeTempDirs();
});

const noWait: Clock = {
  now: () => Date.now(),
  sleep: () => Promise.resolve(),
  random: () => 0.5,
};

type Step = { status: number; body?: unknown; headers?: Record<string, string> };

/** A client whose transport plays back `steps`, recording what it was asked. */
function scripted(steps: Step[], baseUrl = 'https://api.github.test') {
  const calls: { url: string; method: string; headers: Record<string, string> }[] = [];
  const fetchImpl = ((input: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      method: init?.method ?? 'GET',
      headers: (init?.headers ?? {}) as Record<string, string>,
    });
    const step = steps.shift();
    if (!step) return Promise.reject(new Error('no more steps'));
    const body =
      step.body === undefined
        ? null
        : typeof step.body === 'string'
          ? step.body
          : JSON.stringify(step.body);
    return Promise.resolve(new Response(body, { status: step.status, headers: step.headers }));
  }) as typeof fetch;
  const c = new GitHubClient({
    token: TOKEN,
    baseUrl,
    transport: fetchTransport(fetchImpl),
    clock: noWait,
  });
  return { client: c, calls };
}

describe('pull requests', () => {
  it('lists with head, base and state filters, gets, creates and updates', async () => {
    github.addPull('acme/gitops', { head: 'image-promote/dev', base: 'main', title: 'dev' });
    const created = await client.createPull(repo, {
      head: 'image-promote/prod',
      base: 'main',
      title: 'deploy(prod): api → v2',
      body: '| api | v1 | v2 |',
    });
    expect(created).toEqual({
      number: 2,
      url: 'https://github.example/acme/gitops/pull/2',
      state: 'open',
      title: 'deploy(prod): api → v2',
      body: '| api | v1 | v2 |',
      head: { ref: 'image-promote/prod', repository: 'acme/gitops' },
      base: { ref: 'main' },
    });
    const listed = await client.listPulls(repo, { head: 'image-promote/prod', base: 'main' });
    expect(listed).toEqual({ items: [created], truncated: false });
    const query = new URL(github.requests.at(-1)?.url ?? '', github.baseUrl).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      per_page: '100',
      state: 'open',
      head: 'acme:image-promote/prod',
      base: 'main',
    });
    expect(await client.getPull(repo, 2)).toEqual(created);
    const closed = await client.updatePull(repo, 2, { state: 'closed', body: '' });
    expect(closed).toMatchObject({ number: 2, state: 'closed', body: '' });
    expect((await client.listPulls(repo, { state: 'all' })).items.map((p) => p.number)).toEqual([
      1, 2,
    ]);
    expect((await client.listPulls(repo)).items.map((p) => p.number)).toEqual([1]);
  });

  it('sends the token, the API version and a user agent', async () => {
    await client.getPull(repo, 1);
    const { calls, client: c } = scripted([{ status: 200, body: [] }]);
    await c.listPulls(repo);
    expect(calls[0]?.headers).toMatchObject({
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'image-promote',
      Authorization: `token ${TOKEN}`,
    });
    expect(github.requests.at(-1)?.authorization).toBe(`token ${TOKEN}`);
  });

  it('pages pull request files with Link headers, at most 30 pages of 100', async () => {
    const files = Array.from({ length: 3400 }, (_, i) => `f${i}.txt`);
    const pull = github.addPull('acme/gitops', { head: 'big', base: 'main', files });
    const first = github.requests.length;
    const listing = await client.listPullFiles(repo, pull.number);
    expect(listing.truncated).toBe(false);
    expect(listing.items).toHaveLength(3000);
    expect(listing.items[0]).toEqual({ filename: 'f0.txt', status: 'modified' });
    expect(github.requests.slice(first)).toHaveLength(30);
    expect(github.requests[first]?.url).toBe(
      `/repos/acme/gitops/pulls/${pull.number}/files?per_page=100`,
    );
  });

  it('reads the rel="next" target of a Link header', () => {
    expect(nextLink('<https://a/x?page=3>; rel="next", <https://a/x?page=9>; rel="last"')).toBe(
      'https://a/x?page=3',
    );
    expect(nextLink('<https://a/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});

describe('compare', () => {
  it('lists the commits of head that base does not have, and the files, as git says', async () => {
    const bare = createBareRemote();
    const work = createRepo({ 'values.yaml': 'tag: v1\n' });
    const base = work.head();
    work.git('checkout', '--quiet', '-b', 'feature');
    const one = work.commit({ 'values.yaml': 'tag: v2\n' }, 'deploy v2\n\nbody');
    const two = work.commit({ 'notes.md': 'hi\n' }, 'notes');
    work.git('push', '--quiet', bare, 'main', 'feature');
    github.linkRepository('acme/compared', bare);
    const comparison = await client.compare({ owner: 'acme', repo: 'compared' }, 'main', 'feature');
    expect(comparison).toEqual({
      status: 'ahead',
      aheadBy: 2,
      behindBy: 0,
      totalCommits: 2,
      mergeBase: base,
      commits: [
        {
          sha: one,
          message: 'deploy v2\n\nbody',
          author: { name: 'Test Author', email: 'author@example.com' },
          committer: { name: 'Test Author', email: 'author@example.com' },
          parents: [base],
        },
        expect.objectContaining({ sha: two, message: 'notes', parents: [one] }),
      ],
      files: [
        { filename: 'notes.md', status: 'added' },
        { filename: 'values.yaml', status: 'modified' },
      ],
    });
  });

  it('passes a missing file list on as undefined (not "nothing changed")', async () => {
    const { client: c } = scripted([
      { status: 200, body: { status: 'ahead', ahead_by: 1, total_commits: 1, commits: [] } },
    ]);
    expect((await c.compare(repo, 'a', 'b')).files).toBeUndefined();
  });
});

describe('deployments', () => {
  const sha = 'a'.repeat(40);

  it('creates deployments with the fields asked for and GitHub’s gates off, and lists them', async () => {
    const staging = await client.createDeployment(repo, {
      ref: sha,
      environment: 'staging',
      description: 'api sha-aaaaaaa',
      payload: { images: { api: 'sha-aaaaaaa' } },
      transientEnvironment: false,
      productionEnvironment: false,
    });
    expect(staging).toMatchObject({
      sha,
      ref: sha,
      task: 'deploy',
      environment: 'staging',
      description: 'api sha-aaaaaaa',
      payload: { images: { api: 'sha-aaaaaaa' } },
      productionEnvironment: false,
      transientEnvironment: false,
      creator: 'github-actions[bot]',
    });
    expect(github.deployments('acme/gitops')[0]?.request).toEqual({
      ref: sha,
      task: 'deploy',
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      description: 'api sha-aaaaaaa',
      payload: { images: { api: 'sha-aaaaaaa' } },
      production_environment: false,
      transient_environment: false,
    });
    const prod = await client.createDeployment(repo, {
      ref: sha,
      environment: 'prod',
      productionEnvironment: true,
    });
    const later = await client.createDeployment(repo, { ref: sha, environment: 'staging' });
    expect((await client.listDeployments(repo, { environment: 'staging' })).items).toEqual([
      later,
      staging,
    ]);
    expect((await client.listDeployments(repo, { environment: 'prod', ref: sha })).items).toEqual([
      prod,
    ]);
    const query = new URL(github.requests.at(-1)?.url ?? '', github.baseUrl).searchParams;
    expect(query.get('environment')).toBe('prod');
    expect(query.get('ref')).toBe(sha);
  });

  it('creates and lists statuses; a success makes the earlier one inactive', async () => {
    const [first, , second] = github.deployments('acme/gitops');
    if (!first || !second) throw new Error('the deployments of the test above are missing');
    const ok = await client.createDeploymentStatus(repo, first.id, {
      state: 'success',
      environmentUrl: 'https://staging.example.com',
      logUrl: 'https://github.example/acme/app/actions/runs/7',
      description: 'deployed',
    });
    expect(ok).toMatchObject({
      state: 'success',
      environment: 'staging',
      environmentUrl: 'https://staging.example.com',
      logUrl: 'https://github.example/acme/app/actions/runs/7',
      description: 'deployed',
    });
    await client.createDeploymentStatus(repo, second.id, {
      state: 'success',
      description: 'x'.repeat(300),
      autoInactive: true,
    });
    const sent = github.requests.at(-1)?.body as { description: string; auto_inactive: boolean };
    expect(sent.description).toHaveLength(140);
    expect(sent.auto_inactive).toBe(true);
    const statuses = await client.listDeploymentStatuses(repo, first.id);
    expect(statuses.items.map((s) => s.state)).toEqual(['inactive', 'success']);
    expect((await client.listDeploymentStatuses(repo, second.id)).items).toEqual([
      expect.objectContaining({ state: 'success', description: `${'x'.repeat(139)}…` }),
    ]);
  });

  it('reports what GitHub refused, with its message', async () => {
    const error: unknown = await client
      .createDeployment(repo, { ref: 'no-such-branch', environment: 'prod' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(422);
    expect(errorMessage(error)).toBe(
      'the GitHub API answered POST /repos/acme/gitops/deployments with HTTP 422: No ref found for: no-such-branch',
    );
  });
});

describe('answers are outside text', () => {
  it('names the field, never a TypeError', async () => {
    const pull = {
      number: '7',
      html_url: 'u',
      state: 'open',
      title: 't',
      head: { ref: 'h' },
      base: { ref: 'b' },
    };
    const { client: c } = scripted([{ status: 200, body: [pull] }]);
    await expect(c.listPulls(repo)).rejects.toThrow(
      'the GitHub API answered GET /repos/acme/gitops/pulls with a string at [0].number, not a non-negative integer',
    );
    const { client: d } = scripted([{ status: 200, body: { ...pull, number: 7, head: null } }]);
    await expect(d.getPull(repo, 7)).rejects.toThrow(
      'the GitHub API answered GET /repos/acme/gitops/pulls/7 with null at head, not an object',
    );
    const { client: e } = scripted([
      { status: 200, body: { status: 'ahead', commits: [{ sha: 'not-a-sha', commit: {} }] } },
    ]);
    await expect(e.compare(repo, 'a', 'b')).rejects.toThrow(
      'with "not-a-sha" at commits[0].sha, not a commit SHA',
    );
  });

  it('quotes at most a few hundred characters of an error answer, redacted', async () => {
    const { client: c } = scripted([
      {
        status: 400,
        body: { message: `bad request for token ${TOKEN} ${'y'.repeat(5000)}` },
      },
    ]);
    const message = errorMessage(await c.getPull(repo, 1).catch((e: unknown) => e));
    expect(message).not.toContain(TOKEN);
    expect(message).toMatch(
      /^the GitHub API answered GET \/repos\/acme\/gitops\/pulls\/1 with HTTP 400: bad request for token \*\*\* y+…$/,
    );
    expect(message.length).toBeLessThan(400);
  });
});

describe('token scope', () => {
  it('sends the token only over HTTPS, or plain HTTP to loopback', () => {
    expect(
      () => new GitHubClient({ token: TOKEN, baseUrl: 'http://ghe.example.com/api/v3' }),
    ).toThrow(
      'the GitHub API URL http://ghe.example.com/api/v3 is not HTTPS: the GitHub token is sent only over HTTPS (plain HTTP only to a loopback address); use the https:// address of the API',
    );
    expect(
      new GitHubClient({ token: TOKEN, baseUrl: 'https://ghe.example.com/api/v3/' }).baseUrl,
    ).toBe('https://ghe.example.com/api/v3');
    expect(new GitHubClient({ token: TOKEN, baseUrl: 'http://127.0.0.1:8080' }).baseUrl).toBe(
      'http://127.0.0.1:8080',
    );
  });

  it('keeps requests under the API root (GHES path included)', async () => {
    const { client: c, calls } = scripted([{ status: 200, body: [] }], 'https://ghe.test/api/v3');
    await c.listPulls(repo);
    expect(calls[0]?.url).toBe(
      'https://ghe.test/api/v3/repos/acme/gitops/pulls?per_page=100&state=open',
    );
  });

  it('does not follow a next-page link to another origin', async () => {
    const { client: c, calls } = scripted([
      {
        status: 200,
        body: [],
        headers: { link: '<https://evil.test/repos/acme/gitops/pulls?page=2>; rel="next"' },
      },
    ]);
    await expect(c.listPulls(repo)).rejects.toThrow(
      'the GitHub API answered GET /repos/acme/gitops/pulls with a next-page link outside https://api.github.test (https://evil.test); it was not followed',
    );
    expect(calls).toHaveLength(1);
  });

  it('stops at a link back to a page it has read', async () => {
    const { client: c, calls } = scripted([
      {
        status: 200,
        body: [],
        headers: {
          link: '<https://api.github.test/repos/acme/gitops/pulls?per_page=100&state=open>; rel="next"',
        },
      },
    ]);
    expect(await c.listPulls(repo)).toEqual({ items: [], truncated: false });
    expect(calls).toHaveLength(1);
  });
});

describe('retries', () => {
  it('retries a GET after a 502, but not a POST (it may have happened)', async () => {
    const pull = {
      number: 7,
      html_url: 'u',
      state: 'open',
      title: 't',
      body: null,
      head: { ref: 'h' },
      base: { ref: 'b' },
    };
    const get = scripted([{ status: 502 }, { status: 200, body: pull }]);
    expect(await get.client.getPull(repo, 7)).toMatchObject({ number: 7, body: '' });
    expect(get.calls).toHaveLength(2);
    const post = scripted([
      { status: 502, body: { message: 'Server Error' } },
      { status: 201, body: pull },
    ]);
    await expect(
      post.client.createPull(repo, { head: 'h', base: 'b', title: 't' }),
    ).rejects.toThrow(
      'the GitHub API answered POST /repos/acme/gitops/pulls with HTTP 502: Server Error',
    );
    expect(post.calls).toHaveLength(1);
  });

  it('retries a POST GitHub refused for its rate limit', async () => {
    const deployment = {
      id: 1,
      sha: 'b'.repeat(40),
      ref: 'main',
      environment: 'prod',
      created_at: '2025-01-01T00:00:00Z',
    };
    const post = scripted([
      { status: 429, headers: { 'retry-after': '1' }, body: { message: 'slow down' } },
      { status: 201, body: deployment },
    ]);
    expect(
      await post.client.createDeployment(repo, { ref: 'main', environment: 'prod' }),
    ).toMatchObject({
      id: 1,
      payload: {},
    });
    expect(post.calls).toHaveLength(2);
  });
});
