/**
 * Where a token goes over git (src/gitops/auth.ts): only to the overlay repository's own
 * URL, over HTTPS or loopback HTTP; the job's github-token only to GITHUB_SERVER_URL's host;
 * never across a redirect to another host:port; never over ssh.
 *
 * The servers are real: a smart-HTTP git server that records the Authorization header of
 * every request, a second one on another port as the redirect target (it serves anyone, as
 * a host someone else controls would, and records every header it is sent), and a
 * redirector in front.
 * The first test pins down what git 2.39 does on its own, which is why image-promote sets
 * `http.followRedirects=false` whenever it sends a token.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { errorMessage, UserError } from '../../../src/errors.js';
import { exec, type Exec, type ExecResult } from '../../../src/exec.js';
import { basicCredentials, cloneOverlayRepository } from '../../../src/gitops/index.js';
import type { Logger } from '../../../src/log.js';
import { createRepo, GIT_TEST_ENV, removeTempDirs, tempDir } from '../../support/git-fixtures.js';
import { startGitHttpServer, type GitHttpServer } from '../../support/git-http-server.js';

const TOKEN = 'ghs_tokenScopeTestToken00000000000000000';
const OVERLAY = 'environments/prod/kustomization.yaml';

/** Every form the token travels or could leak in. */
const FORMS = [TOKEN, basicCredentials(TOKEN)];
const carries = (text: string | undefined): boolean =>
  text !== undefined && FORMS.some((f) => text.includes(f));

let origin: GitHttpServer;
let target: GitHttpServer;
let redirector: Server;
let redirectorOrigin: string;
const redirected: { url: string; authorization: string | undefined }[] = [];

function seed(server: GitHttpServer): void {
  const bare = server.createRepository('acme/gitops');
  createRepo({ [OVERLAY]: 'images: []\n' }).git('push', '--quiet', bare, 'main');
}

beforeAll(async () => {
  origin = await startGitHttpServer(TOKEN);
  // The redirect target answers anyone (and would take the token): it records what it got.
  target = await startGitHttpServer(TOKEN, { anonymous: true });
  seed(origin);
  seed(target);
  redirector = createServer((req, res) => {
    redirected.push({ url: req.url ?? '', authorization: req.headers.authorization });
    res.writeHead(302, { location: `${target.origin}${req.url ?? '/'}` }).end();
  });
  await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
  redirectorOrigin = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await origin.close();
  await target.close();
  redirector.closeAllConnections();
  await new Promise<void>((resolve) => {
    redirector.close(() => {
      resolve();
    });
  });
  removeTempDirs();
});

interface Recorded {
  args: string[];
  env: NodeJS.ProcessEnv;
}

function recordingExec(calls: Recorded[], run: Exec = exec): Exec {
  return (file, args, options = {}) => {
    calls.push({ args: [file, ...args], env: { ...options.env } });
    return run(file, args, options);
  };
}

function recordingLogger(lines: string[]): Logger {
  return {
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    mask: () => undefined,
    group: (_t, fn) => fn(),
  };
}

async function attempt(
  repository: string,
  options: { githubToken?: string; env?: NodeJS.ProcessEnv; exec?: Exec } = {},
): Promise<{ error: unknown; calls: Recorded[]; lines: string[] }> {
  const calls: Recorded[] = [];
  const lines: string[] = [];
  let error: unknown;
  try {
    const clone = await cloneOverlayRepository({ repository, token: TOKEN }, [OVERLAY], {
      gitEnv: GIT_TEST_ENV,
      tempRoot: tempDir('ip-scope-tmp-'),
      exec: recordingExec(calls, options.exec),
      logger: recordingLogger(lines),
      env: options.env ?? {},
      ...(options.githubToken ? { githubToken: options.githubToken } : {}),
    });
    await clone.cleanup();
  } catch (err) {
    error = err;
  }
  return { error, calls, lines };
}

