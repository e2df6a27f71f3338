/**
 * The pull requests `commit: pull-request` opens and updates, through the GitHub REST API
 * with the toolkit's Octokit. @actions/github is imported lazily: most runs never open a
 * pull request and must not load it.
 */
import { UserError } from '../errors.js';
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
}

export interface PullRequestApiOptions extends GitHubRepository {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  baseUrl?: string;
  logger?: Logger;
}

interface ApiPull {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
}

function pullOf(p: ApiPull): PullRequest {
  return { number: p.number, url: p.html_url, title: p.title, body: p.body ?? '' };
}

/** An API failure as something a user can act on, without anything the server echoed back. */
function apiError(err: unknown, what: string, options: PullRequestApiOptions): UserError {
  const status = (err as { status?: unknown }).status;
  const message = err instanceof Error ? err.message : String(err);
  const where = `${options.owner}/${options.repo}`;
  const hint =
    status === 401
      ? 'the token was refused; check overlay-token / github-token'
      : status === 403 || status === 404
        ? `the token needs "pull-requests: write" and "contents: write" on ${where} (a fine-grained token or a GitHub App token for another repository; the job token only reaches its own)`
        : status === 422
          ? 'GitHub refused the pull request (is the branch based on the target branch, and are pull requests enabled?)'
          : undefined;
  return new UserError(
    redact(
      `could not ${what} in ${where}: ${message}${typeof status === 'number' ? ` (HTTP ${status})` : ''}${hint ? ` — ${hint}` : ''}`,
    ),
  );
}

export async function createPullRequestApi(
  options: PullRequestApiOptions,
): Promise<PullRequestApi> {
  const logger = options.logger ?? silentLogger;
  logger.mask(options.token);
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(options.token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  const { owner, repo } = options;
  return {
    async findOpen(head, base) {
      try {
        const pulls = await octokit.paginate(octokit.rest.pulls.list, {
          owner,
          repo,
          state: 'open',
          head: `${owner}:${head}`,
          base,
          per_page: 100,
        });
        const found = pulls.find((p) => p.head.ref === head && p.base.ref === base);
        return found ? pullOf(found) : undefined;
      } catch (err) {
        throw apiError(err, 'list pull requests', options);
      }
    },
    async create(head, base, fields) {
      try {
        const r = await octokit.rest.pulls.create({ owner, repo, head, base, ...fields });
        return pullOf(r.data);
      } catch (err) {
        throw apiError(err, `open a pull request from ${head} into ${base}`, options);
      }
    },
    async update(number, fields) {
      try {
        const r = await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...fields });
        return pullOf(r.data);
      } catch (err) {
        throw apiError(err, `update pull request #${number}`, options);
      }
    },
  };
}
