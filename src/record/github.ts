/**
 * The record's DeploymentsApi (src/record/deployments.ts) on the GitHub REST client
 * (src/github/client.ts): GitHub's field names in, the client's calls out. The client is
 * imported when the first API is made — most runs never record a deployment, and those
 * that do load it only then. Failures keep the client's GitHubApiError, whose numeric
 * `status` the record's warnings read (403/404: a permission to grant).
 */
import type { GitHubLimits } from '../github/client.js';
import type {
  Deployment as ClientDeployment,
  DeploymentStatus as ClientStatus,
} from '../github/types.js';
import type { Logger } from '../log.js';
import type { Deployment, DeploymentsApi, DeploymentStatus } from './deployments.js';

export interface GitHubDeploymentsOptions {
  token: string;
  owner: string;
  repo: string;
  /** Where GITHUB_API_URL / GITHUB_SERVER_URL are read (src/github/server.ts). */
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Timeouts, retries, body and page caps (default GITHUB_LIMITS). */
  limits?: Partial<GitHubLimits>;
}

function deployment(d: ClientDeployment): Deployment {
  return {
    id: d.id,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    environment: d.environment,
    payload: d.payload,
    created_at: d.createdAt,
    ...(d.creator !== undefined ? { creator: { login: d.creator } } : {}),
  };
}

function status(s: ClientStatus): DeploymentStatus {
  return {
    id: s.id,
    state: s.state,
    created_at: s.createdAt,
    ...(s.environmentUrl !== undefined ? { environment_url: s.environmentUrl } : {}),
    ...(s.logUrl !== undefined ? { log_url: s.logUrl } : {}),
    ...(s.description !== undefined ? { description: s.description } : {}),
  };
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
  });
  const repo = { owner: options.owner, repo: options.repo };
  // The newest first page is all a caller looks at (it asks for at most 100).
  const onePage = { maxPages: 1 };
  return {
    async create(p) {
      return deployment(
        await client.createDeployment(repo, {
          ref: p.ref,
          task: p.task,
          environment: p.environment,
          description: p.description,
          payload: p.payload,
          ...(p.production_environment !== undefined
            ? { productionEnvironment: p.production_environment }
            : {}),
          ...(p.transient_environment !== undefined
            ? { transientEnvironment: p.transient_environment }
            : {}),
        }),
      );
    },
    async createStatus(id, p) {
      return status(
        await client.createDeploymentStatus(repo, id, {
          state: p.state,
          ...(p.description !== undefined ? { description: p.description } : {}),
          ...(p.log_url !== undefined ? { logUrl: p.log_url } : {}),
          ...(p.environment_url !== undefined ? { environmentUrl: p.environment_url } : {}),
          ...(p.auto_inactive !== undefined ? { autoInactive: p.auto_inactive } : {}),
        }),
      );
    },
    async list(p) {
      const { items } = await client.listDeployments(
        repo,
        {
          environment: p.environment,
          ...(p.task !== undefined ? { task: p.task } : {}),
          ...(p.ref !== undefined ? { ref: p.ref } : {}),
        },
        onePage,
      );
      return items.slice(0, p.per_page ?? items.length).map(deployment);
    },
    async listStatuses(id, p) {
      const { items } = await client.listDeploymentStatuses(repo, id, onePage);
      return items.slice(0, p?.per_page ?? items.length).map(status);
    },
  };
}
