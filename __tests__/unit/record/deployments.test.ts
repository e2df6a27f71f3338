/**
 * GitHub Deployments as the record: the flow against an in-memory fake of the REST
 * endpoints (create → in_progress → success/failure, earlier ones marked inactive), reading
 * back the newest successful deployment, and every failure (403, 404, 500, a network
 * error) a warning with what to do, never a rejection.
 */
import { describe, expect, it } from '@jest/globals';
import {
  DEPLOYMENT_TASK,
  finishDeployment,
  readDeployed,
  startDeployment,
  type DeploymentsApi,
} from '../../../src/record/deployments.js';
import type {
  Deployment,
  DeploymentFilter,
  DeploymentStatus,
  NewDeployment,
  NewDeploymentStatus,
} from '../../../src/github/types.js';
import { recordToJson } from '../../../src/record/record.js';
import { exampleRecord, SHA } from '../../support/record-fixtures.js';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Method = 'create' | 'createStatus' | 'list' | 'listStatuses';

/** GitHub's deployments of one repository, in memory. */
class FakeDeployments implements DeploymentsApi {
  deployments: Deployment[] = [];
  statuses = new Map<number, DeploymentStatus[]>();
  calls: string[] = [];
  failures = new Map<Method, Error>();
  private nextId = 1;
  private clock = Date.UTC(2025, 0, 1);

  private check(method: Method): void {
    const failure = this.failures.get(method);
    if (failure) throw failure;
  }

