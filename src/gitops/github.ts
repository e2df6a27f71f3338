/**
 * The pull requests `commit: pull-request` opens and updates, and the comparison that tells
 * which commits of its branch are not on the target yet, through the GitHub REST client
 * (src/github/client.ts, imported lazily: most runs never open a pull request). Failures
 * become messages a user can act on: what was attempted, where, what GitHub said (short,
 * redacted), and which permission or setting to check.
 */
import { UserError } from '../errors.js';
import type { GitHubClient, GitHubLimits } from '../github/client.js';
import { GitHubApiError } from '../github/errors.js';
import type { RequestTally } from '../http/tally.js';
import { silentLogger, type Logger } from '../log.js';
import { redact } from '../redact.js';
import type { GitHubRepository } from './repository.js';

export interface PullRequest {
  number: number;
  /** The page people open (html_url). */
  url: string;
  title: string;
  body: string;
}

export interface PullRequestFields {
  title: string;
  body: string;
}

/** What the write-back needs from GitHub; tests may pass their own. */
export interface PullRequestApi {
  /** The open pull request from `head` (a branch of this repository) into `base`, if any. */
  findOpen(head: string, base: string): Promise<PullRequest | undefined>;
  create(head: string, base: string, fields: PullRequestFields): Promise<PullRequest>;
  update(number: number, fields: PullRequestFields): Promise<PullRequest>;
  /**
   * The commits reachable from `head` and not from `base` (SHAs), oldest first: what a pull
   * request from `head` into `base` would carry. Fails when GitHub cannot list them all.
   */
  commitsAhead(base: string, head: string): Promise<string[]>;
}

export interface PullRequestApiOptions extends GitHubRepository {
  token: string;
  /** The API root; default: GITHUB_API_URL, or derived from GITHUB_SERVER_URL (src/github/server.ts). */
  baseUrl?: string;
  /** Where GITHUB_API_URL / GITHUB_SERVER_URL are read (default process.env). */
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Timeouts, retries, body and page caps (default GITHUB_LIMITS). */
  limits?: Partial<GitHubLimits>;
  /** The run's request counts (src/http/tally.ts). */
  tally?: RequestTally;
}

/** An API failure as something a user can act on. */
function apiError(err: unknown, what: string, options: PullRequestApiOptions): Error {
  if (!(err instanceof GitHubApiError)) return err instanceof Error ? err : new Error(String(err));
  const where = `${options.owner}/${options.repo}`;
  const hint =
    err.status === 401
      ? 'the token was refused; check overlay-token / github-token'
      : err.status === 403 || err.status === 404
        ? `the token needs "pull-requests: write" and "contents: write" on ${where} (a fine-grained token or a GitHub App token for another repository; the job token only reaches its own)`
        : err.status === 422
          ? 'GitHub refused the pull request (is the branch based on the target branch, and are pull requests enabled?)'
          : undefined;
  return new UserError(
    redact(`could not ${what} in ${where}: ${err.message}${hint ? ` — ${hint}` : ''}`),
  );
}

export async function createPullRequestApi(
  options: PullRequestApiOptions,
): Promise<PullRequestApi> {
  const logger = options.logger ?? silentLogger;
  logger.mask(options.token);
  const { createGitHubClient } = await import('../github/client.js');
  const { owner, repo: name, ...clientOptions } = options;
  const client: GitHubClient = createGitHubClient({ ...clientOptions, logger });
  const repo = { owner, repo: name };
  const fieldsOf = (p: PullRequest): PullRequest => ({
    number: p.number,
    url: p.url,
    title: p.title,
    body: p.body,
  });
  return {
    async findOpen(head, base) {
      try {
        const listing = await client.listPulls(repo, { state: 'open', head, base });
        const found = listing.items.find((p) => p.head.ref === head && p.base.ref === base);
        if (found === undefined && listing.truncated) {
          throw new UserError(
            `could not list the open pull requests from ${head} into ${base} in ${options.owner}/${options.repo}: the GitHub API kept sending more pages than one branch can have pull requests`,
          );
        }
        return found ? fieldsOf(found) : undefined;
      } catch (err) {
        throw apiError(err, 'list pull requests', options);
      }
    },
    async create(head, base, fields) {
      try {
        return fieldsOf(await client.createPull(repo, { head, base, ...fields }));
      } catch (err) {
        throw apiError(err, `open a pull request from ${head} into ${base}`, options);
      }
    },
    async update(number, fields) {
      try {
        return fieldsOf(await client.updatePull(repo, number, fields));
      } catch (err) {
        throw apiError(err, `update pull request #${number}`, options);
      }
    },
    async commitsAhead(base, head) {
      try {
        const comparison = await client.compare(repo, base, head);
        if (comparison.commits.length < comparison.totalCommits) {
          throw new UserError(
            `${head} has ${comparison.totalCommits} commits that ${base} does not have, more than the GitHub API lists (${comparison.commits.length}); image-promote cannot check that none of them would be lost`,
          );
        }
        return comparison.commits.map((c) => c.sha);
      } catch (err) {
        throw apiError(err, `compare ${base} with ${head}`, options);
      }
    },
  };
}
