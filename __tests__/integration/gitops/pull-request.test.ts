/**
 * `commit: pull-request` end to end: an overlay repository over smart HTTP with a token,
 * and the fake GitHub API (its comparisons computed with git on the same repository). The
 * change goes to `image-promote/prod` on top of main's tip and one pull request carries it:
 * created once, updated by a run with another change, left alone (nothing pushed, nothing
 * created or edited) by a run with the same change — also from the same checkout. A commit
 * image-promote did not make on its branch is never dropped: the change goes on top of it
 * while its pull request is open, and the run refuses otherwise. A repository that is not on
 * the GitHub server is refused before anything is pushed or sent.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { OverlayConfig } from '../../../src/config/types.js';
import { errorMessage, UserError } from '../../../src/errors.js';
import {
  BOT_EMAIL,
  BOT_NAME,
  cloneOverlayRepository,
  gitopsOutputs,
  pullRequestFields,
  writeBack,
  type ClonedRepository,
  type RepositoryResult,
} from '../../../src/gitops/index.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js';
import type { Logger } from '../../../src/log.js';
import {
  cloneRepo,
  createRepo,
  GIT_TEST_ENV,
  removeTempDirs,
  tempDir,
} from '../../support/git-fixtures.js';
import { startGitHttpServer, type GitHttpServer } from '../../support/git-http-server.js';
import { overlayImage, writeOverlayTag } from '../../support/images.js';

const GIT_TOKEN = 'ghs_pullRequestGitToken000000000000000';
const API_TOKEN = 'ghs_pullRequestApiToken000000000000000';
const OVERLAY = 'environments/prod/values.yaml';
const BRANCH = 'image-promote/prod';

let server: GitHttpServer;
let github: FakeGitHub;
let bare: string;
const clones: ClonedRepository[] = [];

beforeAll(async () => {
  server = await startGitHttpServer(GIT_TOKEN);
  github = await startFakeGitHub(API_TOKEN);
  bare = server.createRepository('acme/gitops');
  github.linkRepository('acme/gitops', bare);
  const seed = createRepo({ [OVERLAY]: 'api:\n  image:\n    tag: v1 # deployed\n' });
  seed.git('push', '--quiet', bare, 'main');
});

afterAll(async () => {
  for (const c of clones) await c.cleanup();
  await server.close();
  await github.close();
  removeTempDirs();
});

/** The GitHub server is the git server; its API the fake. */
function apiEnv(): NodeJS.ProcessEnv {
  return { GITHUB_SERVER_URL: server.origin, GITHUB_API_URL: github.baseUrl };
}

function ref(name: string): string | undefined {
  const line = createRepo().git('ls-remote', bare, `refs/heads/${name}`);
  return line === '' ? undefined : line.split('\t')[0];
}

function showRemote(rev: string, path: string): string {
  return createRepo().git('--git-dir', bare, 'show', `${rev}:${path}`);
}

/** A logger that keeps what it is told. */
function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: () => undefined,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    mask: () => undefined,
    group: (_title, fn) => fn(),
  };
}

/** A fresh clone of the overlay repository. */
async function freshClone(): Promise<ClonedRepository> {
  const clone = await cloneOverlayRepository(
    { repository: server.url('acme/gitops'), token: GIT_TOKEN },
    [OVERLAY],
    { gitEnv: GIT_TEST_ENV, tempRoot: tempDir('ip-pr-tmp-') },
  );
  clones.push(clone);
  return clone;
}

/** Sets api's tag in `clone` and writes it back as a pull request on `branch`. */
async function propose(
  clone: ClonedRepository,
  tag: string,
  message: string,
  options: { branch?: string; logger?: Logger; env?: NodeJS.ProcessEnv } = {},
): Promise<RepositoryResult> {
  const overlay: OverlayConfig = {
    file: join(clone.root, OVERLAY),
    path: OVERLAY,
    format: 'auto',
  };
  const apply = async (): Promise<void> => {
    await writeOverlayTag(overlay, overlayImage('api', { key: 'api.image.tag' }), tag, clone.root);
  };
  await apply();
  return writeBack(clone, [OVERLAY], {
    mode: 'pull-request',
    message,
    reapply: apply,
    ...(options.logger ? { logger: options.logger } : {}),
    pullRequest: {
      branch: options.branch ?? BRANCH,
      token: API_TOKEN,
      env: options.env ?? apiEnv(),
    },
  });
}

