/**
 * The pure parts of src/gitops (token environment, URLs, sparse paths, outputs) and the
 * pull request client against the fake GitHub API, which is checked here against the
 * change-list client too (pagination, Link headers, the 3000 and 300 file caps).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  COMPARE_FILES_CAP,
  createGitHubChangeSource,
  PR_FILES_CAP,
} from '../../../src/changes/github-api.js';
import { errorMessage, UserError } from '../../../src/errors.js';
import {
  basicCredentials,
  checkOverlayRepository,
  createPullRequestApi,
  githubRepositoryOf,
  gitopsOutputs,
  isLoopbackHost,
  redirectProblem,
  repositoryTransport,
  sparseDirectories,
  tokenDecision,
  tokenEnv,
  withoutCredentials,
} from '../../../src/gitops/index.js';
import { redact } from '../../../src/redact.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js';

const masked: string[] = [];
const logger = { mask: (s: string) => masked.push(s) };

describe('tokenEnv', () => {
  it('scopes the header to the remote URL, resets other headers first, follows no redirect, and masks it', () => {
    const env = tokenEnv('https://github.com/acme/gitops.git', 'tok-123456', logger, {});
    const header = `AUTHORIZATION: basic ${Buffer.from('x-access-token:tok-123456').toString('base64')}`;
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_0: 'http.https://github.com/acme/gitops.git.extraheader',
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: 'http.https://github.com/acme/gitops.git.extraheader',
      GIT_CONFIG_VALUE_1: header,
      GIT_CONFIG_KEY_2: 'http.followRedirects',
      GIT_CONFIG_VALUE_2: 'false',
      GIT_TRACE_REDACT: '1',
    });
    expect(masked).toEqual(expect.arrayContaining(['tok-123456', basicCredentials('tok-123456')]));
    expect(redact(header)).not.toContain(basicCredentials('tok-123456'));
  });

  it('appends to GIT_CONFIG entries the environment already has', () => {
    const env = tokenEnv('https://h/x.git', 'tok-123456', logger, {
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'a.b',
      GIT_CONFIG_VALUE_0: '1',
    });
    expect(env.GIT_CONFIG_COUNT).toBe('5');
    expect(env.GIT_CONFIG_KEY_2).toBe('http.https://h/x.git.extraheader');
    expect(env.GIT_CONFIG_VALUE_3).toMatch(/^AUTHORIZATION: basic /);
    expect([env.GIT_CONFIG_KEY_4, env.GIT_CONFIG_VALUE_4]).toEqual([
      'http.followRedirects',
      'false',
    ]);
    expect(env).not.toHaveProperty('GIT_CONFIG_KEY_0');
  });
});

describe('where a token may go (tokenDecision)', () => {
  const JOB = 'ghs_theJobsOwnGithubToken000000000000000';
  const OTHER = 'ghs_anOverlayTokenForAnotherHost0000000';
  const github = { serverUrl: 'https://github.com', githubToken: JOB };
  const decide = (url: string, token: string, policy = github) =>
    tokenDecision(url, token, policy, 'overlay-repository x');

  it('sends the job token only to the GitHub server, over HTTPS', () => {
    expect(decide('https://github.com/acme/gitops.git', JOB)).toEqual({ send: true });
    expect(decide('https://GitHub.com:443/acme/gitops.git', JOB)).toEqual({ send: true });
    for (const url of [
      'https://git.example.com/acme/gitops.git',
      'https://github.com.evil.example/acme/gitops.git',
      'https://github.com:8443/acme/gitops.git',
      'http://localhost:8080/acme/gitops.git',
      'http://127.0.0.1:8080/acme/gitops.git',
    ]) {
      expect([url, decide(url, JOB)]).toEqual([
        url,
        {
          send: false,
          why: expect.stringMatching(/only sent to the GitHub server.*overlay-token/),
        },
      ]);
    }
    // A GitHub Enterprise server, and a test server on loopback.
    const ghe = { serverUrl: 'https://ghe.example.com/', githubToken: JOB };
    expect(decide('https://ghe.example.com/acme/gitops.git', JOB, ghe)).toEqual({ send: true });
    expect(decide('https://github.com/acme/gitops.git', JOB, ghe).send).toBe(false);
    const local = { serverUrl: 'http://127.0.0.1:4321', githubToken: JOB };
    expect(decide('http://127.0.0.1:4321/acme/gitops.git', JOB, local)).toEqual({ send: true });
    expect(decide('http://127.0.0.1:4322/acme/gitops.git', JOB, local).send).toBe(false);
  });

  it('sends another token to the repository’s own host, over HTTPS or loopback HTTP only', () => {
    expect(decide('https://git.example.com/acme/gitops.git', OTHER)).toEqual({ send: true });
    expect(decide('http://127.0.0.1:8080/acme/gitops.git', OTHER)).toEqual({ send: true });
    expect(decide('http://localhost:8080/acme/gitops.git', OTHER)).toEqual({ send: true });
    expect(decide('http://[::1]:8080/acme/gitops.git', OTHER)).toEqual({ send: true });
    expect(() => decide('http://git.example.com/acme/gitops.git', OTHER)).toThrow(
      /overlay-repository x is reached over plain HTTP \(http:\/\/git\.example\.com\): refusing to send a token in clear text — use its https:\/\/ URL/,
    );
    // The job token to a GitHub server configured over plain HTTP is refused too.
    const plain = { serverUrl: 'http://ghe.internal', githubToken: JOB };
    expect(() => decide('http://ghe.internal/acme/gitops.git', JOB, plain)).toThrow(UserError);
  });

  it('never sends a token over ssh, git, scp-style or local URLs', () => {
    for (const url of [
      'ssh://git@github.com/acme/gitops.git',
      'git://github.com/acme/gitops.git',
      'git@github.com:acme/gitops.git',
      'file:///srv/git/gitops.git',
      '/srv/git/gitops.git',
    ]) {
      for (const token of [JOB, OTHER]) {
        expect([url, decide(url, token)]).toEqual([
          url,
          {
            send: false,
            why: 'overlay-repository x is not reached over HTTPS: the token is not used',
          },
        ]);
      }
    }
  });

  it('knows loopback hosts', () => {
    for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '127.1.2.3', '[::1]']) {
      expect([host, isLoopbackHost(host)]).toEqual([host, true]);
    }
    for (const host of [
      'localhost.example.com',
      '128.0.0.1',
      '10.0.0.1',
      '[::2]',
      '127.0.0.1.nip.io',
    ]) {
      expect([host, isLoopbackHost(host)]).toEqual([host, false]);
    }
  });

  it('explains a redirect', () => {
    expect(
      redirectProblem(
        "fatal: unable to access 'http://127.0.0.1:1/a.git/': The requested URL returned error: 302",
        'overlay-repository a',
      ),
    ).toMatch(
      /^overlay-repository a redirects elsewhere \(HTTP 302\).*set it to the URL it redirects to$/,
    );
    expect(redirectProblem('fatal: repository not found', 'x')).toBeUndefined();
  });
});

describe('overlay-repository transports', () => {
  it('tells network URLs from local repositories and programs', () => {
    const cases: [string, string][] = [
      ['acme/gitops', 'http'],
      ['https://git.example.com/acme/gitops.git', 'http'],
      ['HTTP://127.0.0.1:80/a.git', 'http'],
      ['ssh://git@github.com/acme/gitops.git', 'ssh'],
      ['git+ssh://git@github.com/acme/gitops.git', 'ssh'],
      ['git@github.com:acme/gitops.git', 'ssh'],
      ['github.com:acme/gitops.git', 'ssh'],
      ['git://github.com/acme/gitops.git', 'git'],
      ['file:///srv/git/gitops.git', 'local'],
      ['/srv/git/gitops.git', 'local'],
      ['../gitops', 'local'],
      ['./a:b', 'local'],
      ['ext::sh -c touch% /tmp/pwned', 'other'],
      ['fd::3', 'other'],
      ['ftp://example.com/a.git', 'other'],
    ];
    for (const [url, transport] of cases) {
      expect([
        url,
        repositoryTransport(url === 'acme/gitops' ? 'https://github.com/acme/gitops.git' : url),
      ]).toEqual([url, transport]);
    }
  });

  it('refuses a repository on this machine unless allowed, and programs always', () => {
    for (const url of ['file:///srv/git/gitops.git', '/srv/git/gitops.git', '../gitops']) {
      expect(() => checkOverlayRepository(url, { allowLocal: false })).toThrow(
        /is a repository on this machine; give owner\/name or an https:\/\/ or ssh:\/\/ URL, or set allow-local-overlay-repository: true/,
      );
      expect(checkOverlayRepository(url, { allowLocal: true })).toBe('local');
    }
    for (const url of ['ext::sh -c touch% /tmp/pwned', 'ftp://example.com/a.git']) {
      expect(() => checkOverlayRepository(url, { allowLocal: true })).toThrow(
        /is not an https:\/\/, ssh:\/\/ or git:\/\/ URL/,
      );
    }
    expect(checkOverlayRepository('acme/gitops', { allowLocal: false })).toBe('http');
    expect(checkOverlayRepository('git@github.com:acme/gitops.git', { allowLocal: false })).toBe(
      'ssh',
    );
  });
});

describe('repository names', () => {
  it('reads owner/name from GitHub-style remote URLs', () => {
    expect(githubRepositoryOf('https://github.com/acme/gitops')).toEqual({
      owner: 'acme',
      repo: 'gitops',
    });
    expect(
      githubRepositoryOf('https://x-access-token:abc@ghe.example.com/acme/gitops.git/'),
    ).toEqual({ owner: 'acme', repo: 'gitops' });
    expect(githubRepositoryOf('git@github.com:acme/gitops.git')).toEqual({
      owner: 'acme',
      repo: 'gitops',
    });
    expect(githubRepositoryOf('ssh://git@github.com/acme/gitops.git')).toEqual({
      owner: 'acme',
      repo: 'gitops',
    });
    expect(githubRepositoryOf('file:///tmp/x/acme/gitops')).toBeUndefined();
    expect(githubRepositoryOf('https://gitlab.example.com/group/sub/repo.git')).toBeUndefined();
  });

  it('removes credentials from URLs', () => {
    expect(withoutCredentials('https://user:pass@host/a/b.git')).toBe('https://host/a/b.git');
    expect(withoutCredentials('https://host/a/b.git')).toBe('https://host/a/b.git');
  });

  it('checks out only the overlay directories', () => {
    expect(
      sparseDirectories(['envs/prod/values.yaml', 'envs/prod/other.yaml', 'base/k.yaml', 'x.yaml']),
    ).toEqual(['base', 'envs/prod']);
    expect(sparseDirectories(['values.yaml'])).toEqual([]);
  });
});

describe('gitopsOutputs', () => {
  it('takes the first repository’s commit and the first pull request', () => {
    const out = gitopsOutputs([
      {
        repository: 'gitops',
        commit: 'a'.repeat(40),
        committed: true,
        pushed: true,
        branch: 'main',
      },
      {
        repository: 'acme/other',
        commit: 'b'.repeat(40),
        committed: true,
        pushed: true,
        branch: 'image-promote/prod',
        pullRequest: { number: 7, url: 'https://github.com/acme/other/pull/7' },
      },
    ]);
    expect(out).toEqual({
      commitSha: 'a'.repeat(40),
      commits: JSON.stringify({
        gitops: { commit: 'a'.repeat(40), committed: true, pushed: true, branch: 'main' },
        'acme/other': {
          commit: 'b'.repeat(40),
          committed: true,
          pushed: true,
          branch: 'image-promote/prod',
          pullRequest: { number: 7, url: 'https://github.com/acme/other/pull/7' },
        },
      }),
      pullRequestNumber: '7',
      pullRequestUrl: 'https://github.com/acme/other/pull/7',
    });
    expect(gitopsOutputs([])).toEqual({
      commitSha: '',
      commits: '{}',
      pullRequestNumber: '',
      pullRequestUrl: '',
    });
  });
});

describe('against the fake GitHub API', () => {
  const TOKEN = 'ghs_fakeGitHubApiToken00000000000000000';
  let github: FakeGitHub;

  beforeAll(async () => {
    github = await startFakeGitHub(TOKEN);
  });
  afterAll(() => github.close());

  it('finds, creates and updates pull requests, filtered by head and base', async () => {
    github.addPull('acme/gitops', { head: 'image-promote/dev', base: 'main', title: 'dev' });
    github.addPull('acme/gitops', { head: 'image-promote/prod', base: 'release', title: 'rel' });
    const api = await createPullRequestApi({
      owner: 'acme',
      repo: 'gitops',
      token: TOKEN,
      baseUrl: github.baseUrl,
    });
    expect(await api.findOpen('image-promote/prod', 'main')).toBeUndefined();
    const created = await api.create('image-promote/prod', 'main', { title: 't', body: 'b' });
    expect(created).toMatchObject({ number: 3, title: 't', body: 'b' });
    expect(await api.findOpen('image-promote/prod', 'main')).toEqual(created);
    const updated = await api.update(3, { title: 't2', body: '' });
    expect(updated).toMatchObject({ number: 3, title: 't2', body: '' });
    const listing = github.requests.find((r) => r.method === 'GET');
    expect(listing?.url).toContain('head=acme%3Aimage-promote%2Fprod');
    expect(listing?.authorization).toBe(`token ${TOKEN}`);
    // A second pull request for the same head and base is refused, as GitHub does.
    await expect(
      api.create('image-promote/prod', 'main', { title: 'x', body: '' }),
    ).rejects.toThrow(
      /^could not open a pull request from image-promote\/prod into main in acme\/gitops: the GitHub API answered POST \/repos\/acme\/gitops\/pulls with HTTP 422: Validation Failed; A pull request already exists for acme:image-promote\/prod\. — GitHub refused the pull request/,
    );
  });

  it('reports a refused token without the token', async () => {
    const api = await createPullRequestApi({
      owner: 'acme',
      repo: 'gitops',
      token: 'ghs_wrongTokenWrongTokenWrongToken0000',
      baseUrl: github.baseUrl,
    });
    const error: unknown = await api.findOpen('b', 'main').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(errorMessage(error)).toMatch(/HTTP 401.*overlay-token/);
    expect(errorMessage(error)).not.toContain('wrongToken');
  });

  it('pages pull request files with Link headers and stops at 3000', async () => {
    const files = (n: number): string[] => Array.from({ length: n }, (_, i) => `f${i}.txt`);
    const small = github.addPull('acme/app', { head: 'a', base: 'main', files: files(250) });
    const huge = github.addPull('acme/app', { head: 'b', base: 'main', files: files(3400) });
    const source = await createGitHubChangeSource({
      token: TOKEN,
      owner: 'acme',
      repo: 'app',
      baseUrl: github.baseUrl,
    });
    expect(await source.pullRequestFiles(small.number)).toEqual({
      files: files(250),
      complete: true,
    });
    const capped = await source.pullRequestFiles(huge.number);
    expect(capped.files).toHaveLength(PR_FILES_CAP);
    expect(capped.complete).toBe(false);
    const pages = github.requests.filter((r) => r.url.includes(`/pulls/${huge.number}/files`));
    expect(pages).toHaveLength(PR_FILES_CAP / 100);

    github.setCompare('acme/app', 'aaa', 'bbb', files(12));
    github.setCompare('acme/app', 'ccc', 'ddd', files(500));
    expect(await source.compareFiles('aaa', 'bbb')).toEqual({ files: files(12), complete: true });
    const compared = await source.compareFiles('ccc', 'ddd');
    expect(compared.files).toHaveLength(COMPARE_FILES_CAP);
    expect(compared.complete).toBe(false);
  });
});