  private now(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  create(params: NewDeployment): Promise<Deployment> {
    this.calls.push(`create ${params.environment} ${params.ref.slice(0, 7)}`);
    this.check('create');
    const d: Deployment = {
      id: this.nextId++,
      sha: params.ref,
      ref: params.ref,
      task: params.task ?? 'deploy',
      environment: params.environment,
      payload: JSON.parse(JSON.stringify(params.payload)) as unknown,
      createdAt: this.now(),
      creator: 'github-actions[bot]',
    };
    this.deployments.push(d);
    this.lastCreate = params;
    return Promise.resolve(d);
  }
  lastCreate?: NewDeployment;
  lastStatus = new Map<number, NewDeploymentStatus>();

  createStatus(id: number, params: NewDeploymentStatus): Promise<DeploymentStatus> {
    this.calls.push(`status ${id} ${params.state}`);
    this.check('createStatus');
    const status: DeploymentStatus = {
      id: this.nextId++,
      state: params.state,
      createdAt: this.now(),
      ...(params.logUrl ? { logUrl: params.logUrl } : {}),
      ...(params.environmentUrl ? { environmentUrl: params.environmentUrl } : {}),
    };
    this.statuses.set(id, [status, ...(this.statuses.get(id) ?? [])]);
    this.lastStatus.set(id, params);
    return Promise.resolve(status);
  }

  list(params: DeploymentFilter, limit: number): Promise<Deployment[]> {
    this.calls.push(`list ${params.environment ?? ''}`);
    this.check('list');
    return Promise.resolve(
      this.deployments
        .filter((d) => d.environment === params.environment)
        .filter((d) => params.task === undefined || d.task === params.task)
        .reverse()
        .slice(0, limit),
    );
  }

  listStatuses(id: number, limit: number): Promise<DeploymentStatus[]> {
    this.calls.push(`statuses ${id}`);
    this.check('listStatuses');
    return Promise.resolve((this.statuses.get(id) ?? []).slice(0, limit));
  }

  state(id: number): string | undefined {
    return this.statuses.get(id)?.[0]?.state;
  }
}

const RUN = 'https://github.com/acme/app/actions/runs/42/attempts/1';
const URL_ = 'https://prod.example.com/';

async function deploy(
  api: FakeDeployments,
  ref: string,
  state: 'success' | 'failure' = 'success',
  environment = 'prod',
): Promise<Deployment> {
  const started = await startDeployment(api, {
    environment,
    ref,
    record: exampleRecord({ configCommit: ref, environment }),
    logUrl: RUN,
    environmentUrl: URL_,
  });
  if (!started.ok) throw new Error(started.warning);
  const finished = await finishDeployment(api, started.deployment, {
    state,
    logUrl: RUN,
    environmentUrl: URL_,
  });
  if (!finished.ok) throw new Error(finished.warning);
  return started.deployment;
}

describe('startDeployment / finishDeployment', () => {
  it('creates the deployment with the record as payload, then in_progress → success', async () => {
    const api = new FakeDeployments();
    const started = await startDeployment(api, {
      environment: 'prod',
      ref: SHA.a,
      record: exampleRecord(),
      logUrl: RUN,
      environmentUrl: URL_,
      production: true,
    });
    expect(started.ok).toBe(true);
    expect(api.lastCreate).toEqual({
      ref: SHA.a,
      task: DEPLOYMENT_TASK,
      environment: 'prod',
      payload: recordToJson(exampleRecord()),
      description: 'image-promote: api build, worker rollback',
      productionEnvironment: true,
    });
    const id = started.ok ? started.deployment.id : 0;
    expect(api.lastStatus.get(id)).toEqual({
      state: 'in_progress',
      description: 'image-promote is deploying',
      logUrl: RUN,
      environmentUrl: URL_,
    });
    const finished = await finishDeployment(
      api,
      started.ok ? started.deployment : ({} as Deployment),
      {
        state: 'success',
        logUrl: RUN,
        environmentUrl: URL_,
      },
    );
    expect(finished).toEqual({ ok: true, inactivated: [], warnings: [] });
    expect(api.lastStatus.get(id)).toEqual({
      state: 'success',
      description: 'deployed by image-promote',
      logUrl: RUN,
      environmentUrl: URL_,
      autoInactive: true,
    });
  });

  it('marks the previous successful deployment inactive, and no others', async () => {
    const api = new FakeDeployments();
    const first = await deploy(api, SHA.a);
    const failed = await deploy(api, SHA.b, 'failure');
    const other = await deploy(api, SHA.b, 'success', 'staging');
    expect(api.state(first.id)).toBe('success');
    const second = await deploy(api, SHA.c);
    expect(api.state(first.id)).toBe('inactive');
    expect(api.state(failed.id)).toBe('failure');
    expect(api.state(other.id)).toBe('success');
    api.calls = [];
    const third = await deploy(api, SHA.d);
    expect(api.state(second.id)).toBe('inactive');
    // It stops at the first deployment that is inactive already.
    expect(api.calls.filter((c) => c.startsWith('statuses'))).toEqual([
      `statuses ${second.id}`,
      `statuses ${failed.id}`,
      `statuses ${first.id}`,
    ]);
    expect(api.state(third.id)).toBe('success');
  });

  it('turns a missing permission into a warning that says what to grant', async () => {
    for (const status of [403, 404]) {
      const api = new FakeDeployments();
      api.failures.set('create', new HttpError(status, 'Resource not accessible by integration'));
      const started = await startDeployment(api, {
        environment: 'prod',
        ref: SHA.a,
        record: exampleRecord(),
      });
      expect(started).toEqual({
        ok: false,
        warning: `could not create a deployment of "prod" (HTTP ${status}): the token may not write deployments — give the job \`permissions: deployments: write\` to see deploys under the repository's environments; the overlay commit's record (its trailers) still records this deploy`,
      });
    }
  });

  it('turns any other failure into a warning, at every step', async () => {
    const api = new FakeDeployments();
    api.failures.set('createStatus', new HttpError(500, 'Server Error'));
    const started = await startDeployment(api, {
      environment: 'prod',
      ref: SHA.a,
      record: exampleRecord(),
    });
    expect(started).toEqual({
      ok: false,
      warning:
        "could not set deployment 1 in progress (HTTP 500): Server Error; the overlay commit's record (its trailers) still records this deploy",
    });
    const finished = await finishDeployment(api, api.deployments[0] as Deployment, {
      state: 'failure',
    });
    expect(finished.ok).toBe(false);
    api.failures.clear();
    await deploy(api, SHA.b);
    api.failures.set('listStatuses', new Error('socket hang up'));
    const started2 = await startDeployment(api, {
      environment: 'prod',
      ref: SHA.c,
      record: exampleRecord(),
    });
    const done = await finishDeployment(
      api,
      started2.ok ? started2.deployment : ({} as Deployment),
      {
        state: 'success',
      },
    );
    expect(done).toEqual({
      ok: true,
      inactivated: [],
      warnings: [
        `could not mark the earlier deployments of "prod" inactive: socket hang up; the overlay commit's record (its trailers) still records this deploy`,
      ],
    });
  });

  it('refuses a ref that is not a full commit id or an environment name with a line break', async () => {
    const api = new FakeDeployments();
    expect(
      await startDeployment(api, { environment: 'prod', ref: 'main', record: exampleRecord() }),
    ).toEqual({
      ok: false,
      warning: 'no deployment was recorded: the ref a commit is a full id (40 or 64 lowercase hex)',
    });
    expect(
      await startDeployment(api, {
        environment: 'prod\n::error::x',
        ref: SHA.a,
        record: exampleRecord(),
      }),
    ).toEqual({
      ok: false,
      warning:
        'no deployment was recorded: the environment name holds a control character or a line break',
    });
    expect(api.calls).toEqual([]);
  });
});

describe('readDeployed', () => {
  it('reads the newest successful deployment: its commit, time, actor and record', async () => {
    const api = new FakeDeployments();
    await deploy(api, SHA.a);
    const good = await deploy(api, SHA.b);
    await deploy(api, SHA.c, 'failure');
    const inProgress = await startDeployment(api, {
      environment: 'prod',
      ref: SHA.d,
      record: exampleRecord(),
    });
    expect(inProgress.ok).toBe(true);
    const read = await readDeployed(api, 'prod');
    expect(read.ok).toBe(true);
    const entry = read.ok ? read.entry : undefined;
    expect(entry?.commit).toBe(SHA.b);
    expect(entry?.deployment.id).toBe(good.id);
    expect(entry?.record).toEqual(exampleRecord({ configCommit: SHA.b, environment: 'prod' }));
    expect(entry?.actor).toBe('octocat');
    expect(entry?.from).toBe('deployment');
    expect(entry?.time.toISOString()).toBe(good.createdAt);
  });

  it('passes over deployments whose payload is no record, and says when there is none', async () => {
    const api = new FakeDeployments();
    expect(await readDeployed(api, 'prod')).toEqual({ ok: true });
    const d = await deploy(api, SHA.a);
    d.payload = { something: 'else' };
    expect(await readDeployed(api, 'prod')).toEqual({ ok: true });
    d.payload = { imagePromoteRecord: { version: 1, images: [] } };
    const read = await readDeployed(api, 'prod');
    // Without a config commit in the record, the deployment's commit is the one that runs.
    expect(read.ok && read.entry?.record.configCommit).toBe(SHA.a);
    expect(read.ok && read.entry?.actor).toBe('github-actions[bot]');
  });

  it('turns a missing permission into a warning', async () => {
    const api = new FakeDeployments();
    api.failures.set('list', new HttpError(403, 'Forbidden'));
    expect(await readDeployed(api, 'prod')).toEqual({
      ok: false,
      warning:
        'could not read the deployments of "prod" (HTTP 403): the token may not read deployments — give the job `permissions: deployments: read` (or write); the overlay\'s newest record is used instead',
    });
  });
});
