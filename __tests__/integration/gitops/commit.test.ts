import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImageConfig, OverlayConfig } from '../../../src/config/types.js';
import { UserError } from '../../../src/errors.js';
import { Git } from '../../../src/git.js';
import { BOT_EMAIL, BOT_NAME, commitOverlays } from '../../../src/gitops/commit.js';
import {
  planOverlayEdit,
  readOverlay,
  writeOverlayEdits,
} from '../../../src/overlay/overlay-files.js';
import {
  cloneRepo,
  createBareRemote,
  createRepo,
  GIT_TEST_ENV,
  removeTempDirs,
  type TempRepo,
} from '../../support/git-fixtures.js';
import { overlayImage } from '../../support/images.js';

afterAll(removeTempDirs);

const PATH = 'k8s/prod/kustomization.yaml';
const START =
  '# prod overlay\nimages:\n- name: api\n  newTag: v1 # CI\n- name: web\n  newTag: v1\n';

const image = (name: string): ImageConfig => overlayImage(name);

function overlayOf(repo: TempRepo): OverlayConfig {
  return { file: join(repo.dir, PATH), path: PATH, format: 'auto' };
}

/** A remote holding START on main, and `n` clones of it. */
function setup(n: number): { remote: string; clones: TempRepo[] } {
  const remote = createBareRemote();
  const seed = createRepo({ [PATH]: START, 'app/main.go': 'package main\n' });
  seed.git('push', '--quiet', remote, 'main');
  return { remote, clones: Array.from({ length: n }, () => cloneRepo(remote)) };
}

/** What the engine does: plan the edit on the current content and write it. */
async function writeTag(repo: TempRepo, name: string, tag: string): Promise<void> {
  const state = await readOverlay(overlayOf(repo), [image(name)]);
  const edit = planOverlayEdit(state, [{ image: image(name), repository: name, tag }], {
    pinDigest: false,
    createMissing: true,
    isImmutable: () => true,
  });
  await writeOverlayEdits([edit], { root: repo.dir });
}

function gitOf(repo: TempRepo): Git {
  return new Git(repo.dir, undefined, undefined, GIT_TEST_ENV);
}

const noWait = (): Promise<void> => Promise.resolve();

