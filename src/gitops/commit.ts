/**
 * Commit the overlay files (and nothing else) and push, retrying when the branch moved:
 * fetch it, move onto it keeping the working tree, restore the overlay files from it, let the
 * caller re-apply its edit to that content, commit again. Two writers racing on one branch
 * both land, each edit applied to the other's result. This module never writes an overlay
 * file itself: re-applying (and re-checking where the file may be written) is the caller's.
 */
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { branchName, type Git } from '../git.js';
import { silentLogger, type Logger } from '../log.js';
import { redact } from '../redact.js';

export const BOT_NAME = 'github-actions[bot]';
export const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

export const BOT_ENV = {
  GIT_AUTHOR_NAME: BOT_NAME,
  GIT_AUTHOR_EMAIL: BOT_EMAIL,
  GIT_COMMITTER_NAME: BOT_NAME,
  GIT_COMMITTER_EMAIL: BOT_EMAIL,
};

export interface CommitParams {
  /** Overlay files: absolute, or relative to `git.cwd`. */
  files: readonly string[];
  message: string;
  push: boolean;
  /** Default `origin`. */
  remote?: string;
  /** Default: the checked-out branch. */
  branch?: string;
  /** Push attempts in all (default 5). */
  maxAttempts?: number;
  /**
   * Re-plan and write the overlay edit on the files as they are now (after they were reset
   * to the remote branch's content). Gets the files it is asked to re-apply, as given.
   */
  reapply: (files: readonly string[]) => Promise<void>;
  /** For tests: how to wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
  logger?: Logger;
  /**
   * Who the commit is by: the github-actions bot (default, for the action), or the identity
   * git is configured with (the CLI on a laptop).
   */
  author?: 'bot' | 'user';
}

export interface CommitResult {
  /**
   * The commit that holds the change: the one made (and pushed), or, when there was nothing
   * to commit, the remote branch tip that already holds it (HEAD when not pushing).
   */
  sha: string;
  committed: boolean;
  pushed: boolean;
  /** Push attempts made (0 when not pushing). */
  attempts: number;
}

// What git says when the remote branch moved (or a concurrent push won the ref lock).
const RETRYABLE =
  /non-fast-forward|fetch first|\[rejected\]|cannot lock ref|failed to update ref|stale info|incorrect old value/i;

function backoff(attempt: number): number {
  return Math.min(15000, 1000 * 2 ** (attempt - 1)) + Math.floor(Math.random() * 250);
}

const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * The pathspecs of `files` (absolute, or relative to git.cwd): relative to git.cwd,
 * `/`-separated. Symlinked overlays are edited through their target, so that is what gets
 * committed; a file outside the repository is refused.
 */
export async function repositoryPaths(git: Git, files: readonly string[]): Promise<string[]> {
  const cwd = await realpath(git.cwd);
  const top = await realpath(await git.topLevel());
  return Promise.all(
    files.map(async (f) => {
      const real = await realpath(resolve(git.cwd, f));
      const inTop = relative(top, real);
      if (inTop === '' || inTop.startsWith('..') || isAbsolute(inTop)) {
        throw new UserError(`${f} is not inside the git repository at ${top}`);
      }
      return relative(cwd, real).split(sep).join('/');
    }),
  );
}

export async function headCommit(git: Git): Promise<string> {
  const sha = await git.resolveCommit('HEAD');
  if (sha === undefined) throw new UserError(`the repository at ${git.cwd} has no commit yet`);
  return sha;
}

/** Commits `paths` if they differ from HEAD; returns whether a commit was made. */
async function commitPaths(
  git: Git,
  paths: readonly string[],
  message: string,
  author: 'bot' | 'user' = 'bot',
): Promise<boolean> {
  await git.run(['add', '--', ...paths]);
  const staged = await git.run(['diff', '--cached', '--quiet', '--', ...paths], {
    allowFailure: true,
  });
  if (staged.exitCode === 0) return false;
  // --only: other staged changes stay out; hooks and signing are the repository's business,
  // not an automated deploy commit's. The message comes through stdin, never argv.
  await git.run(
    [
      '-c',
      'commit.gpgsign=false',
      'commit',
      '--no-verify',
      '--only',
      '--quiet',
      '--file=-',
      '--',
      ...paths,
    ],
    { ...(author === 'bot' ? { env: BOT_ENV } : {}), input: redact(message) },
  );
  return true;
}

async function currentBranch(git: Git): Promise<string> {
  const branch = await git.currentBranch();
  if (branch === undefined) {
    throw new UserError('cannot push the overlay commit: HEAD is detached and no branch was given');
  }
  return branch;
}

