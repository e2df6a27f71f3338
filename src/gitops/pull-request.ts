/**
 * `commit: pull-request`: the overlay change as a commit on a branch image-promote keeps
 * (`image-promote/<environment>`), and one pull request from it, opened or updated. The
 * commit is built with a private index and `commit-tree`: the checkout's branch, HEAD and
 * index stay as they were.
 *
 * image-promote never drops a commit it did not make. Its own commits are recognised by
 * their author and committer (both the github-actions bot identity, BOT_NAME / BOT_EMAIL)
 * together with the trailer `Image-Promote-Branch: <branch>` (OWN_COMMIT_TRAILER) that it
 * puts under every message it commits there. The commits of the branch that the target does
 * not have come from GitHub's comparison (exact in a shallow clone) and are each read from
 * the fetched branch itself, so the identity checked is the one hashed into the commit.
 *
 * - The branch holds only image-promote's commits: it is replaced by one commit on top of
 *   the target's tip (`--force-with-lease` on the tip that was checked).
 * - It holds commits of someone else and its pull request is open: the change is re-applied
 *   on the branch's content and added on top of them (a fast-forward).
 * - It holds commits of someone else and no pull request is open: refused, naming them.
 *
 * Idempotent: when the branch already holds exactly this change nothing is pushed and the
 * open pull request is left as it is; title and body are updated only with a new commit.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage, UserError } from '../errors.js';
import { ExecError } from '../exec.js';
import { branchName } from '../git.js';
import { silentLogger, type Logger } from '../log.js';
import { redact } from '../redact.js';
import {
  BOT_EMAIL,
  BOT_ENV,
  BOT_NAME,
  fetchBranchTip,
  headCommit,
  lastLine,
  repositoryPaths,
} from './commit.js';
import type { PullRequest, PullRequestApi, PullRequestFields } from './github.js';
import type { OverlayRepository } from './repository.js';

/** The trailer that marks image-promote's commits on its pull request branch. */
export const OWN_COMMIT_TRAILER = 'Image-Promote-Branch';

/** Pushes in all when the branch moves between reading and pushing it. */
const MAX_PUSH_ATTEMPTS = 3;

export interface ProposeParams {
  /** Overlay files: absolute, or relative to the repository root. */
  files: readonly string[];
  message: string;
  /** The branch image-promote keeps (Config.pullRequestBranch). */
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

/** Subject → title; the rest (after the blank line, without image-promote's trailer) → body. */
export function pullRequestFields(message: string): PullRequestFields {
  const text = redact(message).replace(/\r\n/g, '\n').trim();
  const [subject = '', ...rest] = text.split('\n');
  const body = rest
    .join('\n')
    .replace(new RegExp(`(?:^|\\n)${OWN_COMMIT_TRAILER}: [^\\n]*$`), '')
    .trim();
  return { title: subject.trim(), body };
}

/**
 * The message image-promote commits on `head`: the message and the trailer that marks it —
 * in the message's own trailer block when it ends with one (the deploy record: git, and the
 * record's reader, take only the last paragraph as trailers).
 */
export function ownCommitMessage(message: string, head: string): string {
  const text = redact(message).replace(/\r\n/g, '\n').trim();
  const last = text.split(/\n\s*\n/).at(-1) ?? '';
  const trailers = text.includes('\n\n') && /^(?:[A-Za-z0-9-]+: [^\n]*(?:\n|$))+$/.test(last);
  return `${text}${trailers ? '\n' : '\n\n'}${OWN_COMMIT_TRAILER}: ${head}\n`;
}

interface CommitInfo {
  tree: string;
  parents: string[];
  author: string;
  committer: string;
  message: string;
}

/**
 * Tree, parents, identities and message from the raw commit object (a shallow clone's grafts
 * do not hide the parents); undefined when the commit is not here.
 */
async function commitInfo(
  repo: OverlayRepository,
  commit: string,
): Promise<CommitInfo | undefined> {
  const text = await repo.git.commitObject(commit);
  if (text === undefined) return undefined;
  const split = text.indexOf('\n\n');
  const header = split === -1 ? text : text.slice(0, split);
  const message = split === -1 ? '' : text.slice(split + 2);
  const tree = /^tree ([0-9a-f]+)$/m.exec(header)?.[1];
  if (tree === undefined) return undefined;
  const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1] ?? '');
  const identity = (role: string): string =>
    new RegExp(`^${role} (.*) \\d+ [+-]\\d{4}$`, 'm').exec(header)?.[1] ?? '';
  return { tree, parents, author: identity('author'), committer: identity('committer'), message };
}

