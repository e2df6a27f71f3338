/**
 * `commit: pull-request`: the overlay change as one commit on top of the target branch's
 * tip, force-pushed to a branch image-promote owns (`image-promote/<environment>`), and one
 * pull request from it, opened or updated. The commit is built with a private index and
 * `commit-tree`: the checkout's branch, HEAD and index stay as they were.
 *
 * Idempotent: when the branch already holds exactly this change (same parent, same tree)
 * nothing is pushed, and an open pull request is returned as it is (its title and body
 * updated only when they differ).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage, UserError } from '../errors.js';
import { ExecError } from '../exec.js';
import { branchName } from '../git.js';
import { silentLogger, type Logger } from '../log.js';
import { redact } from '../redact.js';
import { BOT_ENV, fetchBranchTip, headCommit, lastLine, repositoryPaths } from './commit.js';
import type { PullRequestApi, PullRequestFields } from './github.js';
import type { OverlayRepository } from './repository.js';

export interface ProposeParams {
  /** Overlay files: absolute, or relative to the repository root. */
  files: readonly string[];
  message: string;
  /** The branch image-promote owns and force-pushes (Config.pullRequestBranch). */
  head: string;
  /** The branch the pull request targets; default: the repository's branch. */
  base?: string;
  /** Re-plan and write the overlay edit on the files as they are now (the target's content). */
  reapply: (files: readonly string[]) => Promise<void>;
  api: PullRequestApi;
  logger?: Logger;
}

export interface ProposeResult {
  /** The commit on `head`, or the target's tip when that already holds the change. */
  commit: string;
  committed: boolean;
  pushed: boolean;
  branch: string;
  pullRequest?: { number: number; url: string; created: boolean; updated: boolean };
}

/** Subject → title; the rest (after the blank line) → body. */
export function pullRequestFields(message: string): PullRequestFields {
  const text = redact(message).replace(/\r\n/g, '\n').trim();
  const [subject = '', ...rest] = text.split('\n');
  return { title: subject.trim(), body: rest.join('\n').trim() };
}

interface CommitInfo {
  tree: string;
  parents: string[];
}

/** Tree and parents from the raw commit object (a shallow clone's grafts do not hide them). */
async function commitInfo(
  repo: OverlayRepository,
  commit: string,
): Promise<CommitInfo | undefined> {
  const text = await repo.git.commitObject(commit);
  if (text === undefined) return undefined;
  const header = text.split('\n\n')[0] ?? '';
  const tree = /^tree ([0-9a-f]+)$/m.exec(header)?.[1];
  if (tree === undefined) return undefined;
  const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1] ?? '');
  return { tree, parents };
}

/** The tip of `branch` on the remote, or undefined when the branch does not exist. */
async function remoteBranchTip(
  repo: OverlayRepository,
  remote: string,
  branch: string,
): Promise<string | undefined> {
  try {
    const [tip] = await repo.git.lsRemote(remote, [`refs/heads/${branch}`]);
    return tip?.sha;
  } catch (err) {
    const why = err instanceof ExecError ? lastLine(err.stderr) : errorMessage(err);
    throw new UserError(redact(`cannot read the branches of ${repo.label}: ${why}`));
  }
}

/** The tree of the target's tip with the work tree's `paths`, written with a private index. */
async function treeWith(
  repo: OverlayRepository,
  base: string,
  paths: readonly string[],
): Promise<string> {
  const gitDir = await repo.git.absoluteGitDir();
  const index = join(gitDir, `image-promote-${process.pid}-${Date.now()}.index`);
  const env = { GIT_INDEX_FILE: index };
  try {
    await repo.git.run(['read-tree', '--end-of-options', base], { env });
    await repo.git.run(['update-index', '--add', '--remove', '--', ...paths], { env });
    return (await repo.git.run(['write-tree'], { env })).stdout.trim();
  } finally {
    await rm(index, { force: true });
  }
}

