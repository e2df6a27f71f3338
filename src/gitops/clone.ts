/**
 * `overlay-repository`: the overlays live in another repository. It is cloned shallow
 * (`--depth=1`), partial (`--filter=blob:none`) and sparse (only the overlay files'
 * directories) into a temporary directory, edited and committed there, and removed at the
 * end. The token travels only in git's environment (see ./auth.ts).
 */
import { mkdtemp, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import type { OverlayRepositoryConfig } from '../config/types.js';
import { History } from '../changes/history.js';
import { UserError } from '../errors.js';
import { exec as defaultExec } from '../exec.js';
import { Git } from '../git.js';
import { silentLogger } from '../log.js';
import { redact } from '../redact.js';
import { isHttpUrl, tokenEnv, withoutCredentials } from './auth.js';
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
}

const OWNER_NAME = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/** The clone URL: `owner/name` on the run's GitHub server, or the URL as given. */
export function repositoryUrl(repository: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!OWNER_NAME.test(repository)) return repository;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repository.replace(/\.git$/, '')}.git`;
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

/** Clones `config.repository` for the overlay `paths` (relative to that repository). */
export async function cloneOverlayRepository(
  config: OverlayRepositoryConfig,
  paths: readonly string[],
  options: CloneOptions = {},
): Promise<ClonedRepository> {
  const logger = options.logger ?? silentLogger;
  const env = options.env ?? process.env;
  const execFn = options.exec ?? defaultExec;
  const url = repositoryUrl(config.repository, env);
  const cleanUrl = withoutCredentials(url);
  const label = OWNER_NAME.test(config.repository) ? config.repository : cleanUrl;
  const gitEnv: NodeJS.ProcessEnv = { ...options.gitEnv };
  if (config.token) {
    if (isHttpUrl(url)) {
      Object.assign(
        gitEnv,
        tokenEnv(cleanUrl, config.token, logger, { ...process.env, ...gitEnv }),
      );
    } else {
      logger.mask(config.token);
      logger.debug(`overlay-repository ${label} is not reached over HTTPS: the token is not used`);
    }
  }
  const dir = await mkdtemp(
    join(options.tempRoot ?? env.RUNNER_TEMP ?? tmpdir(), 'image-promote-gitops-'),
  );
  const cleanup = async (): Promise<void> => {
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const root = await realpath(dir);
    const git = new Git(root, logger, execFn, gitEnv);
    const tokenHint = config.token
      ? 'check that overlay-token can read it (contents: read; write to commit)'
      : 'a private repository needs overlay-token';
    let branch = config.branch;
    if (branch === undefined) {
      const r = await git.run(['ls-remote', '--symref', '--', url, 'HEAD'], { allowFailure: true });
      if (r.exitCode !== 0) {
        throw new UserError(
          redact(`cannot read overlay-repository ${label}: ${lastLine(r.stderr)} — ${tokenHint}`),
        );
      }
      branch = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(r.stdout)?.[1];
      if (branch === undefined) {
        throw new UserError(
          `overlay-repository ${label} has no default branch (is it empty?); set overlay-branch`,
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
      const why = lastLine(clone.stderr);
      throw new UserError(
        redact(
          /Remote branch .* not found/i.test(why)
            ? `overlay-branch ${branch} does not exist in ${label}`
            : `cannot clone overlay-repository ${label}: ${why} — ${tokenHint}`,
        ),
      );
    }
    await git.run(['sparse-checkout', 'set', '--cone', '--stdin'], {
      input: sparseDirectories(paths).join('\n') + '\n',
    });
    await git.run(['checkout', '--quiet', branch]);
    for (const p of paths) {
      const found = await stat(join(root, p)).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!found) {
        throw new UserError(`overlay ${p} does not exist in ${label} (branch ${branch})`);
      }
    }
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
