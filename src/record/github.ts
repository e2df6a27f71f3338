/**
 * The record's DeploymentsApi (src/record/deployments.ts): the GitHub REST client's
 * deployments calls (src/github/client.ts), bound to one repository. The client is
 * imported when the first API is made — most runs never record a deployment, and those
 * that do load it only then. Failures keep the client's GitHubApiError, whose numeric
 * `status` the record's warnings read (403/404: a permission to grant).
 */
import type { GitHubLimits } from '../github/client.js';
import type { RequestTally } from '../http/tally.js';
import type { Logger } from '../log.js';
import type { DeploymentsApi } from './deployments.js';

export interface GitHubDeploymentsOptions {
  token: string;
  owner: string;
  repo: string;
  /** Where GITHUB_API_URL / GITHUB_SERVER_URL are read (src/github/server.ts). */
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Timeouts, retries, body and page caps (default GITHUB_LIMITS). */
  limits?: Partial<GitHubLimits>;
  /** The run's request counts (src/http/tally.ts). */
  tally?: RequestTally;
}

/** The deployments of one repository through the REST client (created on first use). */
export async function createDeploymentsApi(
  options: GitHubDeploymentsOptions,
): Promise<DeploymentsApi> {
  const { createGitHubClient } = await import('../github/client.js');
  const client = createGitHubClient({
    token: options.token,
    ...(options.env ? { env: options.env } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.tally ? { tally: options.tally } : {}),
  });
  const repo = { owner: options.owner, repo: options.repo };
  // The newest first page is all a caller looks at (it asks for at most 100).
  const onePage = { maxPages: 1 };
  return {
    create: (fields) => client.createDeployment(repo, fields),
    createStatus: (id, fields) => client.createDeploymentStatus(repo, id, fields),
    list: async (filter, limit) =>
      (await client.listDeployments(repo, filter, onePage)).items.slice(0, limit),
    listStatuses: async (id, limit) =>
      (await client.listDeploymentStatuses(repo, id, onePage)).items.slice(0, limit),
  };
}
