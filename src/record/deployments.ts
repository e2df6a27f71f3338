/**
 * The record as a GitHub Deployment: one per deploy of an environment, `ref` = the commit
 * deployed (whose configuration the environment then runs), `payload` = the record (the
 * images), statuses `in_progress` → `success`/`failure` with the run as `log_url` and the
 * environment's URL, and the previous successful deployment marked `inactive` (GitHub's
 * `auto_inactive` skips production environments, so it is done explicitly too). Reading
 * back, the newest successful deployment of an environment tells which commit's
 * configuration runs — also after a `reuse` that wrote no overlay commit.
 *
 * Against DeploymentsApi: the REST client's deployments calls (src/github/client.ts),
 * bound to one repository. Nothing here throws: a token that may not read or write deployments (403, 404)
 * or any other failure is a warning with what to do, never a failed deploy.
 */
import { errorMessage } from '../errors.js';
import type {
  Deployment,
  DeploymentFilter,
  DeploymentStatus,
  NewDeployment,
  NewDeploymentStatus,
} from '../github/types.js';
import { recordFromJson, recordToJson } from './record.js';
import type { DeployRecord, RecordEntry } from './types.js';
import { checkCommit, checkText, checkUrl } from './values.js';

/**
 * GitHub's deployments endpoints for one repository (src/record/github.ts binds the REST
 * client's to a repository). A failed request rejects with an error that carries the HTTP
 * status as a numeric `status` property (GitHubApiError does); any other rejection counts as
 * a failure without a status.
 */
export interface DeploymentsApi {
  create(fields: NewDeployment): Promise<Deployment>;
  createStatus(deploymentId: number, fields: NewDeploymentStatus): Promise<DeploymentStatus>;
  /** Newest first, at most `limit`. */
  list(filter: DeploymentFilter, limit: number): Promise<Deployment[]>;
  /** Newest first, at most `limit`. */
  listStatuses(deploymentId: number, limit: number): Promise<DeploymentStatus[]>;
}

/** The task image-promote's deployments carry, so that reading finds only its own. */
export const DEPLOYMENT_TASK = 'deploy:image-promote';
/** How many deployments of an environment are looked at, reading or marking inactive. */
export const MAX_DEPLOYMENTS = 20;

export type DeploymentResult<T> = ({ ok: true } & T) | { ok: false; warning: string };

export interface StartDeploymentOptions {
  environment: string;
  /** The commit deployed: the one whose configuration the environment will run. */
  ref: string;
  record: DeployRecord;
  /** The run (shown as the deployment's log). */
  logUrl?: string;
  /** Where the environment is reached (`environment-url`). */
  environmentUrl?: string;
  /** GitHub's default: true for an environment named `production`. */
  production?: boolean;
  transient?: boolean;
}

/** Creates the deployment and sets it `in_progress`. */
export async function startDeployment(
  api: DeploymentsApi,
  options: StartDeploymentOptions,
): Promise<DeploymentResult<{ deployment: Deployment }>> {
  const problem = invalidOptions(options);
  if (problem) return { ok: false, warning: `no deployment was recorded: ${problem}` };
  let deployment: Deployment;
  try {
    deployment = await api.create({
      ref: options.ref,
      task: DEPLOYMENT_TASK,
      environment: options.environment,
      payload: recordToJson(options.record),
      description: describe(options.record),
      ...(options.production !== undefined ? { productionEnvironment: options.production } : {}),
      ...(options.transient !== undefined ? { transientEnvironment: options.transient } : {}),
    });
  } catch (err) {
    return {
      ok: false,
      warning: writeWarning(err, `create a deployment of ${JSON.stringify(options.environment)}`),
    };
  }
  try {
    await api.createStatus(deployment.id, {
      state: 'in_progress',
      description: 'image-promote is deploying',
      ...links(options),
    });
  } catch (err) {
    return { ok: false, warning: writeWarning(err, `set deployment ${deployment.id} in progress`) };
  }
  return { ok: true, deployment };
}

export interface FinishDeploymentOptions {
  state: 'success' | 'failure';
  logUrl?: string;
  environmentUrl?: string;
  /** A sentence for the status (the run's reason); at most 140 characters are kept. */
  description?: string;
}

/**
 * Sets the deployment's final state. On success, the environment's earlier successful
 * deployments are marked `inactive` (the newest ones, until one that is inactive already).
 */
export async function finishDeployment(
  api: DeploymentsApi,
  deployment: Deployment,
  options: FinishDeploymentOptions,
): Promise<DeploymentResult<{ inactivated: number[]; warnings: string[] }>> {
  const description =
    options.description !== undefined
      ? options.description.slice(0, 140)
      : options.state === 'success'
        ? 'deployed by image-promote'
        : 'image-promote failed to deploy';
  try {
    await api.createStatus(deployment.id, {
      state: options.state,
      description,
      ...links(options),
      ...(options.state === 'success' ? { autoInactive: true } : {}),
    });
  } catch (err) {
    return {
      ok: false,
      warning: writeWarning(err, `set deployment ${deployment.id} to ${options.state}`),
    };
  }
  if (options.state !== 'success') return { ok: true, inactivated: [], warnings: [] };
  const inactivated: number[] = [];
  const warnings: string[] = [];
  try {
    const earlier = (
      await api.list(
        { environment: deployment.environment, task: DEPLOYMENT_TASK },
        MAX_DEPLOYMENTS,
      )
    )
      .filter((d) => d.id !== deployment.id && newer(deployment, d))
      .sort(newestFirst);
    for (const d of earlier) {
      const [latest] = await api.listStatuses(d.id, 1);
      if (latest?.state === 'inactive') break;
      if (latest?.state !== 'success') continue;
      await api.createStatus(d.id, {
        state: 'inactive',
        description: `superseded by deployment ${deployment.id}`,
      });
      inactivated.push(d.id);
    }
  } catch (err) {
    warnings.push(
      writeWarning(
        err,
        `mark the earlier deployments of ${JSON.stringify(deployment.environment)} inactive`,
      ),
    );
  }
  return { ok: true, inactivated, warnings };
}

