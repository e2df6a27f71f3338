/**
 * What the GitHub REST client (./client.ts) sends and hands back: the few fields of pull
 * requests, changed files, comparisons, deployments and deployment statuses image-promote
 * uses, checked and renamed to camelCase. Nothing else of an answer is kept.
 */

/** A repository on the GitHub server. */
export interface RepositoryRef {
  owner: string;
  repo: string;
}

/** A list read page by page; `truncated` when the page cap stopped it before the end. */
export interface Listing<T> {
  items: T[];
  truncated: boolean;
}

export interface PageOptions {
  /** Pages of up to 100 items read at most (default GitHubLimits.maxPages). */
  maxPages?: number;
}

export interface PullRequest {
  number: number;
  /** The page people open (html_url). */
  url: string;
  state: 'open' | 'closed';
  title: string;
  /** The description; '' when there is none. */
  body: string;
  head: { ref: string; sha?: string; repository?: string };
  base: { ref: string; sha?: string };
}

export interface PullFilter {
  /** Default `open`. */
  state?: 'open' | 'closed' | 'all';
  /** A branch of the repository itself (sent as `owner:branch`). */
  head?: string;
  base?: string;
}

export interface NewPullRequest {
  head: string;
  base: string;
  title: string;
  body?: string;
  draft?: boolean;
}

export interface PullRequestUpdate {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  base?: string;
}

export interface ChangedFile {
  filename: string;
  /** added, removed, modified, renamed, copied, changed, unchanged. */
  status: string;
  /** The old name of a renamed file. */
  previousFilename?: string;
}

export interface GitIdentity {
  name: string;
  email: string;
}

export interface CommitSummary {
  sha: string;
  message: string;
  author: GitIdentity;
  committer: GitIdentity;
  parents: string[];
}

export interface Comparison {
  /** ahead, behind, diverged or identical (when GitHub says). */
  status?: string;
  aheadBy?: number;
  behindBy?: number;
  /** Commits reachable from head and not from base (commits lists at most 250 of them). */
  totalCommits: number;
  mergeBase?: string;
  /** Oldest first. */
  commits: CommitSummary[];
  /** Undefined when GitHub sent no list (large or odd comparisons); at most 300 entries. */
  files?: ChangedFile[];
}

export const DEPLOYMENT_STATES = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success',
] as const;

export type DeploymentState = (typeof DEPLOYMENT_STATES)[number];

/**
 * A deployment to create. Always sent with `auto_merge: false` (never merge the default
 * branch into the ref) and `required_contexts: []` (the commit's checks are not GitHub's to
 * gate here: the deploy already happened or is about to).
 */
export interface NewDeployment {
  /** A branch, tag or SHA. */
  ref: string;
  environment: string;
  description?: string;
  /** JSON the deployment carries (what was deployed). */
  payload?: Record<string, unknown> | string;
  /** Default `deploy`. */
  task?: string;
  productionEnvironment?: boolean;
  transientEnvironment?: boolean;
}

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description?: string;
  payload: unknown;
  creator?: string;
  createdAt: string;
  updatedAt?: string;
  productionEnvironment?: boolean;
  transientEnvironment?: boolean;
}

export type DeploymentFilter = Partial<Pick<Deployment, 'environment' | 'ref' | 'sha' | 'task'>>;

export interface NewDeploymentStatus {
  state: DeploymentState;
  /** Where the environment is reachable. */
  environmentUrl?: string;
  /** The run's log (shown as "View deployment"). */
  logUrl?: string;
  /** Shortened to GitHub's 140 characters. */
  description?: string;
  /** Mark earlier successful deployments of the environment inactive (GitHub's default: true). */
  autoInactive?: boolean;
  /** Moves the deployment to another environment name. */
  environment?: string;
}

export interface DeploymentStatus extends Omit<NewDeploymentStatus, 'autoInactive'> {
  id: number;
  creator?: string;
  createdAt: string;
}
