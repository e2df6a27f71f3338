/**
 * Throwaway git repositories for tests: a repo with files, commits, bare remotes and clones
 * (including shallow `--depth` clones over file://). Synchronous and isolated from the
 * user's git configuration; call removeTempDirs() in afterAll.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const created: string[] = [];

/** Environment for git in fixtures: fixed identity, no system/global config. */
export const GIT_TEST_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_TERMINAL_PROMPT: '0',
};

export function tempDir(prefix = 'ip-git-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Runs git in `cwd` and returns trimmed stdout; throws with stderr on failure. */
export function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: GIT_TEST_ENV,
    encoding: 'utf8',
    stdio: 'pipe',
  }).trim();
}

export class TempRepo {
  constructor(readonly dir: string) {}

  git(...args: string[]): string {
    return git(this.dir, args);
  }

  /** Writes files (paths relative to the repo, `/`-separated), creating directories. */
  write(files: Record<string, string>): void {
    for (const [path, content] of Object.entries(files)) {
      const file = join(this.dir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }

  /** Writes files, commits everything and returns the new commit's SHA. */
  commit(files: Record<string, string>, message = 'change'): string {
    this.write(files);
    this.git('add', '-A');
    this.git('commit', '--quiet', '--allow-empty', '-m', message);
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }

  /** The file's content at `rev` (default HEAD). */
  show(path: string, rev = 'HEAD'): string {
    return this.git('show', `${rev}:${path}`);
  }
}

/** A new repository on branch `main`, with `files` committed when given. */
export function createRepo(files?: Record<string, string>, branch = 'main'): TempRepo {
  const dir = tempDir();
  git(dir, ['init', '--quiet', `--initial-branch=${branch}`]);
  const repo = new TempRepo(dir);
  if (files) repo.commit(files, 'initial');
  return repo;
}

/** An empty bare repository to push to; returns its path. */
export function createBareRemote(branch = 'main'): string {
  const dir = tempDir('ip-remote-');
  git(dir, ['init', '--quiet', '--bare', `--initial-branch=${branch}`]);
  return dir;
}

/** Clones `source` (a path); `depth` makes a shallow clone over file:// like actions/checkout. */
export function cloneRepo(
  source: string,
  options: { depth?: number; branch?: string } = {},
): TempRepo {
  const dir = tempDir('ip-clone-');
  const args = ['clone', '--quiet'];
  if (options.depth !== undefined) args.push(`--depth=${options.depth}`);
  if (options.branch !== undefined) args.push('--branch', options.branch);
  const url = options.depth === undefined ? source : pathToFileURL(source).href;
  git(tmpdir(), [...args, url, dir]);
  return new TempRepo(dir);
}
