/**
 * Issue 10: the GitOps repository checked out inside the workspace (actions/checkout with
 * `repository: acme/gitops`, `path: gitops`), run through the committed bundle
 * (dist/index.js). The overlay change is committed and pushed in the repository that holds
 * the file — the GitOps remote — and the app repository does not move. Two pipelines racing
 * on the GitOps remote both land.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { runDist } from '../../support/dist-runner.js';
import {
  createAppProject,
  fileAt,
  image,
  ok,
  registryDigest,
  revParse,
} from '../../support/e2e.js';
import type { Project } from '../../support/engine-fixtures.js';
import {
  cloneRepo,
  createBareRemote,
  git,
  removeTempDirs,
  TempRepo,
} from '../../support/git-fixtures.js';

afterAll(removeTempDirs);

const VALUES = 'environments/prod/values.yaml';

function valuesYaml(tags: Record<string, string>): string {
  return [
    '# prod values: one chart per app (Argo CD syncs this file)',
    ...Object.entries(tags).flatMap(([app, tag]) => [
      `${app}:`,
      '  replicas: 2',
      '  image:',
      `    tag: ${tag} # written by image-promote`,
      '',
    ]),
  ].join('\n');
}

/** The GitOps remote, with every app at `bootstrap`. */
function gitopsRemote(apps: string[]): string {
  const bare = createBareRemote();
  const seed = cloneRepo(bare);
  seed.commit(
    { [VALUES]: valuesYaml(Object.fromEntries(apps.map((a) => [a, 'bootstrap']))) },
    'gitops: initial',
  );
  seed.git('push', '-q', 'origin', 'main');
  return bare;
}

/** An app repository with one image, deploying through `gitops/<VALUES>`. */
function app(name: string): Project {
  return createAppProject(
    () => ({
      [`services/${name}/Dockerfile`]: 'FROM scratch\nCOPY app.txt /app.txt\n',
      [`services/${name}/app.txt`]: `${name} v1\n`,
    }),
    ({ namespace }) =>
      [
        `- name: ${name}`,
        `  repository: ${namespace}/${name}`,
        `  context: services/${name}`,
        `  key: ${name}.image.tag`,
      ].join('\n'),
  );
}

/** actions/checkout `repository: acme/gitops`, `path: gitops` into the app's workspace. */
function nestedCheckout(project: Project, gitops: string): TempRepo {
  const dir = join(project.work.dir, 'gitops');
  git(project.work.dir, ['clone', '-q', gitops, dir]);
  return new TempRepo(dir);
}

const nestedInputs = {
  overlay: `gitops/${VALUES}`,
  'write-overlay': 'true',
  commit: 'true',
  environment: 'prod',
};

describe('a GitOps repository checked out inside the workspace', () => {
  it('commit: true commits and pushes in the GitOps repository; the app repository does not move', async () => {
    const gitops = gitopsRemote(['api']);
    const project = app('api');
    const checkout = nestedCheckout(project, gitops);
    const appMain = revParse(project.origin, 'main');
    const gitopsMain = revParse(gitops, 'main');
    const run = ok(await runDist(project, { event: 'workflow_dispatch', inputs: nestedInputs }));
    const api = image(run, 'api');
    expect(api).toMatchObject({ decision: 'build', status: 'verified' });
    expect(
      await registryDigest(`${project.registry}/${project.namespace}/api`, api.tag ?? ''),
    ).toBe(api.digest);
    // The commit is the GitOps remote's new main, on top of what it had.
    const tip = revParse(gitops, 'main');
    expect(run.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
    expect(run.outputs['commit-sha']).toBe(tip);
    expect(revParse(gitops, 'main^')).toBe(gitopsMain);
    expect(JSON.parse(run.outputs.commits ?? '{}')).toEqual({
      gitops: expect.objectContaining({ commit: tip, pushed: true, branch: 'main' }),
    });
    expect(fileAt(gitops, 'main', VALUES)).toBe(valuesYaml({ api: api.tag ?? '' }));
    expect(checkout.head()).toBe(tip);
    // The app repository: same commit locally and on origin, nothing staged or changed.
    expect(revParse(project.origin, 'main')).toBe(appMain);
    expect(project.work.head()).toBe(appMain);
    expect(project.work.git('status', '--porcelain', '--untracked-files=no')).toBe('');
    expect(project.work.git('log', '--format=%H', '--all')).not.toContain(tip);

    // A second deploy, then `tag: previous` reads the nested repository's history.
    const v2 = project.work.commit({ 'services/api/app.txt': 'api v2\n' }, 'api v2');
    project.work.git('push', '-q', 'origin', 'main');
    const second = ok(
      await runDist(project, {
        event: 'push',
        sha: v2,
        payload: { ref: 'refs/heads/main', before: appMain, after: v2 },
        inputs: nestedInputs,
      }),
    );
    expect(image(second, 'api')).toMatchObject({ decision: 'build' });
    const back = ok(
      await runDist(project, {
        event: 'workflow_dispatch',
        inputs: { ...nestedInputs, tag: 'previous' },
      }),
    );
    expect(image(back, 'api')).toMatchObject({
      decision: 'rollback',
      tag: api.tag,
      digest: api.digest,
    });
    expect(back.outputs['commit-sha']).toBe(revParse(gitops, 'main'));
    expect(fileAt(gitops, 'main', VALUES)).toBe(valuesYaml({ api: api.tag ?? '' }));
    expect(revParse(project.origin, 'main')).toBe(v2);
  });

  it('two pipelines racing on the GitOps remote both land', async () => {
    const gitops = gitopsRemote(['api', 'web']);
    const start = revParse(gitops, 'main');
    const api = app('api');
    const web = app('web');
    // Both checkouts are made before either run pushes: the later push is stale.
    nestedCheckout(api, gitops);
    nestedCheckout(web, gitops);
    const [a, w] = await Promise.all([
      runDist(api, { event: 'workflow_dispatch', inputs: nestedInputs }),
      runDist(web, { event: 'workflow_dispatch', inputs: nestedInputs }),
    ]);
    ok(a);
    ok(w);
    const apiTag = image(a, 'api').tag ?? '';
    const webTag = image(w, 'web').tag ?? '';
    const tip = revParse(gitops, 'main');
    // Both commits are on main, one on top of the other; the file has both values.
    const history = git(gitops, ['rev-list', 'main']).split('\n');
    expect(history).toHaveLength(3);
    expect(history).toContain(a.outputs['commit-sha']);
    expect(history).toContain(w.outputs['commit-sha']);
    expect([a.outputs['commit-sha'], w.outputs['commit-sha']]).toContain(tip);
    expect(history[2]).toBe(start);
    expect(fileAt(gitops, 'main', VALUES)).toBe(valuesYaml({ api: apiTag, web: webTag }));
    // The one that pushed second re-applied its edit on the other's result.
    expect(`${a.log}\n${w.log}`).toMatch(/re-applying the overlay change on top/);
    for (const p of [api, web]) expect(revParse(p.origin, 'main')).toBe(p.work.head());
  });
});
