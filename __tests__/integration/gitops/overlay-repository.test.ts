/**
 * `overlay-repository` over smart HTTP with a token: a real `git http-backend` that demands
 * the token in an Authorization header. The clone is shallow, partial and sparse; the change
 * is committed and pushed with the rebase-retry loop; `previous` deepens the history on
 * demand; and the token appears in no argv, log line, output, error or file of the clone.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { OverlayConfig } from '../../../src/config/types.js';
import { errorMessage, UserError } from '../../../src/errors.js';
import { exec, type Exec } from '../../../src/exec.js';
import {
  cloneOverlayRepository,
  repositoryUrl,
  writeBack,
  type ClonedRepository,
} from '../../../src/gitops/index.js';
import type { Logger } from '../../../src/log.js';
import { redact } from '../../../src/redact.js';
import { silentLogger } from '../../../src/log.js';
import { rollbackCandidates, valueHistory } from '../../../src/engine/rollback.js';
import { readOverlay } from '../../../src/overlay/overlay-files.js';
import { parseReference } from '../../../src/reference.js';
import { createRepo, GIT_TEST_ENV, removeTempDirs, tempDir } from '../../support/git-fixtures.js';
import {
  basicHeader,
  startGitHttpServer,
  type GitHttpServer,
} from '../../support/git-http-server.js';
import { overlayImage, writeOverlayTag } from '../../support/images.js';

const TOKEN = 'ghs_0verlayT0kenForTests1234567890abcd';
const OVERLAY = 'environments/prod/kustomization.yaml';
const VALUES = (api: string, web = 'v1'): string =>
  `images:\n- name: api\n  newTag: ${api}\n- name: web\n  newTag: ${web}\n`;

/** Every form the token could leak in. */
const FORMS = [
  TOKEN,
  Buffer.from(TOKEN).toString('base64').replace(/=+$/, ''),
  Buffer.from(`x-access-token:${TOKEN}`).toString('base64').replace(/=+$/, ''),
];

function leaks(text: string): string[] {
  return FORMS.filter((f) => text.includes(f));
}

interface Recorded {
  args: string[];
  env: NodeJS.ProcessEnv;
  output: string;
}

/** The real exec, recording what every git call got and said. */
function recordingExec(calls: Recorded[]): Exec {
  return async (file, args, options = {}) => {
    const entry: Recorded = { args: [file, ...args], env: { ...options.env }, output: '' };
    calls.push(entry);
    try {
      const r = await exec(file, args, options);
      entry.output = `${r.stdout}\n${r.stderr}`;
      return r;
    } catch (err) {
      entry.output = errorMessage(err);
      throw err;
    }
  };
}

