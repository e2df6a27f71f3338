/**
 * `commit: pull-request` end to end: an overlay repository over smart HTTP with a token,
 * and the fake GitHub API. The change goes to `image-promote/prod` on top of main's tip and
 * one pull request carries it: created once, updated by a run with another change, left
 * alone (nothing pushed, nothing created) by a run with the same change.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { OverlayConfig } from '../../../src/config/types.js';
import {
  cloneOverlayRepository,
  gitopsOutputs,
  pullRequestFields,
  writeBack,
  type ClonedRepository,
  type RepositoryResult,
} from '../../../src/gitops/index.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js';
import { createRepo, GIT_TEST_ENV, removeTempDirs, tempDir } from '../../support/git-fixtures.js';
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
  const seed = createRepo({ [OVERLAY]: 'api:\n  image:\n    tag: v1 # deployed\n' });
  seed.git('push', '--quiet', bare, 'main');
});

afterAll(async () => {
  for (const c of clones) await c.cleanup();
  await server.close();
  await github.close();
  removeTempDirs();
});

function ref(name: string): string | undefined {
  const line = createRepo().git('ls-remote', bare, `refs/heads/${name}`);
  return line === '' ? undefined : line.split('\t')[0];
}

function showRemote(rev: string, path: string): string {
  return createRepo().git('--git-dir', bare, 'show', `${rev}:${path}`);
}

/** One run: a fresh clone, set api's tag, write back as a pull request. */
async function run(tag: string, message: string): Promise<RepositoryResult> {
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
  const apply = async (): Promise<void> => {
    const image = overlayImage('api', { key: 'api.image.tag' });
    await writeOverlayTag(overlay, image, tag, clone.root);
  };
  await apply();
  return writeBack(clone, [OVERLAY], {
    mode: 'pull-request',
    message,
    reapply: apply,
    pullRequest: { branch: BRANCH, token: API_TOKEN, apiUrl: github.baseUrl },
  });
}

const MESSAGE = (tag: string): string =>
  `deploy(prod): api → ${tag}\n\n| image | from | to |\n| --- | --- | --- |\n| api | v1 | ${tag} |\n`;

describe('commit: pull-request', () => {
  let first: RepositoryResult;

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
      pullRequest: { branch: BRANCH, token: API_TOKEN, apiUrl: github.baseUrl },
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

  it('takes the title from the subject and the body from the rest', () => {
    expect(pullRequestFields('deploy: x\n\nline 1\nline 2\n')).toEqual({
      title: 'deploy: x',
      body: 'line 1\nline 2',
    });
    expect(pullRequestFields('only a subject')).toEqual({ title: 'only a subject', body: '' });
  });
});