/** Commits `files` on `branch` of the overlay repository as `who` (author and committer), and pushes. */
function pushAs(
  branch: string,
  files: Record<string, string>,
  subject: string,
  who: { name: string; email: string },
): string {
  const other = cloneRepo(bare, { branch });
  other.write(files);
  other.git('add', '-A');
  execFileSync('git', ['commit', '--quiet', '-m', subject], {
    cwd: other.dir,
    env: {
      ...GIT_TEST_ENV,
      GIT_AUTHOR_NAME: who.name,
      GIT_AUTHOR_EMAIL: who.email,
      GIT_COMMITTER_NAME: who.name,
      GIT_COMMITTER_EMAIL: who.email,
    },
  });
  other.git('push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`);
  return other.head();
}

/** One run: a fresh clone, set api's tag, write back as a pull request. */
async function run(tag: string, message: string): Promise<RepositoryResult> {
  return propose(await freshClone(), tag, message);
}

const MESSAGE = (tag: string): string =>
  `deploy(prod): api → ${tag}\n\n| image | from | to |\n| --- | --- | --- |\n| api | v1 | ${tag} |\n`;

describe('commit: pull-request', () => {
  let first: RepositoryResult;
  /** The reviewer's commit on the branch. */
  let human = '';

  it('pushes the change to its own branch on top of main and opens a pull request', async () => {
    const main = ref('main');
    first = await run('sha-1111111', MESSAGE('sha-1111111'));
    expect(first).toEqual({
      repository: server.url('acme/gitops'),
      commit: ref(BRANCH),
      committed: true,
      pushed: true,
      branch: BRANCH,
      pullRequest: { number: 1, url: 'https://github.example/acme/gitops/pull/1' },
    });
    // main is untouched; the branch is one commit on top of it.
    expect(ref('main')).toBe(main);
    expect(createRepo().git('--git-dir', bare, 'rev-parse', `${BRANCH}^`)).toBe(main);
    expect(showRemote(BRANCH, OVERLAY)).toBe('api:\n  image:\n    tag: sha-1111111 # deployed');
    expect(github.pulls('acme/gitops')).toEqual([
      expect.objectContaining({
        number: 1,
        head: BRANCH,
        base: 'main',
        state: 'open',
        title: 'deploy(prod): api → sha-1111111',
        body: '| image | from | to |\n| --- | --- | --- |\n| api | v1 | sha-1111111 |',
      }),
    ]);
    expect(gitopsOutputs([first])).toMatchObject({
      commitSha: first.commit,
      pullRequestNumber: '1',
      pullRequestUrl: 'https://github.example/acme/gitops/pull/1',
    });
  });

  it('updates the open pull request when a later run has another change, on main’s new tip', async () => {
    // main moved meanwhile (someone merged something else).
    const other = createRepo();
    other.git('fetch', '--quiet', bare, 'main');
    other.git('checkout', '--quiet', '-b', 'main', 'FETCH_HEAD');
    other.commit({ 'README.md': 'gitops\n' }, 'docs');
    other.git('push', '--quiet', bare, 'main');
    const main = ref('main');
    const second = await run('sha-2222222', MESSAGE('sha-2222222'));
    expect(second).toMatchObject({
      committed: true,
      pushed: true,
      pullRequest: { number: 1 },
      commit: ref(BRANCH),
    });
    expect(second.commit).not.toBe(first.commit);
    expect(createRepo().git('--git-dir', bare, 'rev-parse', `${BRANCH}^`)).toBe(main);
    expect(showRemote(BRANCH, OVERLAY)).toContain('tag: sha-2222222 # deployed');
    expect(github.pulls('acme/gitops')).toHaveLength(1);
    expect(github.pulls('acme/gitops')[0]).toMatchObject({
      title: 'deploy(prod): api → sha-2222222',
      state: 'open',
    });
  });

  it('is idempotent: the same change again pushes nothing and creates nothing', async () => {
    const tip = ref(BRANCH);
    const gitRequests = server.requests.length;
    const apiRequests = github.requests.length;
    const third = await run('sha-2222222', MESSAGE('sha-2222222'));
    expect(third).toEqual({
      repository: server.url('acme/gitops'),
      commit: tip,
      committed: false,
      pushed: false,
      branch: BRANCH,
      pullRequest: { number: 1, url: 'https://github.example/acme/gitops/pull/1' },
    });
    expect(ref(BRANCH)).toBe(tip);
    expect(
      server.requests.slice(gitRequests).filter((r) => r.url.includes('receive-pack')),
    ).toEqual([]);
    expect(github.requests.slice(apiRequests).map((r) => r.method)).toEqual(['GET']);
    expect(github.pulls('acme/gitops')).toHaveLength(1);
  });

  it('opens a new pull request when the last one was closed', async () => {
    const pull = github.pulls('acme/gitops')[0];
    if (pull) pull.state = 'closed';
    const again = await run('sha-2222222', MESSAGE('sha-2222222'));
    expect(again).toMatchObject({ pushed: false, pullRequest: { number: 2 } });
    expect(github.pulls('acme/gitops').map((p) => [p.number, p.state])).toEqual([
      [1, 'closed'],
      [2, 'open'],
    ]);
  });

  it('proposes nothing when the target branch already has the change', async () => {
    const main = ref('main');
    const same = await run('v1', 'deploy(prod): api → v1');
    expect(same).toEqual({
      repository: server.url('acme/gitops'),
      commit: main,
      committed: false,
      pushed: false,
      branch: 'main',
    });
    expect(github.pulls('acme/gitops')).toHaveLength(2);
  });

  it('re-applies the edit when main changed the overlay after the clone', async () => {
    const clone = await cloneOverlayRepository(
      { repository: server.url('acme/gitops'), token: GIT_TOKEN },
      [OVERLAY],
      { gitEnv: GIT_TEST_ENV, tempRoot: tempDir('ip-pr-tmp-') },
    );
    clones.push(clone);
    const overlay: OverlayConfig = {
      file: join(clone.root, OVERLAY),
      path: OVERLAY,
      format: 'auto',
    };
    const applied: number[] = [];
    const apply = async (): Promise<void> => {
      applied.push(1);
      const image = overlayImage('api', { key: 'api.image.tag' });
      await writeOverlayTag(overlay, image, 'sha-3333333', clone.root);
    };
    await apply();
    // Someone adds a value to the same file on main before the write-back.
    const other = createRepo();
    other.git('fetch', '--quiet', bare, 'main');
    other.git('checkout', '--quiet', '-b', 'main', 'FETCH_HEAD');
    other.commit({ [OVERLAY]: 'api:\n  image:\n    tag: v1 # deployed\n  replicas: 3\n' }, 'scale');
    other.git('push', '--quiet', bare, 'main');
    const result = await writeBack(clone, [OVERLAY], {
      mode: 'pull-request',
      message: MESSAGE('sha-3333333'),
      reapply: apply,
      pullRequest: { branch: BRANCH, token: API_TOKEN, env: apiEnv() },
    });
    expect(applied).toHaveLength(2);
    expect(result).toMatchObject({ pushed: true, pullRequest: { number: 2 } });
    expect(createRepo().git('--git-dir', bare, 'rev-parse', `${BRANCH}^`)).toBe(ref('main'));
    expect(showRemote(BRANCH, OVERLAY)).toBe(
      'api:\n  image:\n    tag: sha-3333333 # deployed\n  replicas: 3',
    );
    // The clone's own branch and HEAD did not move: the commit was built on the side.
    expect(await clone.git.resolveCommit('HEAD')).not.toBe(result.commit);
  });

  it('marks its commits with the bot identity and the Image-Promote-Branch trailer', () => {
    const show = (format: string): string =>
      createRepo().git('--git-dir', bare, 'show', '-s', `--format=${format}`, BRANCH);
    expect(show('%an <%ae>|%cn <%ce>')).toBe(
      `${BOT_NAME} <${BOT_EMAIL}>|${BOT_NAME} <${BOT_EMAIL}>`,
    );
    expect(show('%B').trim().split('\n').at(-1)).toBe(`Image-Promote-Branch: ${BRANCH}`);
    // The trailer is the commit's, not the pull request's.
    expect(github.pulls('acme/gitops').at(-1)?.body).not.toContain('Image-Promote-Branch');
  });

  it('keeps a commit someone else pushed to the branch: the change goes on top of it', async () => {
    human = pushAs(
      BRANCH,
      { 'environments/prod/NOTES.md': 'api needs 3 replicas during the sale\n' },
      'notes for the reviewers',
      { name: 'Jane Reviewer', email: 'jane@example.com' },
    );
    const logger = recorder();
    const apiRequests = github.requests.length;
    const result = await propose(await freshClone(), 'sha-4444444', MESSAGE('sha-4444444'), {
      logger,
    });
    expect(result).toMatchObject({ committed: true, pushed: true, pullRequest: { number: 2 } });
    // A fast-forward: Jane's commit is the parent of the new one, nothing was replaced.
    expect(ref(BRANCH)).toBe(result.commit);
    expect(createRepo().git('--git-dir', bare, 'rev-parse', `${BRANCH}^`)).toBe(human);
    expect(showRemote(BRANCH, 'environments/prod/NOTES.md')).toBe(
      'api needs 3 replicas during the sale',
    );
    expect(showRemote(BRANCH, OVERLAY)).toContain('tag: sha-4444444 # deployed');
    expect(logger.lines.join('\n')).toMatch(
      new RegExp(
        `warning: ${BRANCH} has a commit image-promote did not make \\(${human.slice(0, 7)} "notes for the reviewers" by Jane Reviewer\\); the overlay change goes on top of it in pull request #2`,
      ),
    );
    expect(github.pulls('acme/gitops').find((p) => p.number === 2)?.title).toBe(
      'deploy(prod): api → sha-4444444',
    );
    // GitHub was asked which commits the branch has that main does not.
    expect(github.requests.slice(apiRequests).some((r) => r.url.includes('/compare/'))).toBe(true);
  });

  it('leaves the branch and the pull request alone when they hold the change on top of such a commit', async () => {
    const tip = ref(BRANCH);
    const gitRequests = server.requests.length;
    const apiRequests = github.requests.length;
    const again = await propose(await freshClone(), 'sha-4444444', MESSAGE('sha-4444444'));
    expect(again).toMatchObject({ commit: tip, committed: false, pushed: false });
    expect(ref(BRANCH)).toBe(tip);
    expect(
      server.requests.slice(gitRequests).filter((r) => r.url.includes('receive-pack')),
    ).toEqual([]);
    expect(github.requests.slice(apiRequests).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('refuses, naming it, to replace a commit it did not make when no pull request is open', async () => {
    // Another workflow commits as the bot, without image-promote's trailer: not ours either.
    const bot = pushAs(
      BRANCH,
      { 'environments/prod/NOTES.md': 'generated\n' },
      'chore: regenerate notes',
      { name: BOT_NAME, email: BOT_EMAIL },
    );
    const pull = github.pulls('acme/gitops').find((p) => p.number === 2);
    if (pull) pull.state = 'closed';
    const gitRequests = server.requests.length;
    const error: unknown = await propose(
      await freshClone(),
      'sha-5555555',
      MESSAGE('sha-5555555'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(errorMessage(error)).toMatch(
      new RegExp(
        `^${BRANCH} on .* has 2 commits that image-promote did not make \\(${human.slice(0, 7)} "notes for the reviewers" by Jane Reviewer, ${bot.slice(0, 7)} "chore: regenerate notes" by github-actions\\[bot\\]\\) and no open pull request into main; image-promote does not replace them — merge or delete ${BRANCH}`,
      ),
    );
    expect(ref(BRANCH)).toBe(bot);
    expect(
      server.requests.slice(gitRequests).filter((r) => r.url.includes('receive-pack')),
    ).toEqual([]);
    expect(github.pulls('acme/gitops').filter((p) => p.state === 'open')).toEqual([]);
  });

  it('a second run in the same checkout leaves the pull request alone', async () => {
    const branch = 'image-promote/staging';
    const clone = await freshClone();
    const opened = await propose(clone, 'sha-6666666', MESSAGE('sha-6666666'), { branch });
    expect(opened).toMatchObject({ pushed: true, pullRequest: { number: 3 } });
    const pull = github.pulls('acme/gitops').find((p) => p.number === 3);
    const before = { title: pull?.title, body: pull?.body };
    expect(before.title).toBe('deploy(prod): api → sha-6666666');
    const apiRequests = github.requests.length;
    // The checkout holds the edit already: the engine has no change to list in the message.
    const again = await propose(clone, 'sha-6666666', 'deploy(prod):  [skip ci]', { branch });
    expect(again).toMatchObject({
      commit: opened.commit,
      pushed: false,
      pullRequest: { number: 3 },
    });
    expect(github.requests.slice(apiRequests).map((r) => r.method)).toEqual(['GET']);
    expect({ title: pull?.title, body: pull?.body }).toEqual(before);
  });

  it('refuses a repository that is not on the GitHub server before pushing or calling the API', async () => {
    const gitRequests = server.requests.length;
    const apiRequests = github.requests.length;
    const error: unknown = await propose(
      await freshClone(),
      'sha-7777777',
      MESSAGE('sha-7777777'),
      { env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: github.baseUrl } },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(errorMessage(error)).toMatch(
      /^commit: pull-request cannot open a pull request for .*: its remote \(http:\/\/127\.0\.0\.1:\d+\/acme\/gitops\.git\) is not on the GitHub server https:\/\/github\.com \(GITHUB_SERVER_URL\).*nothing was pushed/,
    );
    expect(
      server.requests.slice(gitRequests).filter((r) => r.url.includes('receive-pack')),
    ).toEqual([]);
    expect(github.requests.slice(apiRequests)).toEqual([]);
  });

  it('takes the title from the subject and the body from the rest', () => {
    expect(pullRequestFields('deploy: x\n\nline 1\nline 2\n')).toEqual({
      title: 'deploy: x',
      body: 'line 1\nline 2',
    });
    expect(pullRequestFields('only a subject')).toEqual({ title: 'only a subject', body: '' });
    expect(pullRequestFields(`deploy: x\n\n| a |\n\nImage-Promote-Branch: ${BRANCH}\n`)).toEqual({
      title: 'deploy: x',
      body: '| a |',
    });
  });
});