/** A logger that keeps every raw line (before any redaction). */
function recordingLogger(lines: string[]): Logger {
  return {
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    mask: () => undefined,
    group: (_t, fn) => fn(),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

let server: GitHttpServer;
let bare: string;
const opened: ClonedRepository[] = [];

beforeAll(async () => {
  server = await startGitHttpServer(TOKEN);
  bare = server.createRepository('acme/gitops');
  // History: api went v1 → v2 → v3, with unrelated commits in between.
  const seed = createRepo({ [OVERLAY]: VALUES('v1'), 'apps/other/config.yaml': 'a: 0\n' });
  for (const [i, api] of ['v2', 'v3'].entries()) {
    for (let j = 0; j < 3; j++) seed.commit({ 'apps/other/config.yaml': `a: ${i}${j}\n` }, 'other');
    seed.commit({ [OVERLAY]: VALUES(api) }, `deploy ${api}`);
  }
  seed.git('push', '--quiet', bare, 'main');
});

afterAll(async () => {
  for (const c of opened) await c.cleanup();
  await server.close();
  removeTempDirs();
});

async function open(
  extra: { calls?: Recorded[]; lines?: string[]; branch?: string; token?: string } = {},
): Promise<ClonedRepository> {
  const clone = await cloneOverlayRepository(
    {
      repository: server.url('acme/gitops'),
      token: extra.token ?? TOKEN,
      ...(extra.branch ? { branch: extra.branch } : {}),
    },
    [OVERLAY],
    {
      gitEnv: GIT_TEST_ENV,
      tempRoot: tempDir('ip-gitops-tmp-'),
      ...(extra.calls ? { exec: recordingExec(extra.calls) } : {}),
      ...(extra.lines ? { logger: recordingLogger(extra.lines) } : {}),
    },
  );
  opened.push(clone);
  return clone;
}

function overlayIn(clone: ClonedRepository): OverlayConfig {
  return { file: join(clone.root, OVERLAY), path: OVERLAY, format: 'auto' };
}

async function setTag(clone: ClonedRepository, name: string, tag: string): Promise<void> {
  // The entries name no repository: `api` is the repository as written.
  const image = overlayImage(name, { repository: parseReference(name) });
  await writeOverlayTag(overlayIn(clone), image, tag, clone.root);
}

function remoteMain(): string {
  return createRepo().git('ls-remote', bare, 'refs/heads/main').split('\t')[0] ?? '';
}

describe('overlay-repository over HTTP with a token', () => {
  it('clones shallow and sparse, commits and pushes, and the token is nowhere but the header', async () => {
    const calls: Recorded[] = [];
    const lines: string[] = [];
    const first = server.requests.length;
    const clone = await open({ calls, lines });
    expect(clone).toMatchObject({
      label: server.url('acme/gitops'),
      branch: 'main',
      remote: 'origin',
      github: { owner: 'acme', repo: 'gitops' },
    });
    // Shallow, partial, sparse: only the overlay's directory is in the work tree.
    expect(await clone.git.isShallow()).toBe(true);
    const worktree = filesUnder(clone.root).filter((f) => !f.includes('/.git/'));
    expect(worktree.map((f) => f.slice(clone.root.length + 1))).toEqual([OVERLAY]);
    expect(await clone.git.configGet('remote.origin.partialclonefilter')).toBe('blob:none');

    await setTag(clone, 'api', 'sha-4444444');
    const result = await writeBack(clone, [join(clone.root, OVERLAY)], {
      mode: 'push',
      message: 'deploy(prod): api v3 → sha-4444444',
      reapply: () => setTag(clone, 'api', 'sha-4444444'),
      logger: recordingLogger(lines),
    });
    expect(result).toMatchObject({
      repository: server.url('acme/gitops'),
      committed: true,
      pushed: true,
      branch: 'main',
    });
    expect(remoteMain()).toBe(result.commit);

    // The token went over the wire in the Authorization header, on every request …
    const mine = server.requests.slice(first);
    expect(mine.some((r) => r.url.includes('git-receive-pack'))).toBe(true);
    for (const r of mine) {
      expect(r.authorization?.replace(/^basic/i, 'Basic')).toBe(basicHeader(TOKEN));
      expect(leaks(r.url)).toEqual([]);
    }
    // … and nowhere else: not in argv, not in what git printed, not in the environment
    // except the one GIT_CONFIG_VALUE entry, not in a log line, the result or any file.
    expect(calls.length).toBeGreaterThan(5);
    for (const c of calls) {
      expect(leaks(c.args.join(' '))).toEqual([]);
      expect(leaks(c.output)).toEqual([]);
      const carrying = Object.entries(c.env).filter(([, v]) => leaks(v ?? '').length > 0);
      expect(carrying.map(([k]) => k)).toEqual([expect.stringMatching(/^GIT_CONFIG_VALUE_\d+$/)]);
      expect(c.env[carrying[0]?.[0] ?? '']).toMatch(/^AUTHORIZATION: basic /);
    }
    expect(lines.some((l) => l.startsWith('debug: exec: git clone'))).toBe(true);
    expect(leaks(lines.join('\n'))).toEqual([]);
    expect(leaks(JSON.stringify(result))).toEqual([]);
    const gitFiles = filesUnder(join(clone.root, '.git'));
    expect(gitFiles).toContain(join(clone.root, '.git', 'config'));
    for (const f of gitFiles) expect([f, leaks(readFileSync(f, 'latin1'))]).toEqual([f, []]);
    expect(readFileSync(join(clone.root, '.git', 'config'), 'utf8')).not.toMatch(/extraheader/i);
    // The secret forms are registered with the redactor.
    expect(redact(`x ${TOKEN} ${basicHeader(TOKEN)}`)).not.toContain(TOKEN);
  });

  it('fails clearly, and without the token, when the server refuses it', async () => {
    server.setToken('ghs_someOtherTokenTheServerWants000000000');
    const calls: Recorded[] = [];
    const lines: string[] = [];
    let error: unknown;
    try {
      await open({ calls, lines });
    } catch (err) {
      error = err;
    } finally {
      server.setToken(TOKEN);
    }
    expect(error).toBeInstanceOf(UserError);
    const message = errorMessage(error);
    expect(message).toMatch(
      /cannot read overlay-repository http:\/\/127\.0\.0\.1:\d+\/acme\/gitops\.git/,
    );
    expect(message).toMatch(/overlay-token/);
    expect(leaks(message)).toEqual([]);
    expect(leaks(String((error as Error).stack))).toEqual([]);
    for (const c of calls) {
      expect(leaks(c.args.join(' '))).toEqual([]);
      expect(leaks(c.output)).toEqual([]);
    }
    expect(leaks(lines.join('\n'))).toEqual([]);
  });

  it('removes its temporary directory on cleanup, and after a failed clone', async () => {
    const tempRoot = tempDir('ip-gitops-tmp-');
    const clone = await cloneOverlayRepository(
      { repository: server.url('acme/gitops'), token: TOKEN },
      [OVERLAY],
      { gitEnv: GIT_TEST_ENV, tempRoot },
    );
    expect(readdirSync(tempRoot)).toHaveLength(1);
    await clone.cleanup();
    await clone.cleanup();
    expect(readdirSync(tempRoot)).toEqual([]);
    await expect(
      cloneOverlayRepository(
        { repository: server.url('acme/gitops'), token: TOKEN, branch: 'nope' },
        [OVERLAY],
        { gitEnv: GIT_TEST_ENV, tempRoot },
      ),
    ).rejects.toThrow(UserError);
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('names a missing overlay-branch and a missing overlay file', async () => {
    await expect(open({ branch: 'no-such-branch' })).rejects.toThrow(
      /overlay-branch no-such-branch does not exist in http:\/\/127\.0\.0\.1/,
    );
    await expect(
      cloneOverlayRepository(
        { repository: server.url('acme/gitops'), token: TOKEN },
        ['nope/values.yaml'],
        {
          gitEnv: GIT_TEST_ENV,
          tempRoot: tempDir('ip-gitops-tmp-'),
        },
      ),
    ).rejects.toThrow(/overlay nope\/values.yaml does not exist in http:.* \(branch main\)/);
  });

  it('lands both of two runs racing on the GitOps remote', async () => {
    const a = await open();
    const b = await open();
    await setTag(a, 'api', 'sha-aaaaaaa');
    await setTag(b, 'web', 'sha-bbbbbbb');
    const push = (c: ClonedRepository, name: string, tag: string) =>
      writeBack(c, [OVERLAY], {
        mode: 'push',
        message: `deploy ${name}`,
        reapply: () => setTag(c, name, tag),
        maxAttempts: 10,
        sleep: () => Promise.resolve(),
      });
    const results = await Promise.all([
      push(a, 'api', 'sha-aaaaaaa'),
      push(b, 'web', 'sha-bbbbbbb'),
    ]);
    expect(results.map((r) => r.pushed)).toEqual([true, true]);
    const check = await open();
    expect(readFileSync(join(check.root, OVERLAY), 'utf8')).toBe(
      VALUES('sha-aaaaaaa', 'sha-bbbbbbb'),
    );
    expect([results[0].commit, results[1].commit]).toContain(remoteMain());
  });

  it('deepens only as far as `previous` needs, over the authenticated remote', async () => {
    const clone = await open();
    const current = readFileSync(join(clone.root, OVERLAY), 'utf8');
    expect(current).toContain('newTag: sha-aaaaaaa');
    const before = await clone.git.countCommits('HEAD');
    expect(before).toBe(1);
    const image = overlayImage('api', { repository: parseReference('api') });
    const state = await readOverlay(overlayIn(clone), [image]);
    const { runs } = await valueHistory(clone.git, state, [image], silentLogger);
    const previous = rollbackCandidates(runs.get('api') ?? []);
    expect(previous.slice(0, 2).map((p) => p.value.tag)).toEqual(['sha-4444444', 'v3']);
    const after = await clone.git.countCommits('HEAD');
    expect(after).toBeGreaterThan(1);
    // The same through the clone's own helper: deepen until the file has three versions.
    const versions = await clone.deepenUntil(async () => {
      const n = (await clone.git.firstParentLog('HEAD', OVERLAY, 100)).length;
      return n >= 5 ? n : undefined;
    });
    expect(versions).toBeGreaterThanOrEqual(5);
  });

  it('maps owner/name to the run’s GitHub server', () => {
    expect(repositoryUrl('acme/gitops', {})).toBe('https://github.com/acme/gitops.git');
    expect(repositoryUrl('acme/gitops', { GITHUB_SERVER_URL: 'https://ghe.example.com/' })).toBe(
      'https://ghe.example.com/acme/gitops.git',
    );
    expect(repositoryUrl('https://git.example.com/x/y', {})).toBe('https://git.example.com/x/y');
  });
});
