/**
 * `plan` finds the work tree, the head commit and the branch through the Git verbs; its
 * answers must be those of git's own commands (`rev-parse --show-toplevel`, `rev-parse
 * --verify <rev>^{commit}`, `symbolic-ref HEAD` without its `refs/heads/`).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { locate } from '../../../src/cli/plan.js';
import { silentLogger } from '../../../src/log.js';
import { createRepo, removeTempDirs, tempDir } from '../../support/git-fixtures.js';

afterAll(removeTempDirs);

/** What the three separate git calls answer in `cwd`. */
function separately(cwd: string, headRev: string) {
  const run = (args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
  const top = run(['rev-parse', '--show-toplevel']);
  const workspace = top.status === 0 ? top.stdout.trim() : cwd;
  const head = spawnSync(
    'git',
    ['rev-parse', '--verify', '--quiet', '--end-of-options', `${headRev}^{commit}`],
    { cwd: workspace, encoding: 'utf8' },
  );
  const branch = spawnSync('git', ['symbolic-ref', '--quiet', 'HEAD'], {
    cwd: workspace,
    encoding: 'utf8',
  });
  return {
    workspace,
    head: head.status === 0 ? head.stdout.trim() : undefined,
    branch: branch.stdout.trim().replace(/^refs\/heads\//, ''),
  };
}

async function located(cwd: string, headRev: string) {
  const l = await locate({ cwd, logger: silentLogger }, headRev);
  expect(l.git.cwd).toBe(l.workspace);
  return { workspace: l.workspace, head: l.head, branch: l.branch };
}

describe('plan: locating the work tree, head and branch', () => {
  const repo = createRepo({ 'services/api/main.go': 'package main\n' });
  const first = repo.head();
  repo.commit({ 'services/api/main.go': 'package main // 2\n' }, 'second');
  mkdirSync(join(repo.dir, 'services/api/sub'), { recursive: true });

  it.each([
    ['the top, HEAD', '', 'HEAD'],
    ['a subdirectory, HEAD', 'services/api/sub', 'HEAD'],
    ['an older commit by SHA', 'services/api', first],
    ['a relative revision', '', 'HEAD~1'],
    ['no such revision', '', 'no-such-branch'],
    ['a range (not one commit)', '', 'HEAD~1..HEAD'],
  ])('%s', async (_title, sub, rev) => {
    const cwd = join(repo.dir, sub);
    expect(await located(cwd, rev)).toEqual(separately(cwd, rev));
  });

  it('detached HEAD, and a branch a tag of the same name makes ambiguous', async () => {
    repo.git('checkout', '-q', '--detach', 'HEAD');
    expect(await located(repo.dir, 'HEAD')).toEqual(separately(repo.dir, 'HEAD'));
    expect((await located(repo.dir, 'HEAD')).branch).toBe('');
    repo.git('checkout', '-q', 'main');
    repo.git('tag', 'main', first);
    expect(await located(repo.dir, 'HEAD')).toEqual(separately(repo.dir, 'HEAD'));
    // The branch's own name, never git's disambiguated short form (`heads/main`).
    expect((await located(repo.dir, 'HEAD')).branch).toBe('main');
    repo.git('tag', '-d', 'main');
  });

  it('outside a repository', async () => {
    const dir = tempDir();
    expect(await located(dir, 'HEAD')).toEqual({ ...separately(dir, 'HEAD'), workspace: dir });
  });
});