/** True for a commit image-promote made on `head` (see the module comment). */
function isOwnCommit(info: CommitInfo, head: string): boolean {
  const bot = `${BOT_NAME} <${BOT_EMAIL}>`;
  if (info.author !== bot || info.committer !== bot) return false;
  const paragraphs = info.message.trim().split(/\n\s*\n/);
  const trailers = (paragraphs.at(-1) ?? '').split('\n');
  return trailers.includes(`${OWN_COMMIT_TRAILER}: ${head}`);
}

/** `1a2b3c4 "subject" by Name` for messages. */
function describeCommit(sha: string, info: CommitInfo): string {
  const subject = info.message.split('\n')[0]?.trim() ?? '';
  const name = info.author.replace(/\s*<[^>]*>$/, '');
  return `${sha.slice(0, 7)} "${subject.length > 60 ? `${subject.slice(0, 59)}…` : subject}" by ${name}`;
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

/** The tree of `base` with the work tree's `paths`, written with a private index. */
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

/** Where the change goes on `head`, decided from what the branch holds. */
type Placement =
  /** The branch holds the change already: nothing to push. */
  | { kind: 'holds'; commit: string; open?: PullRequest }
  /** A new commit with `tree` on `parent`, pushed over `lease` ('' = the branch must not exist). */
  | { kind: 'push'; tree: string; parent: string; lease: string; open?: PullRequest };

interface Target {
  remote: string;
  base: string;
  baseTip: string;
  /** The change on the target's tip. */
  tree: string;
  paths: string[];
}

/** Decides how the change gets onto `head` without dropping a commit image-promote did not make. */
async function place(
  repo: OverlayRepository,
  params: ProposeParams,
  target: Target,
  logger: Logger,
): Promise<Placement> {
  const { remote, base, baseTip, tree, paths } = target;
  const head = params.head;
  const branchTip = await remoteBranchTip(repo, remote, head);
  if (branchTip === undefined) return { kind: 'push', tree, parent: baseTip, lease: '' };
  const fetched = await repo.git.fetchBranch(remote, head, { noTags: true });
  const tipInfo = await commitInfo(repo, branchTip);
  if (fetched.exitCode !== 0 || tipInfo === undefined) {
    throw new UserError(
      redact(
        `cannot fetch ${head} from ${repo.label} to check what it holds: ${lastLine(fetched.stderr) || `its tip ${branchTip.slice(0, 7)} did not arrive`}`,
      ),
    );
  }
  if (tipInfo.tree === tree && tipInfo.parents.length === 1 && tipInfo.parents[0] === baseTip) {
    return { kind: 'holds', commit: branchTip };
  }
  // What a pull request from the branch would carry: the commits the target does not have.
  const ahead = await params.api.commitsAhead(baseTip, branchTip);
  if (ahead.length > 0 && ahead.at(-1) !== branchTip) {
    throw new UserError(
      `GitHub's comparison of ${base} with ${head} does not end at ${head}'s tip ${branchTip.slice(0, 7)} (the branch moved meanwhile?); run again`,
    );
  }
  const foreign: string[] = [];
  for (const sha of ahead) {
    const info = await commitInfo(repo, sha);
    if (info === undefined) {
      throw new UserError(
        `commit ${sha.slice(0, 7)} of ${head} is not in the fetched branch; image-promote cannot check who made it — run again`,
      );
    }
    if (!isOwnCommit(info, head)) foreign.push(describeCommit(sha, info));
  }
  if (foreign.length === 0) {
    // Only image-promote's own commits: replaced by one commit on the target's tip.
    return { kind: 'push', tree, parent: baseTip, lease: branchTip };
  }
  const listed = `${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ` and ${foreign.length - 3} more` : ''}`;
  const open = await params.api.findOpen(head, base);
  if (open === undefined) {
    throw new UserError(
      redact(
        `${head} on ${repo.label} has ${foreign.length === 1 ? 'a commit' : `${foreign.length} commits`} that image-promote did not make (${listed}) and no open pull request into ${base}; image-promote does not replace ${foreign.length === 1 ? 'it' : 'them'} — merge or delete ${head} (or set another pull-request-branch), then run again`,
      ),
    );
  }
  logger.warning(
    redact(
      `${head} has ${foreign.length === 1 ? 'a commit' : 'commits'} image-promote did not make (${listed}); the overlay change goes on top of ${foreign.length === 1 ? 'it' : 'them'} in pull request #${open.number} instead of replacing the branch`,
    ),
  );
  await repo.git.run(['restore', `--source=${branchTip}`, '--worktree', '--', ...paths]);
  await params.reapply(params.files);
  const onBranch = await treeWith(repo, branchTip, paths);
  if (onBranch === tipInfo.tree) return { kind: 'holds', commit: branchTip, open };
  return { kind: 'push', tree: onBranch, parent: branchTip, lease: branchTip, open };
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
    { allowFailure: true },
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
  const target: Target = { remote, base, baseTip, tree, paths };

  let placement = await place(repo, params, target, logger);
  let commit: string;
  let pushed = false;
  for (let attempt = 1; ; attempt++) {
    if (placement.kind === 'holds') {
      commit = placement.commit;
      logger.info(`${params.head} on ${repo.label} already holds this change; nothing to push`);
      break;
    }
    const made = (
      await repo.git.run(['commit-tree', placement.tree, '-p', placement.parent, '-F', '-'], {
        env: BOT_ENV,
        input: ownCommitMessage(params.message, params.head),
      })
    ).stdout.trim();
    // The lease: the branch is replaced only if it still is what was checked.
    const push = await repo.git.run(
      [
        'push',
        '--porcelain',
        '--no-verify',
        `--force-with-lease=refs/heads/${branchName(params.head, 'pull-request-branch')}:${placement.lease}`,
        '--',
        remote,
        `${made}:refs/heads/${params.head}`,
      ],
      { allowFailure: true },
    );
    if (push.exitCode === 0) {
      commit = made;
      pushed = true;
      logger.info(`pushed the overlay change to ${params.head} on ${repo.label}`);
      break;
    }
    const output = `${push.stdout}\n${push.stderr}`;
    if (!/stale info|\[rejected\]|fetch first|non-fast-forward/i.test(output)) {
      throw new UserError(
        redact(`git push of ${params.head} to ${repo.label} failed: ${lastLine(push.stderr)}`),
      );
    }
    if (attempt >= MAX_PUSH_ATTEMPTS) {
      throw new UserError(
        `${params.head} on ${repo.label} kept changing while image-promote was writing to it (${attempt} attempts); run again`,
      );
    }
    logger.info(`${params.head} moved on ${repo.label}; checking it again`);
    // Back to the change on the target's content before deciding again.
    if (placement.parent !== baseTip) {
      await repo.git.run(['restore', `--source=${baseTip}`, '--worktree', '--', ...paths]);
      await params.reapply(params.files);
    }
    placement = await place(repo, params, target, logger);
  }
  const result = { commit, committed: pushed, pushed, branch: params.head };
  const open = placement.open ?? (await params.api.findOpen(params.head, base));
  if (open) {
    let pr = open;
    let updated = false;
    if (pushed) {
      // A new commit: the pull request says what it now carries.
      const fields = pullRequestFields(params.message);
      const same = open.title === fields.title && open.body.trim() === fields.body;
      if (!same && fields.title !== '') {
        pr = await params.api.update(open.number, fields);
        updated = true;
        logger.info(`updated pull request #${pr.number}: ${pr.url}`);
      }
    }
    return { ...result, pullRequest: { number: pr.number, url: pr.url, created: false, updated } };
  }
  // The branch's commit describes the change it holds (this run's message may not: a run in
  // a checkout that holds the edit already has nothing to list).
  const info = pushed ? undefined : await commitInfo(repo, commit);
  const fields = pullRequestFields(info?.message ?? params.message);
  if (fields.title === '') fields.title = `image-promote: update ${params.head}`;
  const pr = await params.api.create(params.head, base, fields);
  logger.info(`opened pull request #${pr.number}: ${pr.url}`);
  return {
    ...result,
    pullRequest: { number: pr.number, url: pr.url, created: true, updated: false },
  };
}
