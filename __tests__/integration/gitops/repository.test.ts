/**
 * Overlays in the workspace's repository and in a second checkout inside it (actions/checkout
 * with `path: gitops`): each change is committed and pushed in the repository that holds
 * the file, one commit per repository; a change that cannot be committed is an error.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OverlayConfig } from '../../../src/config/types.js';
import { UserError } from '../../../src/errors.js';
import {
  commitFiles,
  gitopsOutputs,
  groupByRepository,
  locateRepository,
} from '../../../src/gitops/index.js';
import {
  cloneRepo,
  createBareRemote,
  createRepo,
  git,
  GIT_TEST_ENV,
  removeTempDirs,
  tempDir,
  TempRepo,
} from '../../support/git-fixtures.js';
import { overlayImage, writeOverlayTag } from '../../support/images.js';

afterAll(removeTempDirs);

const OVERLAY = 'environments/prod/kustomization.yaml';
const START = 'images:\n- name: api\n  newTag: v1\n';

async function setTag(file: string, tag: string): Promise<void> {
  const overlay: OverlayConfig = { file, path: file, format: 'auto' };
  await writeOverlayTag(overlay, overlayImage('api'), tag, '/');
}

/** An app repository (workspace) with its own overlay, and a GitOps repository checked out inside it. */
function workspaceWithGitops(): {
  app: TempRepo;
  appRemote: string;
  gitopsRemote: string;
  gitops: TempRepo;
} {
  const appRemote = createBareRemote();
  const seedApp = createRepo({
    'k8s/dev/kustomization.yaml': START,
    'src/main.go': 'package main\n',
  });
  seedApp.git('push', '--quiet', appRemote, 'main');
  const gitopsRemote = createBareRemote();
  const seedGitops = createRepo({ [OVERLAY]: START, 'README.md': 'gitops\n' });
  seedGitops.git('push', '--quiet', gitopsRemote, 'main');
  const app = cloneRepo(appRemote, { depth: 1 });
  // Like actions/checkout with `repository: acme/gitops` and `path: gitops`.
  git(app.dir, [
    'clone',
    '--quiet',
    '--depth=1',
    pathToFileURL(gitopsRemote).href,
    join(app.dir, 'gitops'),
  ]);
  return { app, appRemote, gitopsRemote, gitops: new TempRepo(join(app.dir, 'gitops')) };
}

const options = { gitEnv: GIT_TEST_ENV, reapply: () => Promise.resolve() };

describe('locateRepository', () => {
  it('finds the nested checkout, its branch and remote, labelled relative to the workspace', async () => {
    const { app, gitopsRemote } = workspaceWithGitops();
    const repo = await locateRepository(join(app.dir, 'gitops', OVERLAY), {
      workspace: app.dir,
      gitEnv: GIT_TEST_ENV,
    });
    expect(repo).toMatchObject({
      label: 'gitops',
      branch: 'main',
      remote: 'origin',
      remoteUrl: pathToFileURL(gitopsRemote).href,
    });
    const own = await locateRepository(join(app.dir, 'k8s/dev/kustomization.yaml'), {
      workspace: app.dir,
      gitEnv: GIT_TEST_ENV,
    });
    expect(own.label).toBe('.');
    expect(own.root).not.toBe(repo.root);
  });

  it('is an error for a file outside any repository', async () => {
    const dir = tempDir();
    await expect(locateRepository(join(dir, 'values.yaml'))).rejects.toThrow(UserError);
    await expect(locateRepository(join(dir, 'values.yaml'))).rejects.toThrow(
      /is not inside a git repository/,
    );
  });

  it('applies the target branch to a detached workspace, never to a detached nested checkout', async () => {
    const { app, gitops } = workspaceWithGitops();
    app.git('checkout', '--quiet', '--detach');
    gitops.git('checkout', '--quiet', '--detach');
    const opts = { workspace: app.dir, branch: 'main', gitEnv: GIT_TEST_ENV };
    const own = await locateRepository(join(app.dir, 'k8s/dev/kustomization.yaml'), opts);
    const nested = await locateRepository(join(gitops.dir, OVERLAY), opts);
    expect(own.branch).toBe('main');
    expect(nested.branch).toBeUndefined();
    await setTag(join(gitops.dir, OVERLAY), 'v2');
    const before = gitops.head();
    await expect(
      commitFiles([join(gitops.dir, OVERLAY)], { ...opts, ...options, mode: 'push', message: 'x' }),
    ).rejects.toThrow(/gitops: HEAD is detached and no target branch was given/);
    expect(gitops.head()).toBe(before);
  });
});

