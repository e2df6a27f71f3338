/**
 * Where the overlay lives, and how its change gets there: the repository that holds each
 * overlay file (a nested checkout is its own repository), a separate GitOps repository
 * cloned for the run, and the write-back modes (commit, push with rebase-retry, pull
 * request). See docs/gitops.md.
 */
export {
  basicCredentials,
  isLoopbackHost,
  redirectProblem,
  tokenDecision,
  tokenEnv,
  withoutCredentials,
} from './auth.js';
export {
  checkOverlayRepository,
  cloneOverlayRepository,
  repositoryTransport,
  repositoryUrl,
  sparseDirectories,
} from './clone.js';
export type { ClonedRepository, CloneOptions } from './clone.js';
export { BOT_EMAIL, BOT_NAME, commitOverlays } from './commit.js';
export { createPullRequestApi } from './github.js';
export type { PullRequest } from './github.js';
export { proposeChange, pullRequestFields } from './pull-request.js';
export { githubRepositoryOf, groupByRepository, locateRepository } from './repository.js';
export type { RepositoryGroup } from './repository.js';
export { gitopsOutputs, summarizeCommits } from './outputs.js';
export type { CommitsSummary, RepositoryResult } from './outputs.js';
export { commitFiles, writeBack, writeBackAll, writeBackTargets } from './write-back.js';
export type { WriteBackMode, WriteBackOptions } from './write-back.js';
