/**
 * What a run says of its overlay write-back, pure: the per-repository results, the report's
 * summary of them and the action outputs (`commit-sha`, `commits`, `pull-request-*`).
 */

/** What happened in one repository; the engine's `commits` output maps label → this. */
export interface RepositoryResult {
  /** `owner/name`, a URL without credentials, or a workspace-relative path (`.`, `gitops`). */
  repository: string;
  /** The commit that holds the change (made now, or already there); absent when none does. */
  commit?: string;
  /** A commit was made by this run. */
  committed: boolean;
  /** Something was pushed by this run. */
  pushed: boolean;
  pullRequest?: { number: number; url: string };
  /** The branch the change is on (the pushed branch; the pull request's head branch). */
  branch?: string;
}

export interface GitOpsOutputs {
  /** The first repository's commit ('' when none). */
  commitSha: string;
  /** JSON object: repository label → its result (without the label). */
  commits: string;
  /** The first pull request's number ('' when none). */
  pullRequestNumber: string;
  pullRequestUrl: string;
}

export interface CommitsSummary {
  /** The first repository's commit ('' when none). */
  commitSha: string;
  /** Repository label → its result (without the label). */
  commits: Record<string, Omit<RepositoryResult, 'repository'>>;
  /** The first pull request. */
  pullRequest?: { number: number; url: string };
}

/** What the report and the outputs say of write-back results (first overlay's repository first). */
export function summarizeCommits(results: readonly RepositoryResult[]): CommitsSummary {
  const commits: CommitsSummary['commits'] = {};
  for (const { repository, ...rest } of results) commits[repository] = rest;
  const pullRequest = results.find((r) => r.pullRequest)?.pullRequest;
  return { commitSha: results[0]?.commit ?? '', commits, ...(pullRequest ? { pullRequest } : {}) };
}

/** The action outputs for write-back results. */
export function gitopsOutputs(results: readonly RepositoryResult[]): GitOpsOutputs {
  const { commitSha, commits, pullRequest } = summarizeCommits(results);
  return {
    commitSha,
    commits: JSON.stringify(commits),
    pullRequestNumber: pullRequest ? String(pullRequest.number) : '',
    pullRequestUrl: pullRequest?.url ?? '',
  };
}