/** Fetches `branch` from `remote` and returns its tip (FETCH_HEAD). */
export async function fetchBranchTip(git: Git, remote: string, branch: string): Promise<string> {
  const r = await git.fetchBranch(remote, branch);
  if (r.exitCode !== 0) {
    throw new UserError(
      redact(`cannot fetch ${branch} from ${remote}: ${lastLine(r.stderr) || 'git fetch failed'}`),
    );
  }
  const tip = await git.resolveCommit('FETCH_HEAD');
  if (tip === undefined) throw new UserError(`fetching ${branch} from ${remote} gave no commit`);
  return tip;
}

/** The last line of git's output: what went wrong, for an error message. */
export function lastLine(text: string): string {
  return text.trim().split('\n').pop()?.trim() ?? '';
}

/** True when the work tree's `paths` have the content they have in `commit`. */
async function holds(git: Git, commit: string, paths: readonly string[]): Promise<boolean> {
  const r = await git.run(['diff', '--quiet', '--end-of-options', commit, '--', ...paths], {
    allowFailure: true,
  });
  return r.exitCode === 0;
}

export async function commitOverlays(git: Git, params: CommitParams): Promise<CommitResult> {
  const logger = params.logger ?? silentLogger;
  const sleep = params.sleep ?? defaultSleep;
  const remote = params.remote ?? 'origin';
  const maxAttempts = Math.max(1, params.maxAttempts ?? 5);
  const paths = await repositoryPaths(git, params.files);
  // Know where to push before committing, so a failure leaves no commit behind.
  const branch = params.push
    ? branchName(
        params.branch ?? (await currentBranch(git)),
        'the branch to push the overlay commit to',
      )
    : undefined;
  let committed = await commitPaths(git, paths, params.message, params.author);
  if (branch === undefined) {
    return { sha: await headCommit(git), committed, pushed: false, attempts: 0 };
  }

  /** Moves onto `tip` and re-applies the edit there; returns whether that made a commit. */
  const rebaseOnto = async (tip: string): Promise<boolean> => {
    // Keep the working tree (build output, other changes) as is; only the overlay files are
    // reset to the tip's content before the edit is re-applied.
    await git.run(['reset', '--quiet', tip]);
    await git.run(['checkout', tip, '--', ...paths]);
    await params.reapply(params.files);
    return commitPaths(git, paths, params.message, params.author);
  };

  if (!committed) {
    // Nothing new here. The change counts as landed only when the remote branch holds it;
    // do not push whatever else the local branch may hold.
    const tip = await fetchBranchTip(git, remote, branch);
    const head = await headCommit(git);
    if (tip === head || (await holds(git, tip, paths))) {
      return { sha: tip, committed: false, pushed: false, attempts: 0 };
    }
    if (!(await git.isAncestor(head, tip))) {
      throw new UserError(
        `${remote} ${branch} does not have the overlay change, and it is in local commits that ${remote} does not have: push them, or reset ${branch} to ${remote}/${branch} and run again`,
      );
    }
    logger.info(`${branch} moved on ${remote}; applying the overlay change on top of it`);
    committed = await rebaseOnto(tip);
    if (!committed) return { sha: tip, committed: false, pushed: false, attempts: 0 };
  }
  for (let attempt = 1; ; attempt++) {
    const push = await git.run(
      ['push', '--porcelain', '--no-verify', '--', remote, `HEAD:refs/heads/${branch}`],
      { allowFailure: true },
    );
    if (push.exitCode === 0)
      return { sha: await headCommit(git), committed, pushed: true, attempts: attempt };
    const output = `${push.stdout}\n${push.stderr}`.trim();
    if (!RETRYABLE.test(output)) {
      throw new UserError(
        redact(`git push to ${remote} ${branch} failed: ${push.stderr.trim() || output}`),
      );
    }
    if (attempt >= maxAttempts) {
      throw new UserError(
        `could not push the overlay commit to ${remote} ${branch} after ${attempt} attempts: the branch kept moving`,
      );
    }
    const wait = backoff(attempt);
    logger.info(
      `${branch} moved on ${remote}; re-applying the overlay change on top (attempt ${attempt + 1} of ${maxAttempts}, in ${wait} ms)`,
    );
    await sleep(wait);
    const tip = await fetchBranchTip(git, remote, branch);
    committed = await rebaseOnto(tip);
    if (!committed) {
      logger.info(`${remote} ${branch} already has the overlay change; nothing to push`);
      return { sha: tip, committed: false, pushed: false, attempts: attempt };
    }
  }
}
