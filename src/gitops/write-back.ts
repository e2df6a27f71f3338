/**
 * Getting an overlay change into the repository that holds the overlay: commit it, commit
 * and push it (rebase-retry), or propose it as a pull request. One result per repository;
 * a change that was asked to land and did not is an error, never a quiet no-op.
 */
import { UserError } from '../errors.js';
import { githubApiUrl, githubServerUrl, isOnGitHubServer } from '../github/server.js';
import type { RequestTally } from '../http/tally.js';
import { silentLogger, type Logger } from '../log.js';
import { commitOverlays } from './commit.js';
import { createPullRequestApi, type PullRequestApi } from './github.js';
import { proposeChange } from './pull-request.js';
import type { RepositoryResult } from './outputs.js';
import {
  groupByRepository,
  type LocateOptions,
  type OverlayRepository,
  type RepositoryGroup,
} from './repository.js';

/** `commit`: commit only; `push`: commit and push; `pull-request`: push a branch and open a PR. */
export type WriteBackMode = 'commit' | 'push' | 'pull-request';

export interface PullRequestOptions {
  /** The branch image-promote owns (Config.pullRequestBranch, e.g. `image-promote/prod`). */
  branch: string;
  /** Token for the GitHub API (needs pull-requests: write on the repository). */
  token?: string;
  /**
   * GITHUB_SERVER_URL (the repository must be on that server) and GITHUB_API_URL (default:
   * derived from the server); default process.env. See src/github/server.ts.
   */
  env?: NodeJS.ProcessEnv;
  /** For tests, or to share one client: used instead of creating one from token and env. */
  api?: PullRequestApi;
}

export interface WriteBackOptions {
  mode: WriteBackMode;
  /** The whole commit message (subject, blank line, body); redacted before use. */
  message: string;
  /**
   * Re-plan and write the edit of `files` on their current content (called after they were
   * reset to the remote branch's content). The caller re-checks where it may write.
   */
  reapply: (files: readonly string[]) => Promise<void>;
  /** Required for mode `pull-request`. */
  pullRequest?: PullRequestOptions;
  /** Push attempts in all for mode `push` (default 5). */
  maxAttempts?: number;
  /** Commit as the github-actions bot (default) or as git's configured user (the CLI). */
  author?: 'bot' | 'user';
  /** For tests: how to wait between push attempts. */
  sleep?: (ms: number) => Promise<void>;
  logger?: Logger;
  /** The run's request counts: the pull request API's requests go there (src/http/tally.ts). */
  tally?: RequestTally;
}

function pushTarget(repo: OverlayRepository): { remote: string; branch: string } {
  if (repo.remote === undefined) {
    throw new UserError(
      `cannot push the overlay change in ${repo.label}: the repository has no remote`,
    );
  }
  if (repo.branch === undefined) {
    throw new UserError(
      `cannot push the overlay change in ${repo.label}: HEAD is detached and no target branch was given; check out a branch (actions/checkout \`ref: main\`)`,
    );
  }
  return { remote: repo.remote, branch: repo.branch };
}

/** Commits (and pushes, or proposes) `files`, all held by `repo`. */
export async function writeBack(
  repo: OverlayRepository,
  files: readonly string[],
  options: WriteBackOptions,
): Promise<RepositoryResult> {
  const logger = options.logger ?? silentLogger;
  if (options.mode === 'pull-request') {
    const pr = options.pullRequest;
    if (pr === undefined) throw new Error('writeBack: mode pull-request needs pullRequest');
    let api = pr.api;
    if (api === undefined) {
      const env = pr.env ?? process.env;
      // The token goes to the API of the run's GitHub server, which knows only its own
      // repositories: refuse any other before anything is pushed or sent.
      if (repo.remoteUrl === undefined || !isOnGitHubServer(repo.remoteUrl, env)) {
        throw new UserError(
          `commit: pull-request cannot open a pull request for ${repo.label}: its remote (${repo.remoteUrl ?? 'none'}) is not on the GitHub server ${githubServerUrl(env)} (GITHUB_SERVER_URL), whose API is the only one the token is sent to; nothing was pushed — use commit: true for a repository elsewhere`,
        );
      }
      if (repo.github === undefined) {
        throw new UserError(
          `cannot open a pull request for ${repo.label}: its remote (${repo.remoteUrl}) does not name an owner/repository on ${githubServerUrl(env)}`,
        );
      }
      if (!pr.token) {
        throw new UserError(
          `cannot open a pull request for ${repo.label}: no token (set github-token or overlay-token)`,
        );
      }
      api = await createPullRequestApi({
        ...repo.github,
        token: pr.token,
        baseUrl: githubApiUrl(env),
        logger,
        ...(options.tally ? { tally: options.tally } : {}),
      });
    }
    const r = await proposeChange(repo, {
      files,
      message: options.message,
      head: pr.branch,
      reapply: options.reapply,
      api,
      logger,
    });
    return {
      repository: repo.label,
      commit: r.commit,
      committed: r.committed,
      pushed: r.pushed,
      branch: r.pullRequest ? r.branch : (repo.branch ?? r.branch),
      ...(r.pullRequest
        ? { pullRequest: { number: r.pullRequest.number, url: r.pullRequest.url } }
        : {}),
    };
  }
  const push = options.mode === 'push';
  const target = push ? pushTarget(repo) : undefined;
  const r = await commitOverlays(repo.git, {
    files,
    message: options.message,
    push,
    ...(target ?? {}),
    reapply: options.reapply,
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.author ? { author: options.author } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    logger,
  });
  return {
    repository: repo.label,
    commit: r.sha,
    committed: r.committed,
    pushed: r.pushed,
    ...(target ? { branch: target.branch } : repo.branch ? { branch: repo.branch } : {}),
  };
}

export interface CommitFilesOptions extends WriteBackOptions, LocateOptions {}

/**
 * The repositories `files` will be committed in, located and checked before anything is
 * written: every file inside a git repository, and for `push` a remote and a branch to push
 * to. Throws the UserError a later commit would have hit, so nothing is written half-way.
 */
export async function writeBackTargets(
  files: readonly string[],
  mode: WriteBackMode,
  options: LocateOptions,
): Promise<RepositoryGroup[]> {
  const groups = await groupByRepository(files, options);
  if (mode === 'push') for (const g of groups) pushTarget(g.repository);
  return groups;
}

/** Commits (and pushes, or proposes) each located group: one commit per repository. */
export async function writeBackAll(
  groups: readonly RepositoryGroup[],
  options: WriteBackOptions,
): Promise<RepositoryResult[]> {
  const results: RepositoryResult[] = [];
  for (const { repository, files } of groups) {
    results.push(await writeBack(repository, files, options));
  }
  return results;
}

/**
 * "Commit (and push) the files F in the repositories that hold them, with message M": the
 * files are grouped by repository (one commit each, in the order the files come), every
 * repository is checked first (writeBackTargets), then each is written back in turn.
 */
export async function commitFiles(
  files: readonly string[],
  options: CommitFilesOptions,
): Promise<RepositoryResult[]> {
  return writeBackAll(await writeBackTargets(files, options.mode, options), options);
}
