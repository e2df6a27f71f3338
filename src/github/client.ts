/**
 * A small typed client for the GitHub REST API endpoints image-promote uses — pull requests,
 * their files, comparisons, deployments and deployment statuses — on the shared bounded HTTP
 * layer (src/http): a timeout per attempt over headers and body, a cap on the bytes of an
 * answer, a cap on pages, retries with backoff for 429/5xx and exhausted rate limits
 * (Retry-After, `x-ratelimit-reset`) within a total time bound.
 *
 * Token scope: the token goes only to `baseUrl` (checked: HTTPS, or plain HTTP to loopback),
 * in the Authorization header of requests this client builds from it. A redirect to another
 * origin is not followed, and a next-page link outside `baseUrl` is refused.
 *
 * Every answer is outside text: its shape is checked (./json.ts) and only the fields in
 * ./types.ts are kept; messages quote at most a few hundred characters of it, redacted.
 */
import {
  defaultAdvice,
  HttpClient,
  type HttpContext,
  type HttpFailure,
  type HttpRequest,
  type RetryAdvice,
} from '../http/client.js';
import {
  formatMs,
  parseRateLimitReset,
  parseRetryAfter,
  systemClock,
  type Clock,
  type RetryPolicy,
} from '../http/retry.js';
import {
  formatBytes,
  nodeTransport,
  type ResponseHeaders,
  type Transport,
} from '../http/transport.js';
import { nextLink } from '../http/link.js';
import type { RequestTally } from '../http/tally.js';
import { silentLogger, type Logger } from '../log.js';
import { GitHubApiError, quoteAnswer } from './errors.js';
import { JsonReader, pathOf, type JsonObject } from './json.js';
import { checkApiUrl, githubApiUrl } from './server.js';
import {
  DEPLOYMENT_STATES,
  type ChangedFile,
  type CommitSummary,
  type Comparison,
  type Deployment,
  type DeploymentFilter,
  type DeploymentStatus,
  type GitIdentity,
  type Listing,
  type NewDeployment,
  type NewDeploymentStatus,
  type NewPullRequest,
  type PageOptions,
  type PullFilter,
  type PullRequest,
  type PullRequestUpdate,
  type RepositoryRef,
} from './types.js';

export interface GitHubLimits extends RetryPolicy {
  /** Cap on the bytes of one answer; reading stops there. */
  maxBodyBytes: number;
  /** Default cap on the pages of one list (100 items a page). */
  maxPages: number;
}

export const GITHUB_LIMITS: GitHubLimits = {
  retries: 4,
  minDelayMs: 500,
  maxDelayMs: 8000,
  maxElapsedMs: 60_000,
  timeoutMs: 30_000,
  maxBodyBytes: 32 * 1024 * 1024,
  maxPages: 10,
};

/** GitHub lists at most this many files of a pull request. */
export const PULL_FILES_LIMIT = 3000;
/** GitHub's longest deployment status description. */
export const STATUS_DESCRIPTION_LIMIT = 140;
const PER_PAGE = 100;
const USER_AGENT = 'image-promote';
const API_VERSION = '2022-11-28';

export interface GitHubClientOptions {
  token: string;
  /** The API root (see githubApiUrl): `https://api.github.com`, `https://<GHES>/api/v3`. */
  baseUrl: string;
  logger?: Logger;
  limits?: Partial<GitHubLimits>;
  /** The run's request counts (under the API's host). */
  tally?: RequestTally;
  /** Test seams. */
  transport?: Transport;
  clock?: Clock;
}

interface Answer {
  headers: ResponseHeaders;
  data: unknown;
  read: JsonReader;
}

interface Call {
  body?: unknown;
  /** Statuses that are a success (default 200). */
  ok?: readonly number[];
}

/** Exhausted rate limits and Retry-After on 403/429 wait (within the bound); then 429/5xx. */
function githubAdvice(res: { status: number; headers: ResponseHeaders }, now: number): RetryAdvice {
  if (res.status === 403 || res.status === 429) {
    const reset = parseRateLimitReset(res.headers, now);
    const after = parseRetryAfter(res.headers.get('retry-after'), now);
    if (reset !== undefined || after !== undefined) {
      // The reset is in whole seconds: a second more so the new window has begun.
      const delayMs = Math.max(reset === undefined ? 0 : reset + 1000, after ?? 0);
      return { retry: true, throttled: true, delayMs, note: 'rate limited' };
    }
  }
  return defaultAdvice(res, now);
}

