/**
 * Commit the overlay files (and nothing else) and push, retrying when the branch moved:
 * fetch it, move onto it keeping the working tree, restore the overlay files from it, let the
 * engine re-apply its edit to that content, commit again. Two writers racing on one branch
 * both land, each edit applied to the other's result.
 */
import { realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { Git } from '../git.js';
import { silentLogger, type Logger } from '../log.js';

export const BOT_NAME = 'github-actions[bot]';
export const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

const BOT_ENV = {
  GIT_AUTHOR_NAME: BOT_NAME,
  GIT_AUTHOR_EMAIL: BOT_EMAIL,
  GIT_COMMITTER_NAME: BOT_NAME,
  GIT_COMMITTER_EMAIL: BOT_EMAIL,
};

export interface CommitParams {
  /** Workspace-relative (git.cwd-relative) overlay files. */
  files: readonly string[];
  message: string;
  push: boolean;
  /** Default `origin`. */
  remote?: string;
  /** Default: the checked-out branch. */
  branch?: string;
  /** Push attempts in all (default 5). */
  maxAttempts?: number;
  /** Re-plan and write the overlay edit on the files as they are now (after a reset). */
  reapply: () => Promise<void>;
  /** For tests: how to wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
  logger?: Logger;
}

export interface CommitResult {
  /** The commit that holds the change (HEAD when there was nothing to commit). */
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

/** Symlinked overlays are edited through their target, so that is what gets committed. */
async function gitPaths(git: Git, files: readonly string[]): Promise<string[]> {
  const root = await realpath(git.cwd);
  return Promise.all(
    files.map(async (f) =>
      relative(root, await realpath(join(git.cwd, f)))
        .split(sep)
        .join('/'),
    ),
  );
}

async function head(git: Git): Promise<string> {
  return (await git.run(['rev-parse', 'HEAD'])).stdout.trim();
}

/** Commits `paths` if they differ from HEAD; returns whether a commit was made. */
async function commitPaths(git: Git, paths: readonly string[], message: string): Promise<boolean> {
  await git.run(['add', '--', ...paths]);
  const staged = await git.run(['diff', '--cached', '--quiet', '--', ...paths], {
    allowFailure: true,
  });
  if (staged.exitCode === 0) return false;
  // --only: other staged changes stay out; hooks and signing are the repository's business,
  // not an automated deploy commit's.
  await git.run(
    [
      '-c',
      'commit.gpgsign=false',
      'commit',
      '--no-verify',
      '--only',
      '--quiet',
      '-m',
      message,
      '--',
      ...paths,
    ],
    { env: BOT_ENV },
  );
  return true;
}

async function currentBranch(git: Git): Promise<string> {
  const r = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
  const branch = r.stdout.trim();
  if (r.exitCode !== 0 || branch === '') {
    throw new UserError('cannot push the overlay commit: HEAD is detached and no branch was given');
  }
  return branch;
}

export async function commitOverlays(git: Git, params: CommitParams): Promise<CommitResult> {
  const logger = params.logger ?? silentLogger;
  const sleep = params.sleep ?? defaultSleep;
  const remote = params.remote ?? 'origin';
  const maxAttempts = Math.max(1, params.maxAttempts ?? 5);
  const paths = await gitPaths(git, params.files);
  // Know where to push before committing, so a failure leaves no commit behind.
  const branch = params.push ? (params.branch ?? (await currentBranch(git))) : undefined;
  let committed = await commitPaths(git, paths, params.message);
  // Nothing new: do not push whatever else the local branch may hold.
  if (branch === undefined || !committed) {
    return { sha: await head(git), committed, pushed: false, attempts: 0 };
  }
  for (let attempt = 1; ; attempt++) {
    const push = await git.run(
      ['push', '--porcelain', '--no-verify', remote, `HEAD:refs/heads/${branch}`],
      {
        allowFailure: true,
      },
    );
    if (push.exitCode === 0)
      return { sha: await head(git), committed, pushed: true, attempts: attempt };
    const output = `${push.stdout}\n${push.stderr}`.trim();
    if (!RETRYABLE.test(output)) {
      throw new UserError(
        `git push to ${remote} ${branch} failed: ${push.stderr.trim() || output}`,
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
    await git.run(['fetch', '--no-tags', remote, `refs/heads/${branch}`]);
    const tip = (await git.run(['rev-parse', 'FETCH_HEAD'])).stdout.trim();
    // Move onto the remote tip, keeping the working tree (build output, other changes) as is;
    // only the overlay files are reset to the tip's content before the edit is re-applied.
    await git.run(['reset', '--quiet', tip]);
    await git.run(['checkout', tip, '--', ...paths]);
    await params.reapply();
    committed = await commitPaths(git, paths, params.message);
    if (!committed) {
      logger.info(`${remote} ${branch} already has the overlay change; nothing to push`);
      return { sha: tip, committed: false, pushed: false, attempts: attempt };
    }
  }
}
