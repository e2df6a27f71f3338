/**
 * The record's DeploymentsApi on the real GitHub REST client, against the fake GitHub API:
 * a deploy becomes a deployment of the environment (task, ref, payload, no auto-merge, no
 * required contexts) with statuses in_progress → success, the run as its log and the
 * environment's URL; the one before is marked inactive; the newest successful one reads
 * back as the record; a token without the permission (403) is a warning naming it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  finishDeployment,
  readDeployed,
  startDeployment,
} from '../../../src/record/deployments.js';
import { createDeploymentsApi } from '../../../src/record/github.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js';
import { exampleRecord, SHA } from '../../support/record-fixtures.js';

const TOKEN = 'ghs_deploymentsAdapterTestT0ken000000001';
const LOG = 'https://github.com/acme/app/actions/runs/42/attempts/1';
const URL = 'https://shop.example.com/';

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub(TOKEN);
});
afterAll(() => github.close());

function api(repo = 'app') {
  return createDeploymentsApi({
    token: TOKEN,
    owner: 'acme',
    repo,
    env: { GITHUB_API_URL: github.baseUrl },
  });
}

describe('deployments through the REST client', () => {
  it('records a deploy, marks the one before inactive, and reads the newest back', async () => {
    const deployments = await api();
    const options = { environment: 'production', logUrl: LOG, environmentUrl: URL };
    const first = await startDeployment(deployments, {
      ...options,
      ref: SHA.a,
      record: exampleRecord({ configCommit: SHA.a }),
    });
    if (!first.ok) throw new Error(first.warning);
    expect(
      await finishDeployment(deployments, first.deployment, { state: 'success', ...options }),
    ).toEqual({ ok: true, inactivated: [], warnings: [] });
    const second = await startDeployment(deployments, {
      ...options,
      ref: SHA.b,
      record: exampleRecord({ configCommit: SHA.b, actor: 'release-manager' }),
    });
    if (!second.ok) throw new Error(second.warning);
    const done = await finishDeployment(deployments, second.deployment, {
      state: 'success',
      ...options,
    });
    // "production" is a production environment: GitHub's auto_inactive leaves it alone.
    expect(done).toEqual({ ok: true, inactivated: [first.deployment.id], warnings: [] });
    const [one, two] = github.deployments('acme/app');
    expect(two).toMatchObject({
      sha: SHA.b,
      ref: SHA.b,
      task: 'deploy:image-promote',
      environment: 'production',
      production_environment: true,
      request: { auto_merge: false, required_contexts: [] },
      payload: { imagePromoteRecord: { configCommit: SHA.b, actor: 'release-manager' } },
    });
    expect(two?.description).toBe('image-promote: api build, worker rollback');
    expect(two?.statuses.map((s) => [s.state, s.log_url, s.environment_url])).toEqual([
      ['in_progress', LOG, URL],
      ['success', LOG, URL],
    ]);
    expect(one?.statuses.map((s) => s.state)).toEqual(['in_progress', 'success', 'inactive']);
    const read = await readDeployed(deployments, 'production');
    if (!read.ok) throw new Error(read.warning);
    expect(read.entry).toMatchObject({
      commit: SHA.b,
      from: 'deployment',
      actor: 'release-manager',
      record: { configCommit: SHA.b, environment: 'prod' },
    });
    expect(read.entry?.time.toISOString()).toBe(two?.created_at);
    // Another environment has none.
    expect(await readDeployed(deployments, 'staging')).toEqual({ ok: true });
  });

  it('a token without deployments: write or read is a warning that names the permission', async () => {
    const deployments = await api('locked');
    github.forbid(/\/deployments/);
    try {
      const started = await startDeployment(deployments, {
        environment: 'prod',
        ref: SHA.a,
        record: exampleRecord(),
      });
      expect(started).toEqual({
        ok: false,
        warning: expect.stringMatching(
          /^could not create a deployment of "prod" \(HTTP 403\): the token may not write deployments — give the job `permissions: deployments: write`/,
        ) as unknown,
      });
      const read = await readDeployed(deployments, 'prod');
      expect(read).toEqual({
        ok: false,
        warning: expect.stringMatching(
          /^could not read the deployments of "prod" \(HTTP 403\): the token may not read deployments — give the job `permissions: deployments: read` \(or write\)/,
        ) as unknown,
      });
      expect(github.deployments('acme/locked')).toEqual([]);
    } finally {
      github.forbid();
    }
  });
});
