/**
 * `overlay-repository`: the overlays live in another repository. It is cloned shallow
 * (`--depth=1`), partial (`--filter=blob:none`) and sparse (only the overlay files'
 * directories) into a temporary directory, edited and committed there, and removed at the
 * end. The token travels only in git's environment, and only where ./auth.ts allows it.
 *
 * What comes from that repository is not trusted: the default branch it names is checked as
 * a branch name before git sees it, and an overlay that is a symbolic link (or lies under
 * one) is refused before anything reads it. A repository on this machine (file://, a path)
 * is refused unless explicitly allowed (`allowLocalRepository`).
 */
import { lstat, mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import type { OverlayRepositoryConfig } from '../config/types.js';
import { History } from '../changes/history.js';
import { errorMessage, UserError } from '../errors.js';
import { exec as defaultExec, ExecError } from '../exec.js';
import { branchName, Git, isBranchName, shown } from '../git.js';
import { silentLogger } from '../log.js';
import { redact } from '../redact.js';
import { redirectProblem, withoutCredentials, withToken } from './auth.js';
import { lastLine } from './commit.js';
import { githubRepositoryOf, type GitOptions, type OverlayRepository } from './repository.js';

export interface ClonedRepository extends OverlayRepository {
  branch: string;
  remote: string;
  remoteUrl: string;
  /**
   * Calls `found()` after each deepening of the shallow history (bounded steps, see
   * History.deepenUntil) until it returns a value. Only commits and trees come: file
   * contents of older commits are fetched one by one when read (`git show <c>:<path>`).
   */
  deepenUntil<T>(found: () => Promise<T | undefined>): Promise<T | undefined>;
  /** Removes the clone. Safe to call more than once. */
  cleanup(): Promise<void>;
}

export interface CloneOptions extends GitOptions {
  /** Reads GITHUB_SERVER_URL and RUNNER_TEMP (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Where the temporary directory goes (default RUNNER_TEMP, else the OS temp dir). */
  tempRoot?: string;
  /**
   * The job's `github-token`: when `config.token` is this token (overlay-token's default),
   * it is only sent to GITHUB_SERVER_URL's host (see tokenDecision).
   */
  githubToken?: string;
  /**
   * Allow a repository on this machine (`file://…` or a path); default false. The input
   * `allow-local-overlay-repository` (see checkOverlayRepository).
   */
  allowLocalRepository?: boolean;
}

const OWNER_NAME = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/** The clone URL: `owner/name` on the run's GitHub server, or the URL as given. */
export function repositoryUrl(repository: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!OWNER_NAME.test(repository)) return repository;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repository.replace(/\.git$/, '')}.git`;
}

/** How git reaches a repository, by the form of its URL (git's own rules, urlmatch/transport). */
export type RepositoryTransport = 'http' | 'ssh' | 'git' | 'local' | 'other';

/**
 * `https://`/`http://` → http; `ssh://`, `git+ssh://` and scp-style `[user@]host:path` →
 * ssh; `git://` → git; `file://` and anything else git reads as a path → local;
 * `<helper>::<address>` and other schemes (which make git run a program) → other.
 */
export function repositoryTransport(url: string): RepositoryTransport {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === 'https' || scheme === 'http') return 'http';
    if (scheme === 'ssh' || scheme === 'git+ssh' || scheme === 'ssh+git') return 'ssh';
    if (scheme === 'git') return 'git';
    if (scheme === 'file') return 'local';
    return 'other';
  }
  if (/^[A-Za-z0-9][A-Za-z0-9+.-]*::/.test(url)) return 'other';
  // git: a colon before the first slash makes it scp-style ssh, otherwise it is a path.
  const colon = url.indexOf(':');
  const slash = url.indexOf('/');
  if (colon > 0 && (slash === -1 || colon < slash)) return 'ssh';
  return 'local';
}

/**
 * Refuses an overlay-repository git would not reach over the network: a repository on this
 * machine (file://, a path) unless `allowLocal` — a workflow input must not make the action
 * read and push any repository on the runner — and transports that run a program
 * (`ext::`, other remote helpers) always.
 */
export function checkOverlayRepository(
  repository: string,
  options: { allowLocal: boolean },
): RepositoryTransport {
  const url = repositoryUrl(repository, {});
  const transport = repositoryTransport(url);
  if (transport === 'other') {
    throw new UserError(
      `overlay-repository ${shown(withoutCredentials(url))} is not an https://, ssh:// or git:// URL (nor owner/name); give one of those`,
    );
  }
  if (transport === 'local' && !options.allowLocal) {
    throw new UserError(
      `overlay-repository ${shown(withoutCredentials(url))} is a repository on this machine; give owner/name or an https:// or ssh:// URL, or set allow-local-overlay-repository: true if a local repository is intended`,
    );
  }
  return transport;
}

/** The directories a sparse checkout needs for `paths` (repository-relative). */
export function sparseDirectories(paths: readonly string[]): string[] {
  const dirs = new Set<string>();
  for (const p of paths) {
    const dir = posix.dirname(p.replace(/\\/g, '/'));
    if (dir !== '.' && dir !== '') dirs.add(dir);
  }
  return [...dirs].sort();
}

/**
 * Refuses an overlay that is not a regular file of the clone: a symbolic link (it could
 * point anywhere on the runner), a file under a linked directory, or nothing at all. Only
 * lstat: nothing is read through a link.
 */
