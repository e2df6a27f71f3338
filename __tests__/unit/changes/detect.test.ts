import { afterAll, describe, expect, it } from '@jest/globals';
import { Classifier } from '../../../src/changes/classify.js';
import { detectChanges, type ApiChangeSource } from '../../../src/changes/detect.js';
import { triggerFromEvent, type Trigger } from '../../../src/event/trigger.js';
import { EMPTY_TREE, Git, ZERO_SHA } from '../../../src/git.js';
import { silentLogger } from '../../../src/log.js';
import {
  cloneRepo,
  createRepo,
  removeTempDirs,
  type TempRepo,
} from '../../support/git-fixtures.js';

afterAll(removeTempDirs);

function repo(): TempRepo {
  return createRepo({
    'services/api/main.go': 'v1',
    'services/web/index.ts': 'v1',
    'k8s/prod/kustomization.yaml': 'images: []\n',
    'README.md': 'hi',
  });
}

function rev(r: TempRepo, revision: string): string {
  return r.git('rev-parse', revision);
}

const payloadRepo = { default_branch: 'main', full_name: 'acme/shop' };

function push(
  before: string,
  after: string,
  ref = 'refs/heads/main',
  extra: Record<string, unknown> = {},
): Trigger {
  return triggerFromEvent('push', { ref, before, after, repository: payloadRepo, ...extra }, {});
}

async function detect(r: TempRepo, trigger: Trigger, api?: ApiChangeSource) {
  return detectChanges(trigger, {
    git: new Git(r.dir),
    logger: silentLogger,
    ...(api ? { api } : {}),
  });
}

