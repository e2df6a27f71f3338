/**
 * Where the overlay lives, and how its change gets there: the repository that holds each
 * overlay file (a nested checkout is its own repository), a separate GitOps repository
 * cloned for the run, and the write-back modes (commit, push with rebase-retry, pull
 * request). See docs/gitops.md.
 */
export {
  basicCredentials,
  isHttpUrl,
  isLoopbackHost,
  redirectProblem,
  tokenDecision,
  tokenEnv,
  withoutCredentials,
} from './auth.js';
export type { TokenDecision, TokenPolicy } from './auth.js';
export {
  checkOverlayRepository,
  cloneOverlayRepository,
  repositoryTransport,
  repositoryUrl,
  sparseDirectories,
} from './clone.js';
export type { ClonedRepository, CloneOptions, RepositoryTransport } from './clone.js';
export { BOT_EMAIL, BOT_NAME, commitOverlays } from './commit.js';
export type { CommitParams, CommitResult } from './commit.js';
export { createPullRequestApi } from './github.js';
export type { PullRequest, PullRequestApi, PullRequestFields } from './github.js';
export { proposeChange, pullRequestFields } from './pull-request.js';
export { githubRepositoryOf, groupByRepository, locateRepository } from './repository.js';
export type {
  GitHubRepository,
  GitOptions,
  LocateOptions,
  OverlayRepository,
  RepositoryGroup,
} from './repository.js';
export { gitopsOutputs, summarizeCommits } from './outputs.js';
export type { CommitsSummary, GitOpsOutputs, RepositoryResult } from './outputs.js';
export { commitFiles, writeBack, writeBackAll, writeBackTargets } from './write-back.js';
export type {
  CommitFilesOptions,
  PullRequestOptions,
  WriteBackMode,
  WriteBackOptions,
} from './write-back.js';