function encodePath(...parts: (string | number)[]): string {
  return parts.map((p) => encodeURIComponent(String(p))).join('/');
}

export class GitHubClient {
  readonly baseUrl: string;
  private readonly base: URL;
  private readonly http: HttpClient<HttpContext>;
  private readonly limits: GitHubLimits;
  private readonly logger: Logger;
  private readonly clock: Clock;

  constructor(private readonly options: GitHubClientOptions) {
    this.clock = options.clock ?? systemClock;
    this.baseUrl = checkApiUrl(options.baseUrl, 'the GitHub API URL');
    this.base = new URL(`${this.baseUrl}/`);
    this.limits = { ...GITHUB_LIMITS, ...options.limits };
    this.logger = options.logger ?? silentLogger;
    this.logger.mask(options.token);
    const host = this.base.host;
    this.http = new HttpClient<HttpContext>({
      transport: options.transport ?? nodeTransport({ crossOrigin: 'stop' }),
      policy: this.limits,
      logger: this.logger,
      clock: this.clock,
      maxBodyBytes: this.limits.maxBodyBytes,
      describe: () => `GitHub API ${host}`,
      failure: (ctx, failure) => this.failure(ctx.operation, failure),
      advise: githubAdvice,
      ...(options.tally ? { tally: { counts: options.tally, service: 'github' } } : {}),
    });
  }

  // ---- pull requests ---------------------------------------------------------------------

  /** Pull requests of `repo`, filtered by state, head branch (of `repo`) and base branch. */
  async listPulls(
    repo: RepositoryRef,
    filter: PullFilter = {},
    page: PageOptions = {},
  ): Promise<Listing<PullRequest>> {
    return this.paginate(
      `repos/${encodePath(repo.owner, repo.repo)}/pulls`,
      {
        state: filter.state ?? 'open',
        head: filter.head === undefined ? undefined : `${repo.owner}:${filter.head}`,
        base: filter.base,
      },
      (read, value, at) => this.pull(read, value, at),
      page.maxPages,
    );
  }

  async getPull(repo: RepositoryRef, number: number): Promise<PullRequest> {
    const a = await this.call('GET', `repos/${encodePath(repo.owner, repo.repo, 'pulls', number)}`);
    return this.pull(a.read, a.data);
  }

  /** Not retried unless GitHub says it did not act on it (a second POST would open a second pull request). */
  async createPull(repo: RepositoryRef, fields: NewPullRequest): Promise<PullRequest> {
    const a = await this.call('POST', `repos/${encodePath(repo.owner, repo.repo)}/pulls`, {
      body: {
        head: fields.head,
        base: fields.base,
        title: fields.title,
        body: fields.body ?? '',
        ...(fields.draft !== undefined ? { draft: fields.draft } : {}),
      },
      ok: [201],
    });
    return this.pull(a.read, a.data);
  }

  async updatePull(
    repo: RepositoryRef,
    number: number,
    fields: PullRequestUpdate,
  ): Promise<PullRequest> {
    const a = await this.call(
      'PATCH',
      `repos/${encodePath(repo.owner, repo.repo, 'pulls', number)}`,
      { body: fields },
    );
    return this.pull(a.read, a.data);
  }

  /**
   * The files of a pull request, 100 a page. GitHub stops at 3000 files, so the page cap is
   * 30: a list that still has a next page there is `truncated`.
   */
  async listPullFiles(repo: RepositoryRef, number: number): Promise<Listing<ChangedFile>> {
    return this.paginate(
      `repos/${encodePath(repo.owner, repo.repo, 'pulls', number, 'files')}`,
      {},
      (read, value, at) => this.file(read, value, at),
      Math.ceil(PULL_FILES_LIMIT / PER_PAGE),
    );
  }