describe('detectChanges with git', () => {
  it('push: before..after, with deletions and both sides of a rename', async () => {
    const r = repo();
    const before = r.head();
    r.git('mv', 'services/api/main.go', 'services/web/main.go');
    r.git('rm', '-q', 'README.md');
    const after = r.commit({ 'k8s/prod/kustomization.yaml': 'images: [x]\n' }, 'move');
    const changes = await detect(r, push(before, after, 'refs/heads/main', { forced: false }));
    expect(changes).toMatchObject({
      base: before,
      head: after,
      baseRule: 'push',
      complete: true,
      source: 'git',
    });
    expect(changes.files.sort()).toEqual([
      'README.md',
      'k8s/prod/kustomization.yaml',
      'services/api/main.go',
      'services/web/main.go',
    ]);
    // A rename across image boundaries is a code change for both images.
    const kinds = new Classifier({
      deployPaths: ['k8s/**'],
      ignorePaths: ['**/*.md'],
      images: [
        { name: 'api', context: 'services/api', dockerfile: 'services/api/Dockerfile', paths: [] },
        { name: 'web', context: 'services/web', dockerfile: 'services/web/Dockerfile', paths: [] },
      ],
    }).classify(changes.files);
    expect(kinds.get('api')?.kind).toBe('code');
    expect(kinds.get('web')?.kind).toBe('code');
  });

  it('push of a merge commit includes the merged branch', async () => {
    const r = repo();
    const before = r.head();
    r.git('checkout', '-q', '-b', 'feature');
    r.commit({ 'services/web/index.ts': 'v2' }, 'feature');
    r.git('checkout', '-q', 'main');
    r.commit({ 'docs/a.md': 'doc' }, 'main work');
    r.git('merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');
    const after = r.head();
    const changes = await detect(r, push(before, after));
    expect(changes.files.sort()).toEqual(['docs/a.md', 'services/web/index.ts']);
  });

  it('new branch: the merge-base with the default branch, not HEAD^', async () => {
    const r = repo();
    r.git('checkout', '-q', '-b', 'feature/login');
    r.commit({ 'services/api/login.go': 'a' }, 'one');
    const tip = r.commit({ 'services/api/session.go': 'b' }, 'two');
    r.git('checkout', '-q', 'main');
    const mainTip = r.commit({ 'services/web/index.ts': 'v9' }, 'main moved on');
    r.git('checkout', '-q', 'feature/login');
    // The clone (like the runner's) has the remote-tracking branch of main.
    const clone = cloneRepo(r.dir, { depth: 1000, branch: 'feature/login' });
    clone.git('fetch', '-q', 'origin', '+refs/heads/main:refs/remotes/origin/main');
    const changes = await detect(
      clone,
      push(ZERO_SHA, tip, 'refs/heads/feature/login', { created: true }),
    );
    expect(changes.baseRule).toBe('new-branch');
    expect(changes.base).toBe(rev(r, 'main~1'));
    expect(changes.base).not.toBe(mainTip);
    expect(changes.files.sort()).toEqual(['services/api/login.go', 'services/api/session.go']);
  });

  it('force push: diffs from where old and new tips diverged', async () => {
    const r = repo();
    const fork = r.head();
    r.git('checkout', '-q', '-b', 'topic');
    const oldTip = r.commit({ 'services/api/old.go': 'x' }, 'old');
    r.git('reset', '-q', '--hard', fork);
    r.commit({ 'services/web/new.ts': 'y' }, 'rewritten 1');
    const newTip = r.commit({ 'k8s/prod/patch.yaml': 'z' }, 'rewritten 2');
    const changes = await detect(r, push(oldTip, newTip, 'refs/heads/topic', { forced: true }));
    expect(changes.baseRule).toBe('force-push');
    expect(changes.base).toBe(fork);
    expect(changes.files.sort()).toEqual(['k8s/prod/patch.yaml', 'services/web/new.ts']);
  });

  it('tag push: the previous release tag, never main...tag', async () => {
    const r = repo();
    r.commit({ 'services/api/a.go': '1' }, 'feature');
    r.git('tag', 'v1.0.0');
    r.commit({ 'services/api/b.go': '2' }, 'fix');
    const tagged = r.commit({ 'docs/x.md': '3' }, 'docs');
    r.git('tag', 'v1.1.0');
    const trigger = triggerFromEvent(
      'push',
      { ref: 'refs/tags/v1.1.0', before: ZERO_SHA, after: tagged, repository: payloadRepo },
      {},
    );
    const changes = await detect(cloneRepo(r.dir, { depth: 1 }), trigger);
    expect(changes).toMatchObject({
      baseRule: 'previous-tag',
      base: rev(r, 'v1.0.0'),
      complete: true,
    });
    expect(changes.files.sort()).toEqual(['docs/x.md', 'services/api/b.go']);
  });

  it('first release: everything since the root', async () => {
    const r = repo();
    const tagged = r.head();
    r.git('tag', 'v0.1.0');
    const trigger = triggerFromEvent(
      'push',
      { ref: 'refs/tags/v0.1.0', before: ZERO_SHA, after: tagged, repository: payloadRepo },
      {},
    );
    const changes = await detect(r, trigger);
    expect(changes).toMatchObject({ baseRule: 'first-release', base: EMPTY_TREE, complete: true });
    expect(changes.files).toHaveLength(4);
  });

  it('a depth-1 clone is deepened only as far as needed', async () => {
    const r = repo();
    for (let i = 0; i < 120; i++) r.commit({ 'services/web/counter.txt': String(i) }, `main ${i}`);
    const base = r.head();
    r.git('checkout', '-q', '-b', 'pr');
    r.commit({ 'services/api/pr.go': '1' }, 'pr 1');
    const head = r.commit({ 'services/api/pr2.go': '2' }, 'pr 2');
    const clone = cloneRepo(r.dir, { depth: 1, branch: 'pr' });
    expect(clone.git('rev-list', '--count', 'HEAD')).toBe('1');
    const trigger = triggerFromEvent(
      'pull_request',
      {
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: head, ref: 'pr' },
          base: { sha: base, ref: 'main' },
        },
        repository: payloadRepo,
      },
      {},
    );
    const changes = await detect(clone, trigger);
    expect(changes).toMatchObject({
      baseRule: 'pull-request',
      base,
      complete: true,
      source: 'git',
    });
    expect(changes.files.sort()).toEqual(['services/api/pr.go', 'services/api/pr2.go']);
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
    expect(Number(clone.git('rev-list', '--count', 'HEAD'))).toBeLessThan(60);
  });

  it('push with a before SHA only on the remote is fetched by SHA', async () => {
    const r = repo();
    const before = r.commit({ 'services/api/1.go': '1' }, 'one');
    const after = r.commit({ 'services/web/2.ts': '2' }, 'two');
    const clone = cloneRepo(r.dir, { depth: 1 });
    const changes = await detect(clone, push(before, after));
    expect(changes).toMatchObject({ base: before, baseRule: 'push', complete: true });
    expect(changes.files).toEqual(['services/web/2.ts']);
  });

  it('lists a 10,000-file diff completely', async () => {
    const r = repo();
    const before = r.head();
    const files: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) files[`services/api/gen/f${i}.go`] = String(i);
    const after = r.commit(files, 'generated');
    const changes = await detect(r, push(before, after));
    expect(changes.complete).toBe(true);
    expect(changes.files).toHaveLength(10_000);
  });

  it('keeps unusual file names intact (-z, no quoting)', async () => {
    const r = repo();
    const before = r.head();
    const after = r.commit(
      {
        'services/api/ünï cödé "q".go': 'x',
        'services/api/tab\tname.go': 'y',
      },
      'odd names',
    );
    const changes = await detect(r, push(before, after));
    expect(changes.files.sort()).toEqual([
      'services/api/tab\tname.go',
      'services/api/ünï cödé "q".go',
    ]);
  });

  it('counts a submodule pointer change', async () => {
    const lib = repo();
    const r = repo();
    r.git(
      '-c',
      'protocol.file.allow=always',
      'submodule',
      'add',
      '-q',
      `file://${lib.dir}`,
      'vendor/lib',
    );
    const before = r.commit({}, 'add submodule');
    lib.commit({ 'x.txt': 'x' }, 'lib change');
    r.git('-C', 'vendor/lib', '-c', 'protocol.file.allow=always', 'pull', '-q', 'origin', 'main');
    const after = r.commit({}, 'bump submodule');
    const changes = await detect(r, push(before, after));
    expect(changes.files).toEqual(['vendor/lib']);
  });

  it('dispatch: no base of its own (the engine compares with the deployed commit)', async () => {
    const r = repo();
    r.commit({ 'services/api/a.go': '1' }, 'deployed');
    const head = r.commit({ 'k8s/prod/kustomization.yaml': 'images: [y]\n' }, 'config');
    const trigger = triggerFromEvent(
      'workflow_dispatch',
      { repository: payloadRepo },
      { GITHUB_SHA: head, GITHUB_REF: 'refs/heads/main' },
    );
    expect(await detect(r, trigger)).toMatchObject({
      baseRule: 'overlay',
      complete: false,
      note: expect.stringMatching(/set the "base" input/) as unknown,
    });
  });

  it('reports, rather than guesses, when it cannot see the changes', async () => {
    const r = repo();
    const head = r.head();
    const unknown = triggerFromEvent(
      'repository_dispatch',
      { repository: payloadRepo },
      { GITHUB_SHA: head },
    );
    expect(await detect(r, unknown)).toMatchObject({
      complete: false,
      baseRule: 'unknown',
      source: 'none',
    });
    const gone = push('f'.repeat(40), head);
    const changes = await detect(r, gone);
    expect(changes.complete).toBe(false);
    expect(changes.note).toMatch(/cannot be fetched/);
    const noOverlay = triggerFromEvent(
      'schedule',
      { repository: payloadRepo },
      { GITHUB_SHA: head },
    );
    expect((await detect(r, noOverlay)).complete).toBe(false);
  });
});