describe('commitOverlays', () => {
  it('commits only the overlay files, as the actions bot, and pushes', async () => {
    const { remote, clones } = setup(1);
    const [repo] = clones as [TempRepo];
    await writeTag(repo, 'api', 'sha-2222222');
    repo.write({
      'app/main.go': 'package main // edited by the build\n',
      'dist/out.txt': 'artifact',
    });
    repo.git('add', 'app/main.go');
    const result = await commitOverlays(gitOf(repo), {
      files: [PATH],
      message: 'deploy(prod): api v1 → sha-2222222 (abcdef1) [skip ci]',
      push: true,
      reapply: () => Promise.reject(new Error('not expected')),
    });
    expect(result).toMatchObject({ committed: true, pushed: true, attempts: 1 });
    expect(result.sha).toBe(repo.head());
    const remoteHead = cloneRepo(remote);
    expect(remoteHead.head()).toBe(result.sha);
    expect(
      remoteHead.git('show', '--name-only', '--format=%an <%ae>|%cn <%ce>|%s', 'HEAD').split('\n'),
    ).toEqual([
      `${BOT_NAME} <${BOT_EMAIL}>|${BOT_NAME} <${BOT_EMAIL}>|deploy(prod): api v1 → sha-2222222 (abcdef1) [skip ci]`,
      '',
      PATH,
    ]);
    // The other staged and unstaged changes are still there, uncommitted.
    expect(repo.git('status', '--porcelain')).toBe('M  app/main.go\n?? dist/');
  });

  it('lands both of two writers racing on one branch', async () => {
    const { remote, clones } = setup(1);
    const [a] = clones as [TempRepo];
    // Like actions/checkout: a shallow clone.
    const b = cloneRepo(remote, { depth: 1 });
    await writeTag(a, 'api', 'sha-aaaaaaa');
    await writeTag(b, 'web', 'sha-bbbbbbb');
    const first = await commitOverlays(gitOf(a), {
      files: [PATH],
      message: 'deploy api',
      push: true,
      reapply: () => writeTag(a, 'api', 'sha-aaaaaaa'),
    });
    expect(first).toMatchObject({ pushed: true, attempts: 1 });
    // b's clone predates a's push: its first push is rejected, it re-applies on top.
    const waits: number[] = [];
    const second = await commitOverlays(gitOf(b), {
      files: [PATH],
      message: 'deploy web',
      push: true,
      reapply: () => writeTag(b, 'web', 'sha-bbbbbbb'),
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    expect(second).toMatchObject({ committed: true, pushed: true, attempts: 2 });
    expect(waits).toHaveLength(1);
    const final = cloneRepo(remote);
    expect(final.head()).toBe(second.sha);
    expect(final.git('log', '--format=%s', '-3').split('\n')).toEqual([
      'deploy web',
      'deploy api',
      'initial',
    ]);
    expect(readFileSync(join(final.dir, PATH), 'utf8')).toBe(
      '# prod overlay\nimages:\n- name: api\n  newTag: sha-aaaaaaa # CI\n- name: web\n  newTag: sha-bbbbbbb\n',
    );
  });

  it('lands three writers pushing at the same time', async () => {
    const { remote, clones } = setup(3);
    const names = ['api', 'web', 'cron'];
    await Promise.all(
      clones.map((c, i) => writeTag(c, names[i] ?? '', `sha-${String(i).repeat(7)}`)),
    );
    const results = await Promise.all(
      clones.map((c, i) =>
        commitOverlays(gitOf(c), {
          files: [PATH],
          message: `deploy ${names[i] ?? ''}`,
          push: true,
          maxAttempts: 10,
          reapply: () => writeTag(c, names[i] ?? '', `sha-${String(i).repeat(7)}`),
          sleep: noWait,
        }),
      ),
    );
    expect(results.every((r) => r.pushed)).toBe(true);
    const final = cloneRepo(remote);
    expect(final.git('log', '--format=%s', '-3').split('\n').sort()).toEqual([
      'deploy api',
      'deploy cron',
      'deploy web',
    ]);
    const text = readFileSync(join(final.dir, PATH), 'utf8');
    expect(text).toContain('newTag: sha-0000000 # CI');
    expect(text).toContain('newTag: sha-1111111');
    expect(text).toContain('- name: cron\n  newTag: sha-2222222');
  });

  it('does not commit or push when the files are unchanged', async () => {
    const { clones } = setup(1);
    const [repo] = clones as [TempRepo];
    const before = repo.head();
    const result = await commitOverlays(gitOf(repo), {
      files: [PATH],
      message: 'x',
      push: true,
      reapply: noWait,
    });
    expect(result).toEqual({ sha: before, committed: false, pushed: false, attempts: 0 });
  });

  it('commits without pushing when asked', async () => {
    const { remote, clones } = setup(1);
    const [repo] = clones as [TempRepo];
    await writeTag(repo, 'api', 'v9');
    const result = await commitOverlays(gitOf(repo), {
      files: [PATH],
      message: 'x',
      push: false,
      reapply: noWait,
    });
    expect(result).toMatchObject({ committed: true, pushed: false, attempts: 0, sha: repo.head() });
    expect(cloneRepo(remote).show(PATH)).toBe(START.trimEnd());
  });

  it('reports a push that fails for another reason, without retrying', async () => {
    const { clones } = setup(1);
    const [repo] = clones as [TempRepo];
    await writeTag(repo, 'api', 'v9');
    repo.git('remote', 'set-url', 'origin', join(repo.dir, 'no-such-remote'));
    const attempt = commitOverlays(gitOf(repo), {
      files: [PATH],
      message: 'x',
      push: true,
      reapply: noWait,
      sleep: noWait,
    });
    await expect(attempt).rejects.toThrow(UserError);
    await expect(attempt).rejects.toThrow(/git push to origin main failed/);
  });

  it('needs a branch on a detached HEAD', async () => {
    const { clones } = setup(1);
    const [repo] = clones as [TempRepo];
    repo.git('checkout', '--quiet', '--detach');
    await writeTag(repo, 'api', 'v9');
    const before = repo.head();
    await expect(
      commitOverlays(gitOf(repo), { files: [PATH], message: 'x', push: true, reapply: noWait }),
    ).rejects.toThrow(/HEAD is detached and no branch was given/);
    expect(repo.head()).toBe(before);
    const pushed = await commitOverlays(gitOf(repo), {
      files: [PATH],
      message: 'y',
      push: true,
      branch: 'main',
      reapply: noWait,
    });
    expect(pushed).toMatchObject({ pushed: true });
  });

  it('a re-run with nothing left to commit returns the remote commit that holds the change', async () => {
    const { remote, clones } = setup(2);
    const [first, rerun] = clones as [TempRepo, TempRepo];
    await writeTag(first, 'api', 'sha-3333333');
    const landed = await commitOverlays(gitOf(first), {
      files: [PATH],
      message: 'deploy api',
      push: true,
      reapply: () => writeTag(first, 'api', 'sha-3333333'),
    });
    expect(landed).toMatchObject({ committed: true, pushed: true });
    // The re-run checks out the old commit and makes the same edit: its push is rejected,
    // the edit re-applied on the remote tip changes nothing.
    await writeTag(rerun, 'api', 'sha-3333333');
    const again = await commitOverlays(gitOf(rerun), {
      files: [PATH],
      // (The same message in the same second would make the very same commit.)
      message: 'deploy api (re-run)',
      push: true,
      reapply: () => writeTag(rerun, 'api', 'sha-3333333'),
      sleep: noWait,
    });
    expect(again).toEqual({ sha: landed.sha, committed: false, pushed: false, attempts: 1 });
    // A run whose checkout already holds the change (nothing to commit at all).
    const fresh = cloneRepo(remote, { depth: 1 });
    await writeTag(fresh, 'api', 'sha-3333333');
    const third = await commitOverlays(gitOf(fresh), {
      files: [PATH],
      message: 'deploy api',
      push: true,
      reapply: () => Promise.reject(new Error('not expected')),
    });
    expect(third).toEqual({ sha: landed.sha, committed: false, pushed: false, attempts: 0 });
    expect(cloneRepo(remote).git('log', '--format=%s', '-2').split('\n')).toEqual([
      'deploy api',
      'initial',
    ]);
  });

  it('lands a change the checkout already holds when the remote branch moved away from it', async () => {
    const { remote, clones } = setup(2);
    const [mover, stale] = clones as [TempRepo, TempRepo];
    // The checkout runs api v1 (START); someone else deploys v2 meanwhile.
    await writeTag(mover, 'api', 'v2');
    await commitOverlays(gitOf(mover), {
      files: [PATH],
      message: 'deploy v2',
      push: true,
      reapply: noWait,
    });
    // Redeploying v1 changes nothing locally, but the remote no longer runs v1.
    await writeTag(stale, 'api', 'v1');
    const reapplied: string[][] = [];
    const result = await commitOverlays(gitOf(stale), {
      files: [PATH],
      message: 'redeploy v1',
      push: true,
      reapply: async (files) => {
        reapplied.push([...files]);
        await writeTag(stale, 'api', 'v1');
      },
    });
    expect(reapplied).toEqual([[PATH]]);
    expect(result).toMatchObject({ committed: true, pushed: true, attempts: 1 });
    const final = cloneRepo(remote);
    expect(final.head()).toBe(result.sha);
    expect(final.show(PATH)).toContain('- name: api\n  newTag: v1 # CI');
  });

  it('refuses, rather than pushing other local commits, when only they hold the change', async () => {
    const { clones } = setup(1);
    const [repo] = clones as [TempRepo];
    await writeTag(repo, 'api', 'v7');
    repo.git('commit', '--quiet', '-am', 'local, not pushed');
    await expect(
      commitOverlays(gitOf(repo), { files: [PATH], message: 'x', push: true, reapply: noWait }),
    ).rejects.toThrow(/in local commits that origin does not have/);
  });

  it('takes absolute paths and refuses files outside the repository', async () => {
    const { clones } = setup(1);
    const [repo] = clones as [TempRepo];
    await writeTag(repo, 'api', 'v8');
    const r = await commitOverlays(gitOf(repo), {
      files: [join(repo.dir, PATH)],
      message: 'abs',
      push: false,
      reapply: noWait,
    });
    expect(r).toMatchObject({ committed: true, pushed: false });
    const outside = createRepo({ 'x.yaml': 'a: 1\n' });
    await expect(
      commitOverlays(gitOf(repo), {
        files: [join(outside.dir, 'x.yaml')],
        message: 'x',
        push: false,
        reapply: noWait,
      }),
    ).rejects.toThrow(/is not inside the git repository/);
  });
});