  /** Three-dot comparison `base...head` (branch names or SHAs): commits (≤ 250) and files (≤ 300). */
  async compare(repo: RepositoryRef, base: string, head: string): Promise<Comparison> {
    const a = await this.call(
      'GET',
      `repos/${encodePath(repo.owner, repo.repo, 'compare')}/${encodeURIComponent(base)}...${encodeURIComponent(head)}`,
    );
    const o = a.read.object(a.data);
    const commits = a.read.list(o.commits).map((c, i) => this.commit(a.read, c, `commits[${i}]`));
    const mergeBase = a.read.optionalObject(o, 'merge_base_commit', '');
    const status = a.read.optionalString(o, 'status', '');
    const aheadBy = a.read.optionalInteger(o, 'ahead_by', '');
    const behindBy = a.read.optionalInteger(o, 'behind_by', '');
    return {
      ...(status !== undefined ? { status } : {}),
      ...(aheadBy !== undefined ? { aheadBy } : {}),
      ...(behindBy !== undefined ? { behindBy } : {}),
      totalCommits: a.read.optionalInteger(o, 'total_commits', '') ?? aheadBy ?? commits.length,
      ...(mergeBase ? { mergeBase: a.read.sha(mergeBase, 'sha', 'merge_base_commit') } : {}),
      commits,
      ...(o.files === undefined || o.files === null
        ? {}
        : {
            files: a.read.list(o.files).map((f, i) => this.file(a.read, f, `files[${i}]`)),
          }),
    };
  }

  // ---- deployments -----------------------------------------------------------------------

  /** Not retried unless GitHub says it did not act on it (no duplicate deployments). */
  async createDeployment(repo: RepositoryRef, fields: NewDeployment): Promise<Deployment> {
    const a = await this.call('POST', `repos/${encodePath(repo.owner, repo.repo)}/deployments`, {
      body: {
        ref: fields.ref,
        task: fields.task ?? 'deploy',
        environment: fields.environment,
        auto_merge: false,
        required_contexts: [],
        ...(fields.description !== undefined ? { description: fields.description } : {}),
        ...(fields.payload !== undefined ? { payload: fields.payload } : {}),
        ...(fields.productionEnvironment !== undefined
          ? { production_environment: fields.productionEnvironment }
          : {}),
        ...(fields.transientEnvironment !== undefined
          ? { transient_environment: fields.transientEnvironment }
          : {}),
      },
      // 202 is GitHub's "merged the default branch first" answer: never asked for here.
      ok: [201],
    });
    return this.deployment(a.read, a.data);
  }

  /** Deployments, newest first. */
  async listDeployments(
    repo: RepositoryRef,
    filter: DeploymentFilter = {},
    page: PageOptions = {},
  ): Promise<Listing<Deployment>> {
    return this.paginate(
      `repos/${encodePath(repo.owner, repo.repo)}/deployments`,
      { environment: filter.environment, ref: filter.ref, sha: filter.sha, task: filter.task },
      (read, value, at) => this.deployment(read, value, at),
      page.maxPages,
    );
  }

  async createDeploymentStatus(
    repo: RepositoryRef,
    deploymentId: number,
    fields: NewDeploymentStatus,
  ): Promise<DeploymentStatus> {
    const description =
      fields.description === undefined
        ? undefined
        : fields.description.length > STATUS_DESCRIPTION_LIMIT
          ? `${fields.description.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…`
          : fields.description;
    const a = await this.call(
      'POST',
      `repos/${encodePath(repo.owner, repo.repo, 'deployments', deploymentId, 'statuses')}`,
      {
        body: {
          state: fields.state,
          ...(fields.environmentUrl !== undefined
            ? { environment_url: fields.environmentUrl }
            : {}),
          ...(fields.logUrl !== undefined ? { log_url: fields.logUrl } : {}),
          ...(description !== undefined ? { description } : {}),
          ...(fields.autoInactive !== undefined ? { auto_inactive: fields.autoInactive } : {}),
          ...(fields.environment !== undefined ? { environment: fields.environment } : {}),
        },
        ok: [201],
      },
    );
    return this.deploymentStatus(a.read, a.data);
  }