describe('commitFiles', () => {
  it('commits a nested checkout’s overlay in the GitOps remote, not in the app repository', async () => {
    const { app, appRemote, gitopsRemote } = workspaceWithGitops();
    const appHead = app.head();
    const file = join(app.dir, 'gitops', OVERLAY);
    await setTag(file, 'sha-1234567');
    const results = await commitFiles([file], {
      ...options,
      workspace: app.dir,
      mode: 'push',
      message: 'deploy(prod): api v1 → sha-1234567',
    });
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result).toMatchObject({
      repository: 'gitops',
      committed: true,
      pushed: true,
      branch: 'main',
    });
    const landed = cloneRepo(gitopsRemote);
    expect(landed.head()).toBe(result?.commit);
    expect(landed.show(OVERLAY)).toContain('newTag: sha-1234567');
    expect(landed.git('log', '--format=%s', '-1')).toBe('deploy(prod): api v1 → sha-1234567');
    // The app repository did not move, locally or on its remote.
    expect(app.head()).toBe(appHead);
    expect(cloneRepo(appRemote).head()).toBe(appHead);
    expect(gitopsOutputs(results)).toEqual({
      commitSha: result?.commit,
      commits: JSON.stringify({
        gitops: { commit: result?.commit, committed: true, pushed: true, branch: 'main' },
      }),
      pullRequestNumber: '',
      pullRequestUrl: '',
    });
  });

  it('gives one commit per repository for overlays in two repositories', async () => {
    const { app, appRemote, gitopsRemote } = workspaceWithGitops();
    const inGitops = join(app.dir, 'gitops', OVERLAY);
    const inApp = join(app.dir, 'k8s/dev/kustomization.yaml');
    const other = join(app.dir, 'gitops', 'environments/prod/extra.yaml');
    app.write({ 'gitops/environments/prod/extra.yaml': 'images:\n- name: api\n  newTag: v1\n' });
    await setTag(inGitops, 'v5');
    await setTag(inApp, 'v5');
    const groups = await groupByRepository([inGitops, inApp, other], {
      workspace: app.dir,
      gitEnv: GIT_TEST_ENV,
    });
    expect(groups.map((g) => [g.repository.label, g.files])).toEqual([
      ['gitops', [inGitops, other]],
      ['.', [inApp]],
    ]);
    const results = await commitFiles([inGitops, inApp, other], {
      ...options,
      workspace: app.dir,
      mode: 'push',
      message: 'deploy v5',
    });
    expect(results.map((r) => [r.repository, r.committed, r.pushed])).toEqual([
      ['gitops', true, true],
      ['.', true, true],
    ]);
    const gitopsLanded = cloneRepo(gitopsRemote);
    const appLanded = cloneRepo(appRemote);
    expect(gitopsLanded.head()).toBe(results[0]?.commit);
    expect(appLanded.head()).toBe(results[1]?.commit);
    // One commit each, with exactly that repository's files.
    expect(gitopsLanded.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(
      ['environments/prod/extra.yaml', OVERLAY].sort(),
    );
    expect(appLanded.git('show', '--name-only', '--format=', 'HEAD')).toBe(
      'k8s/dev/kustomization.yaml',
    );
    expect(gitopsOutputs(results).commitSha).toBe(results[0]?.commit);
  });

  it('commits without pushing in mode commit, and fails when a push has nowhere to go', async () => {
    const repo = createRepo({ [OVERLAY]: START });
    const file = join(repo.dir, OVERLAY);
    await setTag(file, 'v3');
    const [local] = await commitFiles([file], { ...options, mode: 'commit', message: 'local' });
    expect(local).toMatchObject({ committed: true, pushed: false, commit: repo.head() });
    // As the CLI passes them: relative to its working directory (here a subdirectory).
    await setTag(file, 'v3b');
    const [relative] = await commitFiles(['prod/kustomization.yaml'], {
      ...options,
      cwd: join(repo.dir, 'environments'),
      mode: 'commit',
      message: 'relative',
    });
    expect(relative).toMatchObject({ committed: true, commit: repo.head(), repository: repo.dir });
    expect(repo.git('show', '--name-only', '--format=%s', 'HEAD')).toBe(`relative\n\n${OVERLAY}`);
    await setTag(file, 'v4');
    await expect(
      commitFiles([file], { ...options, mode: 'push', message: 'push' }),
    ).rejects.toThrow(/has no remote/);
  });
});
