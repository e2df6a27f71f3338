/**
 * The git verbs of src/git.ts against real repositories: what each one answers, and that no
 * string handed to a verb is read by git as an option — a revision that looks like
 * `--output=<file>` is a bad revision, not an instruction to write that file; a branch, tag
 * or ref name that is not one is refused before git runs.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../src/errors.js';
import { exec, type Exec } from '../../src/exec.js';
import { EMPTY_TREE, Git } from '../../src/git.js';
import {
  cloneRepo,
  createBareRemote,
  createRepo,
  git as gitAt,
  GIT_TEST_ENV,
  removeTempDirs,
  tempDir,
} from '../support/git-fixtures.js';

afterAll(() => {
  removeTempDirs();
});

/** The real exec, recording every argument list. */
function recording(calls: string[][]): Exec {
  return (file, args, options) => {
    calls.push([file, ...args]);
    return exec(file, args, options);
  };
}

function gitIn(dir: string, calls: string[][] = []): Git {
  return new Git(dir, undefined, recording(calls), GIT_TEST_ENV);
}

/** A repository with two commits, a tag, and a bare remote that has them. */
function fixture() {
  const repo = createRepo({ README: 'hi\n', 'app/a.txt': 'one\n', 'k8s/values.yaml': 'tag: v1\n' });
  const first = repo.head();
  repo.git('tag', '-a', '-m', 'release', 'v1.0.0');
  const second = repo.commit({ 'app/a.txt': 'two\n', 'app/b.txt': 'new\n' }, 'second');
  const remote = createBareRemote();
  repo.git('push', '--quiet', '--follow-tags', remote, 'main');
  return { repo, first, second, remote };
}