  /** Statuses of a deployment, newest first. */
  async listDeploymentStatuses(
    repo: RepositoryRef,
    deploymentId: number,
    page: PageOptions = {},
  ): Promise<Listing<DeploymentStatus>> {
    return this.paginate(
      `repos/${encodePath(repo.owner, repo.repo, 'deployments', deploymentId, 'statuses')}`,
      {},
      (read, value, at) => this.deploymentStatus(read, value, at),
      page.maxPages,
    );
  }

  // ---- the wire --------------------------------------------------------------------------

  private failure(request: string, failure: HttpFailure): GitHubApiError {
    if (failure.kind === 'too-large') {
      return new GitHubApiError(
        request,
        undefined,
        `the GitHub API answered ${request} with more than ${formatBytes(failure.limit)}; reading stopped there`,
        'GITHUB_API_URL may not point at the GitHub REST API, or a proxy answers in its place',
      );
    }
    return new GitHubApiError(
      request,
      undefined,
      `could not reach the GitHub API at ${this.base.host} for ${request} (${failure.reason})${failure.attempts > 1 ? ` after ${failure.attempts} attempts` : ''}`,
      'check GITHUB_API_URL and the network, or retry later',
    );
  }

  private async call(
    method: HttpRequest['method'],
    target: string | URL,
    options: Call = {},
  ): Promise<Answer> {
    const url = typeof target === 'string' ? new URL(target, this.base) : target;
    // The token goes only under the API root (a next-page link is checked before this).
    if (!this.underBase(url)) {
      throw new GitHubApiError(
        `${method} ${url.pathname}`,
        undefined,
        `refusing to send the GitHub token to ${url.origin}${url.pathname}: it is not under ${this.baseUrl}`,
      );
    }
    const request = `${method} ${url.pathname}`;
    const body =
      options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body), 'utf8');
    const res = await this.http.buffered(
      {
        method,
        url: url.href,
        headers: {
          Accept: 'application/vnd.github+json',
          'X-GitHub-Api-Version': API_VERSION,
          'User-Agent': USER_AGENT,
          Authorization: `token ${this.options.token}`,
          ...(body ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
        },
        ...(body ? { body } : {}),
        idempotent: method !== 'POST',
      },
      { operation: request },
    );
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get('location') ?? '';
      let where = 'elsewhere';
      try {
        where = new URL(location, url).origin;
      } catch {
        // Not a URL: "elsewhere".
      }
      throw new GitHubApiError(
        request,
        res.status,
        `the GitHub API answered ${request} with a redirect (HTTP ${res.status}) to ${quoteAnswer(where, 100)}; it was not followed: the token is sent only to ${this.baseUrl}`,
        'check GITHUB_API_URL (the API root of the GitHub server)',
      );
    }
    const ok = options.ok ?? [200];
    if (!ok.includes(res.status))
      throw this.statusError(request, res.status, res.headers, res.body);
    const read = new JsonReader(request, res.status);
    const text = res.body.toString('utf8');
    let data: unknown;
    try {
      data = text === '' ? undefined : JSON.parse(text);
    } catch {
      const type = res.headers.get('content-type')?.split(';')[0]?.trim();
      throw read.fail(
        `something that is not JSON (${type ? `${quoteAnswer(type, 60)}, ` : ''}${res.body.length} bytes: "${quoteAnswer(text, 120)}")`,
      );
    }
    return { headers: res.headers, data, read };
  }

  /** An answer with an unexpected status, with GitHub's message and, if exhausted, the rate limit's reset. */
  private statusError(
    request: string,
    status: number,
    headers: ResponseHeaders,
    body: Buffer,
  ): GitHubApiError {
    const text = body.toString('utf8');
    let said = '';
    try {
      const o = JSON.parse(text) as unknown;
      if (typeof o === 'object' && o !== null && !Array.isArray(o)) {
        const r = o as JsonObject;
        const errors = Array.isArray(r.errors) ? r.errors : [];
        const details = errors
          .slice(0, 3)
          .map((e) =>
            typeof e === 'object' && e !== null && typeof (e as JsonObject).message === 'string'
              ? String((e as JsonObject).message)
              : '',
          )
          .filter(Boolean);
        said = [typeof r.message === 'string' ? r.message : '', ...details]
          .filter(Boolean)
          .join('; ');
      }
    } catch {
      said = text;
    }
    const reset = parseRateLimitReset(headers, this.clock.now());
    const limit =
      reset === undefined
        ? ''
        : ` (the rate limit is exhausted; it resets in ${formatMs(reset)}, at ${new Date(this.clock.now() + reset).toISOString()})`;
    return new GitHubApiError(
      request,
      status,
      `the GitHub API answered ${request} with HTTP ${status}${said ? `: ${quoteAnswer(said)}` : ''}${limit}`,
    );
  }

  /**
   * GETs a list page by page (`per_page=100`), following `Link: rel="next"` only under the
   * API root, at most `maxPages` pages; a list that goes on after them is `truncated`.
   */
  private async paginate<T>(
    path: string,
    query: Record<string, string | number | undefined>,
    item: (read: JsonReader, value: unknown, at: string) => T,
    maxPages = this.limits.maxPages,
  ): Promise<Listing<T>> {
    const entries: { read: JsonReader; value: unknown }[] = [];
    const done = (truncated: boolean): Listing<T> => ({
      items: entries.map((e, i) => item(e.read, e.value, `[${i}]`)),
      truncated,
    });
    const seen = new Set<string>();
    let target: URL | undefined = new URL(path, this.base);
    target.searchParams.set('per_page', String(PER_PAGE));
    for (const [k, v] of Object.entries(query)) {
      if (v !== undefined) target.searchParams.set(k, String(v));
    }
    for (let pages = 0; target !== undefined; pages++) {
      if (pages >= maxPages) {
        this.logger.debug(`GitHub API: stopped ${path} after ${maxPages} pages`);
        return done(true);
      }
      seen.add(target.href);
      const a = await this.call('GET', target);
      for (const value of a.read.list(a.data)) entries.push({ read: a.read, value });
      const next = nextLink(a.headers.get('link'));
      if (next === undefined) break;
      let nextUrl: URL;
      try {
        nextUrl = new URL(next, target);
      } catch {
        throw a.read.fail(`a next-page link that is not a URL ("${quoteAnswer(next, 100)}")`);
      }
      if (!this.underBase(nextUrl)) {
        throw a.read.fail(
          `a next-page link outside ${this.baseUrl} (${quoteAnswer(nextUrl.origin, 100)}); it was not followed`,
        );
      }
      // A link back to a page already read would loop.
      target = seen.has(nextUrl.href) ? undefined : nextUrl;
    }
    return done(false);
  }

  /** True for a URL under the API root: the only place the token goes. */
  private underBase(url: URL): boolean {
    return url.origin === this.base.origin && url.pathname.startsWith(this.base.pathname);
  }

  // ---- answers ---------------------------------------------------------------------------

  private pull(read: JsonReader, value: unknown, at = ''): PullRequest {
    const o = read.object(value, at);
    const head = read.object(o.head, pathOf(at, 'head'));
    const base = read.object(o.base, pathOf(at, 'base'));
    const headRepo = read.optionalObject(head, 'repo', pathOf(at, 'head'));
    const headSha = read.optionalString(head, 'sha', pathOf(at, 'head'));
    const baseSha = read.optionalString(base, 'sha', pathOf(at, 'base'));
    const repository = headRepo
      ? read.optionalString(headRepo, 'full_name', pathOf(at, 'head.repo'))
      : undefined;
    return {
      number: read.integer(o, 'number', at),
      url: read.string(o, 'html_url', at),
      state: read.oneOf(o, 'state', at, ['open', 'closed'] as const),
      title: read.string(o, 'title', at),
      body: read.optionalString(o, 'body', at) ?? '',
      head: {
        ref: read.string(head, 'ref', pathOf(at, 'head')),
        ...(headSha !== undefined ? { sha: headSha } : {}),
        ...(repository !== undefined ? { repository } : {}),
      },
      base: {
        ref: read.string(base, 'ref', pathOf(at, 'base')),
        ...(baseSha !== undefined ? { sha: baseSha } : {}),
      },
    };
  }

  private file(read: JsonReader, value: unknown, at: string): ChangedFile {
    const o = read.object(value, at);
    const previous = read.optionalString(o, 'previous_filename', at);
    return {
      filename: read.string(o, 'filename', at),
      status: read.optionalString(o, 'status', at) ?? 'modified',
      ...(previous ? { previousFilename: previous } : {}),
    };
  }

  private identity(read: JsonReader, value: unknown, at: string): GitIdentity {
    const o = read.object(value, at);
    return { name: read.string(o, 'name', at), email: read.string(o, 'email', at) };
  }

  private commit(read: JsonReader, value: unknown, at: string): CommitSummary {
    const o = read.object(value, at);
    const commit = read.object(o.commit, pathOf(at, 'commit'));
    const parents = o.parents === undefined ? [] : read.list(o.parents);
    return {
      sha: read.sha(o, 'sha', at),
      message: read.string(commit, 'message', pathOf(at, 'commit')),
      author: this.identity(read, commit.author, pathOf(at, 'commit.author')),
      committer: this.identity(read, commit.committer, pathOf(at, 'commit.committer')),
      parents: parents.map((p, i) => {
        const where = pathOf(at, `parents[${i}]`);
        return read.sha(read.object(p, where), 'sha', where);
      }),
    };
  }

  private deployment(read: JsonReader, value: unknown, at = ''): Deployment {
    const o = read.object(value, at);
    const creator = read.optionalObject(o, 'creator', at);
    const login = creator
      ? read.optionalString(creator, 'login', pathOf(at, 'creator'))
      : undefined;
    const description = read.optionalString(o, 'description', at);
    const updatedAt = read.optionalString(o, 'updated_at', at);
    const production = read.optionalBoolean(o, 'production_environment', at);
    const transient = read.optionalBoolean(o, 'transient_environment', at);
    return {
      id: read.integer(o, 'id', at),
      sha: read.sha(o, 'sha', at),
      ref: read.string(o, 'ref', at),
      task: read.optionalString(o, 'task', at) ?? 'deploy',
      environment: read.string(o, 'environment', at),
      payload: o.payload ?? {},
      createdAt: read.string(o, 'created_at', at),
      ...(description !== undefined ? { description } : {}),
      ...(login !== undefined ? { creator: login } : {}),
      ...(updatedAt !== undefined ? { updatedAt } : {}),
      ...(production !== undefined ? { productionEnvironment: production } : {}),
      ...(transient !== undefined ? { transientEnvironment: transient } : {}),
    };
  }

  private deploymentStatus(read: JsonReader, value: unknown, at = ''): DeploymentStatus {
    const o = read.object(value, at);
    const creator = read.optionalObject(o, 'creator', at);
    const login = creator
      ? read.optionalString(creator, 'login', pathOf(at, 'creator'))
      : undefined;
    const optional = (key: string): string | undefined => {
      const v = read.optionalString(o, key, at);
      return v === '' ? undefined : v;
    };
    const description = optional('description');
    const environment = optional('environment');
    const environmentUrl = optional('environment_url');
    const logUrl = optional('log_url') ?? optional('target_url');
    return {
      id: read.integer(o, 'id', at),
      state: read.oneOf(o, 'state', at, DEPLOYMENT_STATES),
      createdAt: read.string(o, 'created_at', at),
      ...(description !== undefined ? { description } : {}),
      ...(environment !== undefined ? { environment } : {}),
      ...(environmentUrl !== undefined ? { environmentUrl } : {}),
      ...(logUrl !== undefined ? { logUrl } : {}),
      ...(login !== undefined ? { creator: login } : {}),
    };
  }
}

export interface CreateGitHubClientOptions extends Omit<GitHubClientOptions, 'baseUrl'> {
  /** The API root; default githubApiUrl(env). */
  baseUrl?: string;
  /** GITHUB_API_URL / GITHUB_SERVER_URL (default process.env). */
  env?: NodeJS.ProcessEnv;
}

/** A client for the run's GitHub server: the API root from `baseUrl`, else from the environment. */
export function createGitHubClient(options: CreateGitHubClientOptions): GitHubClient {
  const { env, baseUrl, ...rest } = options;
  return new GitHubClient({ ...rest, baseUrl: baseUrl ?? githubApiUrl(env) });
}