describe('detectChanges with the API fallback', () => {
  const api = (complete: boolean): ApiChangeSource => ({
    pullRequestFiles: () =>
      Promise.resolve({
        files: ['services/api/a.go'],
        complete,
        ...(complete ? {} : { note: 'capped' }),
      }),
    compareFiles: () => Promise.resolve({ files: ['k8s/x.yaml'], complete: true }),
  });

  it('uses the API when git cannot answer, and keeps its completeness', async () => {
    const r = repo();
    const head = r.head();
    const pr = triggerFromEvent(
      'pull_request',
      {
        number: 3,
        pull_request: {
          number: 3,
          head: { sha: head, ref: 'x' },
          base: { sha: 'f'.repeat(40), ref: 'main' },
        },
        repository: payloadRepo,
      },
      {},
    );
    expect(await detect(r, pr, api(true))).toMatchObject({
      source: 'api',
      complete: true,
      files: ['services/api/a.go'],
    });
    expect(await detect(r, pr, api(false))).toMatchObject({
      source: 'api',
      complete: false,
      note: 'capped',
    });
    const gone = push('f'.repeat(40), head);
    expect(await detect(r, gone, api(true))).toMatchObject({
      source: 'api',
      complete: true,
      files: ['k8s/x.yaml'],
    });
  });
});