/** A deployment read back: the record, and the deployment it came from. */
export interface DeployedEntry extends RecordEntry {
  deployment: Deployment;
  /** What the payload held that was left out. */
  ignored: string[];
}

/**
 * The newest successful deployment of `environment` that image-promote made: which
 * commit's configuration runs (its `sha`, or the record's config commit) and its record.
 * `entry` is undefined when there is none among the newest MAX_DEPLOYMENTS.
 */
export async function readDeployed(
  api: DeploymentsApi,
  environment: string,
): Promise<DeploymentResult<{ entry?: DeployedEntry }>> {
  try {
    const deployments = (
      await api.list({ environment, task: DEPLOYMENT_TASK }, MAX_DEPLOYMENTS)
    ).sort(newestFirst);
    for (const d of deployments.slice(0, MAX_DEPLOYMENTS)) {
      const [latest] = await api.listStatuses(d.id, 1);
      if (latest?.state !== 'success') continue;
      const parsed = recordFromJson(d.payload);
      const sha = checkCommit(d.sha);
      if (!parsed.record || !sha.ok) continue;
      const record: DeployRecord = parsed.record.configCommit
        ? parsed.record
        : { ...parsed.record, configCommit: sha.value };
      const creator = d.creator !== undefined ? checkText(d.creator) : undefined;
      const actor = record.actor ?? (creator?.ok ? creator.value : undefined);
      return {
        ok: true,
        entry: {
          commit: sha.value,
          time: new Date(d.createdAt),
          ...(actor !== undefined ? { actor } : {}),
          record,
          from: 'deployment',
          deployment: d,
          ignored: parsed.ignored,
        },
      };
    }
    return { ok: true };
  } catch (err) {
    return { ok: false, warning: readWarning(err, environment) };
  }
}

function invalidOptions(options: StartDeploymentOptions): string | undefined {
  const env = checkText(options.environment);
  if (!env.ok) return `the environment name ${env.reason}`;
  const ref = checkCommit(options.ref);
  if (!ref.ok) return `the ref ${ref.reason}`;
  for (const [label, url] of [
    ['log URL', options.logUrl],
    ['environment URL', options.environmentUrl],
  ] as const) {
    if (url === undefined) continue;
    const u = checkUrl(url);
    if (!u.ok) return `the ${label} ${u.reason}`;
  }
  return undefined;
}

function links(options: { logUrl?: string; environmentUrl?: string }): {
  logUrl?: string;
  environmentUrl?: string;
} {
  return {
    ...(options.logUrl !== undefined ? { logUrl: options.logUrl } : {}),
    ...(options.environmentUrl !== undefined ? { environmentUrl: options.environmentUrl } : {}),
  };
}

/** The deployment's description: its images, from → to, in at most 140 characters. */
function describe(record: DeployRecord): string {
  const text = `image-promote: ${record.images.map((i) => `${i.name} ${i.kind}`).join(', ') || 'configuration'}`;
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

function statusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('status' in err)) return undefined;
  const status = err.status;
  return typeof status === 'number' ? status : undefined;
}

function short(err: unknown): string {
  const text = errorMessage(err).replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

function writeWarning(err: unknown, what: string): string {
  const status = statusOf(err);
  const fallback = "the overlay commit's record (its trailers) still records this deploy";
  if (status === 403 || status === 404) {
    return `could not ${what} (HTTP ${status}): the token may not write deployments — give the job \`permissions: deployments: write\` to see deploys under the repository's environments; ${fallback}`;
  }
  return `could not ${what}${status !== undefined ? ` (HTTP ${status})` : ''}: ${short(err)}; ${fallback}`;
}

function readWarning(err: unknown, environment: string): string {
  const status = statusOf(err);
  const fallback = "the overlay's newest record is used instead";
  if (status === 403 || status === 404) {
    return `could not read the deployments of ${JSON.stringify(environment)} (HTTP ${status}): the token may not read deployments — give the job \`permissions: deployments: read\` (or write); ${fallback}`;
  }
  return `could not read the deployments of ${JSON.stringify(environment)}${status !== undefined ? ` (HTTP ${status})` : ''}: ${short(err)}; ${fallback}`;
}

function time(d: Deployment): number {
  const t = Date.parse(d.createdAt);
  return Number.isNaN(t) ? 0 : t;
}

function newestFirst(a: Deployment, b: Deployment): number {
  return time(b) - time(a) || b.id - a.id;
}

/** Whether `a` was created after `b`. */
function newer(a: Deployment, b: Deployment): boolean {
  return newestFirst(a, b) < 0;
}