async function checkOverlayFile(
  root: string,
  path: string,
  label: string,
  branch: string,
): Promise<void> {
  const parts = path.replace(/\\/g, '/').split('/');
  for (let i = 1; i <= parts.length; i++) {
    const at = parts.slice(0, i).join('/');
    const info = await lstat(join(root, at)).catch(() => undefined);
    if (info === undefined) {
      throw new UserError(`overlay ${path} does not exist in ${label} (branch ${branch})`);
    }
    if (info.isSymbolicLink()) {
      throw new UserError(
        `overlay ${path} in ${label} ${at === path ? 'is a symbolic link' : `lies under the symbolic link ${at}`}; image-promote does not follow links in overlay-repository — commit the file itself at that path`,
      );
    }
    if (i === parts.length && !info.isFile()) {
      throw new UserError(`overlay ${path} in ${label} is not a file (branch ${branch})`);
    }
  }
}

/** Clones `config.repository` for the overlay `paths` (relative to that repository). */
export async function cloneOverlayRepository(
  config: OverlayRepositoryConfig,
  paths: readonly string[],
  options: CloneOptions = {},
): Promise<ClonedRepository> {
  const logger = options.logger ?? silentLogger;
  const env = options.env ?? process.env;
  const execFn = options.exec ?? defaultExec;
  const transport = checkOverlayRepository(config.repository, {
    allowLocal: options.allowLocalRepository === true,
  });
  const url = repositoryUrl(config.repository, env);
  const cleanUrl = withoutCredentials(url);
  const label = OWNER_NAME.test(config.repository) ? config.repository : cleanUrl;
  const what = `overlay-repository ${label}`;
  // git itself refuses any other transport (a local path, ext::) for every call on the clone.
  const allowed = {
    ...options.gitEnv,
    GIT_ALLOW_PROTOCOL: transport === 'local' ? 'file' : 'https:http:ssh:git',
  };
  const policy = { serverUrl: env.GITHUB_SERVER_URL, githubToken: options.githubToken };
  const { env: gitEnv, notSent: tokenNotSent } = config.token
    ? withToken(cleanUrl, config.token, policy, what, logger, allowed)
    : { env: allowed, notSent: undefined };
  const tokenHint =
    tokenNotSent ??
    (config.token
      ? 'check that overlay-token can read it (contents: read; write to commit)'
      : 'a private repository needs overlay-token');
  /** A git failure as a message: what to do about a redirect, else git's last line. */
  const failure = (stderr: string, doing: string): string =>
    redact(redirectProblem(stderr, what) ?? `${doing} ${what}: ${lastLine(stderr)} — ${tokenHint}`);
  if (config.branch !== undefined) branchName(config.branch, 'overlay-branch');
  const dir = await mkdtemp(
    join(options.tempRoot ?? env.RUNNER_TEMP ?? tmpdir(), 'image-promote-gitops-'),
  );
  const cleanup = async (): Promise<void> => {
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const root = await realpath(dir);
    const git = new Git(root, logger, execFn, gitEnv);
    let branch = config.branch;
    if (branch === undefined) {
      let head: string | undefined;
      try {
        head = await git.lsRemoteSymref(url);
      } catch (err) {
        const stderr = err instanceof ExecError ? err.stderr : errorMessage(err);
        throw new UserError(failure(stderr, 'cannot read'));
      }
      if (head === undefined || !head.startsWith('refs/heads/')) {
        throw new UserError(`${what} has no default branch (is it empty?); set overlay-branch`);
      }
      // The remote names its default branch: a name git would read as an option (or reject)
      // never reaches git.
      branch = head.slice('refs/heads/'.length);
      if (!isBranchName(branch)) {
        throw new UserError(
          `${what} names ${shown(branch)} as its default branch (HEAD), which is not a valid branch name; set overlay-branch to the branch to use`,
        );
      }
    }
    logger.info(`cloning ${label} (${branch}, shallow, only the overlay directories)`);
    const clone = await git.run(
      [
        'clone',
        '--quiet',
        '--depth=1',
        '--filter=blob:none',
        '--no-checkout',
        '--single-branch',
        '--no-tags',
        `--branch=${branch}`,
        '--',
        url,
        '.',
      ],
      { allowFailure: true },
    );
    if (clone.exitCode !== 0) {
      throw new UserError(
        /Remote branch .* not found/i.test(lastLine(clone.stderr))
          ? redact(`overlay-branch ${branch} does not exist in ${label}`)
          : failure(clone.stderr, 'cannot clone'),
      );
    }
    await git.run(['sparse-checkout', 'set', '--cone', '--stdin'], {
      input: sparseDirectories(paths).join('\n') + '\n',
    });
    // The branch as the value of -B and as a full ref name: never where git reads options.
    await git.run(['checkout', '--quiet', '-B', branch, `refs/remotes/origin/${branch}`]);
    for (const p of paths) await checkOverlayFile(root, p, label, branch);
    const history = new History(git, logger);
    const [owner = '', name = ''] = config.repository.split('/');
    const github = OWNER_NAME.test(config.repository)
      ? { owner, repo: name.replace(/\.git$/, '') }
      : githubRepositoryOf(cleanUrl);
    return {
      root,
      label,
      git,
      branch,
      remote: 'origin',
      remoteUrl: cleanUrl,
      ...(github ? { github } : {}),
      async deepenUntil<T>(found: () => Promise<T | undefined>): Promise<T | undefined> {
        const head = await git.resolveCommit('HEAD');
        return history.deepenUntil(head ? [head] : [], found);
      },
      cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