export async function proposeChange(
  repo: OverlayRepository,
  params: ProposeParams,
): Promise<ProposeResult> {
  const logger = params.logger ?? silentLogger;
  const { remote } = repo;
  const base = params.base ?? repo.branch;
  if (remote === undefined) {
    throw new UserError(
      `cannot open a pull request for ${repo.label}: the repository has no remote to push to`,
    );
  }
  if (base === undefined) {
    throw new UserError(
      `cannot open a pull request for ${repo.label}: HEAD is detached and no target branch was given; check out a branch`,
    );
  }
  branchName(params.head, 'pull-request-branch');
  branchName(base, 'the branch the pull request targets');
  if (base === params.head) {
    throw new UserError(
      `pull-request-branch "${params.head}" is the branch the pull request targets; choose another one`,
    );
  }
  const paths = await repositoryPaths(repo.git, params.files);
  const baseTip = await fetchBranchTip(repo.git, remote, base);
  // The edit was made on HEAD's content; when the target has other content, redo it there.
  const head = await headCommit(repo.git);
  const differ = await repo.git.run(
    ['diff', '--quiet', '--end-of-options', head, baseTip, '--', ...paths],
    {
      allowFailure: true,
    },
  );
  if (differ.exitCode !== 0) {
    logger.info(`${base} has moved on ${remote}; applying the overlay change on top of it`);
    await repo.git.run(['restore', `--source=${baseTip}`, '--worktree', '--', ...paths]);
    await params.reapply(params.files);
  }
  const tree = await treeWith(repo, baseTip, paths);
  const baseInfo = await commitInfo(repo, baseTip);
  if (baseInfo?.tree === tree) {
    logger.info(`${base} already has the overlay change; no pull request needed`);
    return { commit: baseTip, committed: false, pushed: false, branch: params.head };
  }

  const fields = pullRequestFields(params.message);
  const branchTip = await remoteBranchTip(repo, remote, params.head);
  let commit: string | undefined;
  if (branchTip !== undefined) {
    await repo.git.fetchBranch(remote, params.head);
    const info = await commitInfo(repo, branchTip);
    if (info?.tree === tree && info.parents.length === 1 && info.parents[0] === baseTip) {
      commit = branchTip;
    }
  }
  let pushed = false;
  const committed = commit === undefined;
  if (commit === undefined) {
    commit = (
      await repo.git.run(['commit-tree', tree, '-p', baseTip, '-F', '-'], {
        env: BOT_ENV,
        input: redact(params.message),
      })
    ).stdout.trim();
    // The branch belongs to image-promote: whatever it held is replaced.
    const push = await repo.git.run(
      [
        'push',
        '--porcelain',
        '--no-verify',
        '--force',
        '--',
        remote,
        `${commit}:refs/heads/${params.head}`,
      ],
      { allowFailure: true },
    );
    if (push.exitCode !== 0) {
      throw new UserError(
        redact(`git push of ${params.head} to ${repo.label} failed: ${lastLine(push.stderr)}`),
      );
    }
    pushed = true;
    logger.info(`pushed the overlay change to ${params.head} on ${repo.label}`);
  } else {
    logger.info(`${params.head} on ${repo.label} already holds this change; nothing to push`);
  }

  const open = await params.api.findOpen(params.head, base);
  if (open) {
    const same = open.title === fields.title && open.body.trim() === fields.body;
    const pr = same ? open : await params.api.update(open.number, fields);
    if (!same) logger.info(`updated pull request #${pr.number}: ${pr.url}`);
    return {
      commit,
      committed,
      pushed,
      branch: params.head,
      pullRequest: { number: pr.number, url: pr.url, created: false, updated: !same },
    };
  }
  const pr = await params.api.create(params.head, base, fields);
  logger.info(`opened pull request #${pr.number}: ${pr.url}`);
  return {
    commit,
    committed,
    pushed,
    branch: params.head,
    pullRequest: { number: pr.number, url: pr.url, created: true, updated: false },
  };
}