describe('queries', () => {
  it('answer from the repository', async () => {
    const { repo, first, second, remote } = fixture();
    repo.git('remote', 'add', 'origin', remote);
    const git = gitIn(repo.dir);
    expect(await git.changedFiles(first, second)).toEqual(['app/a.txt', 'app/b.txt']);
    expect(await git.changedFiles(EMPTY_TREE, first)).toEqual([
      'README',
      'app/a.txt',
      'k8s/values.yaml',
    ]);
    expect(await git.show(first, 'app/a.txt')).toBe('one\n');
    expect(await git.show(first, 'app/b.txt')).toBeUndefined();
    expect(await git.lsTree(second, { peel: true })).toContain('\tapp/b.txt\0');
    expect(await git.countCommits('HEAD')).toBe(2);
    expect((await git.firstParentLog('HEAD', 'app/a.txt', 10)).map((c) => c.sha)).toEqual([
      second,
      first,
    ]);
    expect(await git.describeTag(second, { match: ['v[0-9]*'] })).toBe('v1.0.0');
    expect(await git.describeTag(second, { match: ['v[0-9]*'], exclude: 'v1.0.0' })).toBe(
      undefined,
    );
    // Exact bytes (not UTF-8 here), in order, undefined for what is missing.
    writeFileSync(join(repo.dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    repo.git('add', 'latin1.txt');
    repo.git('commit', '-q', '-m', 'latin1');
    expect(
      await git.readBlobs([`${first}:k8s/values.yaml`, 'HEAD:latin1.txt', `${first}:nope`]),
    ).toEqual([Buffer.from('tag: v1\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), undefined]);
    expect(await git.commitObject(second)).toMatch(
      new RegExp(`^tree [0-9a-f]{40}\\nparent ${first}\\n`),
    );
    expect(await git.currentBranch()).toBe('main');
    expect(await git.symbolicRef('HEAD')).toBe('refs/heads/main');
    expect(await git.remoteUrl('origin')).toBe(remote);
    expect(await git.remoteUrl('nope')).toBeUndefined();
    await git.configSet('image-promote.test', 'a value');
    expect(await git.configGet('image-promote.test')).toBe('a value');
    expect(await git.configGet('image-promote.unset')).toBeUndefined();
    // GIT_TEST_ENV names the author; without it, user.name does.
    expect(await git.authorName()).toBe('Test Author');
    const noAuthor = { ...GIT_TEST_ENV };
    delete noAuthor.GIT_AUTHOR_NAME;
    await git.configSet('user.name', 'Ada "the" Lovelace');
    await git.configSet('user.email', 'ada@example.com');
    expect(await new Git(repo.dir, undefined, undefined, noAuthor).authorName()).toBe(
      'Ada "the" Lovelace',
    );
    expect(await git.showToplevel()).toBe(realpathSync(repo.dir));
    expect(await git.commonDir()).toBe(join(realpathSync(repo.dir), '.git'));
    expect(await git.absoluteGitDir()).toBe(join(realpathSync(repo.dir), '.git'));
    expect(await gitIn(tempDir()).showToplevel()).toBeUndefined();
    repo.git('checkout', '--quiet', '--detach');
    expect(await git.currentBranch()).toBeUndefined();
  });

  it('read a revision that looks like an option as a revision', async () => {
    const { repo, second } = fixture();
    const git = gitIn(repo.dir);
    const out = join(tempDir(), 'written');
    const hostile = `--output=${out}`;
    // Read as an option, `--output=<out>:README` would write the file `<out>:README`.
    expect(await git.show(hostile, 'README')).toBeUndefined();
    expect(await git.resolveCommit(hostile)).toBeUndefined();
    expect(await git.mergeBase(hostile, second)).toBeUndefined();
    expect(await git.countCommits(hostile)).toBe(0);
    expect(await git.describeTag(hostile, { match: ['*'] })).toBeUndefined();
    await expect(git.isAncestor(hostile, second)).rejects.toThrow(/merge-base/);
    await expect(git.changedFiles(hostile, second)).rejects.toThrow();
    await expect(git.lsTree(hostile)).rejects.toThrow();
    await expect(git.firstParentLog(hostile, 'app/a.txt', 5)).rejects.toThrow(/git log/);
    expect(await git.commitObject(hostile)).toBeUndefined();
    expect(await git.readBlobs([hostile])).toEqual([undefined]);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}:README`)).toBe(false);
  });
});

describe('answers kept for the run', () => {
  it('asks the top level once, and keeps "not shallow" until a fetch', async () => {
    const { remote } = fixture();
    const clone = cloneRepo(remote);
    const calls: string[][] = [];
    const git = gitIn(clone.dir, calls);
    const asked = (arg: string): number => calls.filter((c) => c.includes(arg)).length;
    expect(await git.topLevel()).toBe(await git.topLevel());
    expect(asked('--show-toplevel')).toBe(1);
    expect(await git.isShallow()).toBe(false);
    expect(await git.isShallow()).toBe(false);
    expect(asked('--is-shallow-repository')).toBe(1);
    // A fetch with a depth makes a complete clone shallow: the answer is asked again.
    expect((await git.fetchBranch('origin', 'main', { depth: 1 })).exitCode).toBe(0);
    expect(await git.isShallow()).toBe(true);
    expect(asked('--is-shallow-repository')).toBe(2);
    // "Shallow" is not kept (a fetch elsewhere may deepen the clone).
    expect(await git.isShallow()).toBe(true);
    expect(asked('--is-shallow-repository')).toBe(3);
  });

  it('resolveCommitInWorkTree: one rev-parse answers HEAD, the top level and "not shallow"', async () => {
    const { repo, first, second } = fixture();
    const calls: string[][] = [];
    const git = gitIn(repo.dir, calls);
    expect(await git.resolveCommitInWorkTree('HEAD')).toBe(second);
    expect(calls).toHaveLength(1);
    expect(await git.topLevel()).toBe(realpathSync(repo.dir));
    expect(await git.isShallow()).toBe(false);
    expect(calls).toHaveLength(1);
    // HEAD is never kept: a new commit is the next answer.
    const third = repo.commit({ 'app/c.txt': 'three\n' }, 'third');
    expect(await git.resolveCommitInWorkTree('HEAD')).toBe(third);
    expect(await git.resolveCommitInWorkTree(first)).toBe(first);
    expect(await git.resolveCommitInWorkTree('no-such-rev')).toBeUndefined();
    expect(await git.resolveCommitInWorkTree('--all')).toBeUndefined();
    // Outside a work tree nothing is answered or kept.
    const none = gitIn(tempDir());
    expect(await none.resolveCommitInWorkTree('HEAD')).toBeUndefined();
    await expect(none.topLevel()).rejects.toThrow();
  });

  it('commitFiles: the commit and the text of each path from one cat-file, undefined for what is missing', async () => {
    const { repo, first, second } = fixture();
    const calls: string[][] = [];
    const git = gitIn(repo.dir, calls);
    expect(
      await git.commitFiles(second.slice(0, 7), ['app/b.txt', 'app/nope.txt', 'app', 'my file']),
    ).toEqual({ commit: second, texts: ['new\n', undefined, undefined, undefined] });
    expect(calls.filter((c) => c.includes('cat-file'))).toHaveLength(1);
    expect(await git.commitFiles(first, ['app/a.txt'])).toEqual({
      commit: first,
      texts: ['one\n'],
    });
    expect(await git.commitFiles('0000000', ['app/a.txt'])).toEqual({
      commit: undefined,
      texts: [undefined],
    });
    await expect(git.commitFiles('HEAD', ['a\nb'])).rejects.toThrow(/spans lines/);
  });

  it('does not keep a failed top level (no work tree yet)', async () => {
    const dir = tempDir();
    const git = gitIn(dir);
    await expect(git.topLevel()).rejects.toThrow();
    gitAt(dir, ['init', '--quiet']);
    expect(realpathSync(await git.topLevel())).toBe(realpathSync(dir));
  });
});

describe('remotes', () => {
  it('list, fetch and deepen', async () => {
    const { remote, first, second } = fixture();
    const clone = cloneRepo(remote, { depth: 1 });
    const git = gitIn(clone.dir);
    expect(await git.isShallow()).toBe(true);
    expect(await git.lsRemote('origin', ['refs/heads/main', 'refs/heads/nope'])).toEqual([
      { sha: second, ref: 'refs/heads/main' },
    ]);
    const tag = await git.lsRemote('origin', ['refs/tags/v1.0.0'], { peel: true });
    expect(tag.map((r) => r.ref)).toEqual(['refs/tags/v1.0.0', 'refs/tags/v1.0.0^{}']);
    expect(tag[1]?.sha).toBe(first);
    expect(await git.lsRemoteSymref('origin')).toBe('refs/heads/main');
    expect(await git.hasCommit(first)).toBe(false);
    expect((await git.deepen('origin', 1, [second])).exitCode).toBe(0);
    expect(await git.hasCommit(first)).toBe(true);
    expect((await git.fetchTags('origin', { depth: 1 })).exitCode).toBe(0);
    expect(await git.resolveCommit('refs/tags/v1.0.0')).toBe(first);
    const into = 'refs/image-promote/test';
    expect((await git.fetchBranch('origin', 'main', { into, depth: 1 })).exitCode).toBe(0);
    expect(await git.resolveCommit(into)).toBe(second);
    await git.updateRef('refs/image-promote/other', first);
    expect(await git.resolveCommit('refs/image-promote/other')).toBe(first);
    expect((await git.fetchCommits('origin', [first])).exitCode).toBe(0);
  });

  it('put the remote after `--` and refuse names git would misread, before running git', async () => {
    const { remote, second } = fixture();
    const clone = cloneRepo(remote);
    const calls: string[][] = [];
    const git = gitIn(clone.dir, calls);
    await git.lsRemote('origin', ['refs/heads/main']);
    await git.fetchBranch('origin', 'main');
    await git.deepen('origin', 2, [second]);
    await git.fetchCommits('origin', [second]);
    for (const args of calls) {
      expect(args.indexOf('--')).toBeGreaterThan(0);
      expect(args[args.indexOf('--') + 1]).toBe('origin');
    }
    calls.length = 0;
    const evil = '--upload-pack=touch /tmp/ip-pwned';
    await expect(git.fetchBranch('origin', evil)).rejects.toThrow(UserError);
    await expect(git.fetchBranch('origin', 'HEAD')).rejects.toThrow(/not a valid git branch/);
    await expect(git.fetchBranch('origin', 'main', { into: 'main' })).rejects.toThrow(
      /full git ref name/,
    );
    await expect(git.lsRemote('origin', [evil])).rejects.toThrow(UserError);
    await expect(git.lsRemote('origin', ['refs/heads/a*'])).rejects.toThrow(UserError);
    await expect(git.fetchCommits('origin', [evil])).rejects.toThrow(/full git object id/);
    await expect(git.fetchCommits('origin', ['1a2b3c4'])).rejects.toThrow(/full git object id/);
    await expect(git.deepen('origin', 8, [evil])).rejects.toThrow(/refusing to fetch/);
    await expect(git.deepen('origin', 8, ['+refs/heads/main:main'])).rejects.toThrow(
      /refusing to fetch/,
    );
    await expect(git.updateRef(evil, second)).rejects.toThrow(UserError);
    await expect(git.updateRef('refs/x/y', 'HEAD')).rejects.toThrow(/full git object id/);
    expect(calls).toEqual([]);
    expect(existsSync('/tmp/ip-pwned')).toBe(false);
  });
});

describe('worktrees', () => {
  it('adds a detached worktree of a commit and removes it', async () => {
    const { repo, first } = fixture();
    const git = gitIn(repo.dir);
    const dir = join(tempDir(), 'wt');
    await git.worktreeAdd(dir, first);
    expect(await gitIn(dir).resolveCommit('HEAD')).toBe(first);
    expect(await gitIn(dir).commonDir()).toBe(join(realpathSync(repo.dir), '.git'));
    expect(await git.worktreeRemove(dir)).toBe(true);
    expect(existsSync(dir)).toBe(false);
    expect(await git.worktreeRemove(dir)).toBe(false);
  });
});