describe('what git 2.39 does with a redirect to another host:port', () => {
  async function rawClone(followRedirects: string): Promise<ExecResult> {
    const url = `${redirectorOrigin}/acme/gitops.git`;
    return exec(
      'git',
      [
        '-c',
        `http.followRedirects=${followRedirects}`,
        'clone',
        '--quiet',
        '--',
        url,
        join(tempDir(), 'c'),
      ],
      {
        env: {
          ...GIT_TEST_ENV,
          GIT_CONFIG_COUNT: '1',
          GIT_CONFIG_KEY_0: `http.${url}.extraheader`,
          GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basicCredentials(TOKEN)}`,
        },
        allowFailure: true,
      },
    );
  }

  it('initial and true send the header scoped to the first URL on to the redirect target', async () => {
    for (const setting of ['initial', 'true']) {
      const first = target.requests.length;
      const r = await rawClone(setting);
      expect([setting, r.exitCode]).toEqual([setting, 0]);
      const there = target.requests.slice(first);
      // curl drops the header on the redirected GET, but git then sends its POSTs to the
      // new location with the extra header it configured for the old one.
      expect(
        there.some((q) => q.url.endsWith('/git-upload-pack') && carries(q.authorization)),
      ).toBe(true);
    }
  });

  it('false follows no redirect: the target hears nothing', async () => {
    const first = target.requests.length;
    const r = await rawClone('false');
    expect(r.exitCode).toBe(128);
    expect(r.stderr).toMatch(/The requested URL returned error: 302/);
    expect(target.requests.slice(first)).toEqual([]);
  });
});

describe('cloneOverlayRepository', () => {
  it('follows no redirect with a token, and says to use the final URL', async () => {
    const first = target.requests.length;
    const url = `${redirectorOrigin}/acme/gitops.git`;
    const r = await attempt(url);
    expect(r.error).toBeInstanceOf(UserError);
    expect(errorMessage(r.error)).toBe(
      `overlay-repository ${url} redirects elsewhere (HTTP 302); with a token git follows no redirect, so that the token never reaches another host — set it to the URL it redirects to`,
    );
    expect(target.requests.slice(first)).toEqual([]);
    // The host the token was given for got it; nothing else did.
    expect(redirected.length).toBeGreaterThan(0);
    expect(carries(errorMessage(r.error))).toBe(false);
  });

  it('sends an overlay token to the overlay repository, and only there', async () => {
    const first = origin.requests.length;
    const r = await attempt(origin.url('acme/gitops'));
    expect(r.error).toBeUndefined();
    const mine = origin.requests.slice(first);
    expect(mine.length).toBeGreaterThan(1);
    for (const q of mine) expect(carries(q.authorization)).toBe(true);
    const scoped = r.calls.flatMap((c) =>
      Object.entries(c.env).filter(
        ([k, v]) => k.startsWith('GIT_CONFIG_KEY_') && v?.includes('extraheader'),
      ),
    );
    for (const [, key] of scoped) expect(key).toBe(`http.${origin.url('acme/gitops')}.extraheader`);
  });

  it('sends the job’s github-token only to GITHUB_SERVER_URL’s host', async () => {
    // github-token is overlay-token's default: with GITHUB_SERVER_URL elsewhere (github.com),
    // a loopback server named by URL — as `localhost` or `127.0.0.1` — never gets it.
    const port = new URL(origin.origin).port;
    for (const url of [`http://localhost:${port}/acme/gitops.git`, origin.url('acme/gitops')]) {
      const first = origin.requests.length;
      const r = await attempt(url, { githubToken: TOKEN, env: {} });
      expect(r.error).toBeInstanceOf(UserError);
      expect(errorMessage(r.error)).toMatch(
        /^cannot read overlay-repository .*github-token is only sent to the GitHub server \(https:\/\/github\.com\), not to http:\/\/(localhost|127\.0\.0\.1):\d+: pass a token for overlay-repository .* as overlay-token$/,
      );
      const mine = origin.requests.slice(first);
      expect(mine.length).toBeGreaterThan(0);
      for (const q of mine) expect(q.authorization).toBeUndefined();
      for (const c of r.calls) {
        expect(Object.values(c.env).some((v) => carries(v))).toBe(false);
      }
    }
    // The same server as the run's GitHub server gets it.
    const first = origin.requests.length;
    const r = await attempt(origin.url('acme/gitops'), {
      githubToken: TOKEN,
      env: { GITHUB_SERVER_URL: origin.origin },
    });
    expect(r.error).toBeUndefined();
    for (const q of origin.requests.slice(first)) expect(carries(q.authorization)).toBe(true);
  });

  it('refuses to send a token over plain HTTP to a host that is not loopback', async () => {
    const r = await attempt('http://git.example.com/acme/gitops.git');
    expect(r.error).toBeInstanceOf(UserError);
    expect(errorMessage(r.error)).toBe(
      'overlay-repository http://git.example.com/acme/gitops.git is reached over plain HTTP (http://git.example.com): refusing to send a token in clear text — use its https:// URL',
    );
    expect(r.calls).toEqual([]);
  });

  it('never gives a token to ssh or scp-style remotes', async () => {
    const refuse: Exec = () =>
      Promise.resolve({ exitCode: 128, stdout: '', stderr: 'fatal: could not read from remote' });
    for (const url of ['ssh://git@127.0.0.1:1/acme/gitops.git', 'git@127.0.0.1:acme/gitops.git']) {
      const r = await attempt(url, { exec: refuse });
      expect(r.error).toBeInstanceOf(UserError);
      expect(r.calls.length).toBeGreaterThan(0);
      for (const c of r.calls) {
        expect(Object.values(c.env).some((v) => carries(v))).toBe(false);
        expect(Object.values(c.env).some((v) => v?.includes('extraheader'))).toBe(false);
      }
      expect(r.lines).toContain(
        `overlay-repository ${url.replace('ssh://git@', 'ssh://')} is not reached over HTTPS: the token is not used`,
      );
    }
  });
});
