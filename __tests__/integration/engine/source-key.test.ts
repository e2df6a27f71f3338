/**
 * Source keys and source tags end to end, through the committed bundle (dist/index.js) against
 * real git remotes, a real docker engine and a real registry:
 *   - a branch named like the source tag of an innocent change cannot give its image that tag;
 *   - an image whose context is the docs (a docs site) rebuilds when the docs change;
 *   - upgrading from key v1 to v2 rebuilds nothing that did not change: what an environment
 *     runs, built and source-tagged under v1, is adopted (given its v2 source tag), and only a
 *     changed image is built.
 */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseReference, withTagAndDigest } from '../../../src/reference.js';
import { SkopeoRegistry, skopeoDigest } from '../../support/docker-fixtures.js';
import { runDist, type DistRun } from '../../support/dist-runner.js';
import {
  commitAndPush,
  createProject,
  originFile,
  pushEvent,
  type Project,
} from '../../support/engine-fixtures.js';
import { removeTempDirs } from '../../support/git-fixtures.js';

afterAll(removeTempDirs);

const PROD = 'k8s/prod/kustomization.yaml';
const write = { overlay: PROD, 'write-overlay': 'true', commit: 'true', environment: 'prod' };

function short(sha: string): string {
  return sha.slice(0, 7);
}

function image(run: DistRun, name: string): Record<string, string> {
  const found = run.images.find((i) => i.name === name);
  if (!found) throw new Error(`no image ${name} in ${JSON.stringify(run.outputs)}\n${run.log}`);
  return found;
}

function ok(run: DistRun): DistRun {
  if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.log}`);
  return run;
}

function ref(project: Project, repo: string, tag: string) {
  return withTagAndDigest(parseReference(`${project.registry}/${project.namespace}/${repo}`), tag);
}

function pull(project: Project): void {
  project.work.git('pull', '-q', '--rebase', 'origin', 'main');
}

/** How many images the run asked docker to build. */
function builds(run: DistRun): number {
  return (run.log.match(/exec: docker (?:buildx )?build /g) ?? []).length;
}

describe('source tags are reserved', () => {
  it('a push to a branch named like an innocent change’s source tag fails with an input error and pushes nothing', async () => {
    const project = createProject();
    ok(await runDist(project, { event: 'workflow_dispatch', inputs: { mode: 'build', ...write } }));
    pull(project);
    const main = project.work.head();
    // The innocent change, not merged yet: anyone can compute its source key.
    project.work.git('checkout', '-q', '-b', 'innocent');
    const innocent = project.work.commit({ 'services/api/app.txt': 'api v2\n' }, 'innocent');
    const plan = ok(
      await runDist(project, {
        event: 'workflow_dispatch',
        sha: innocent,
        inputs: { mode: 'plan' },
      }),
    );
    const sourceTag = `src-${image(plan, 'api').source?.slice(0, 16) ?? ''}`;
    expect(sourceTag).toMatch(/^src-[0-9a-f]{16}$/);
    // The attack: a branch of that name with other code, and extra-tags: {branch}.
    project.work.git('checkout', '-q', '-b', sourceTag, main);
    const evil = project.work.commit({ 'services/api/app.txt': 'malicious\n' }, 'evil');
    project.work.git('push', '-q', 'origin', sourceTag);
    const attack = await runDist(project, {
      event: 'push',
      sha: evil,
      ref: `refs/heads/${sourceTag}`,
      payload: { ref: `refs/heads/${sourceTag}`, before: main, after: evil, forced: false },
      inputs: { 'extra-tags': 'latest\n{branch}' },
    });
    expect(attack.exitCode).toBe(1);
    expect(attack.outputs.decision).toBe('failed');
    expect(attack.outputs.reason).toMatch(
      new RegExp(
        `^input 'extra-tags': the branch "${sourceTag}" makes "\\{branch\\}" render "${sourceTag}", which has the shape of source-tag "src-\\{source:16\\}"`,
      ),
    );
    expect(builds(attack)).toBe(0);
    for (const tag of [sourceTag, `sha-${short(evil)}`])
      expect(await skopeoDigest(ref(project, 'api', tag))).toBeUndefined();
    // The innocent change lands: it is built from its own code, not promoted from the branch.
    project.work.git('checkout', '-q', 'main');
    project.work.git('merge', '-q', '--ff-only', 'innocent');
    project.work.git('push', '-q', 'origin', 'main');
    const landed = ok(await runDist(project, { ...pushEvent(project, main), inputs: write }));
    expect(image(landed, 'api')).toMatchObject({ decision: 'build', status: 'verified' });
    expect(await skopeoDigest(ref(project, 'api', sourceTag))).toBe(image(landed, 'api').digest);
  });
});

describe('the key is what docker sends', () => {
  it('a docs site (context: docs) rebuilds when the docs change; the services do not', async () => {
    const project = createProject();
    commitAndPush(project, { 'docs/Dockerfile': 'FROM scratch\nCOPY . /site/\n' }, 'a docs site');
    const withSite = {
      ...write,
      'create-missing': 'true',
      images: `${project.imagesInput}\n- name: site\n  repository: ${project.namespace}/site\n  context: docs`,
    };
    const first = ok(
      await runDist(project, {
        event: 'workflow_dispatch',
        inputs: { mode: 'build', ...withSite },
      }),
    );
    const site = image(first, 'site');
    pull(project);
    const [before, after] = commitAndPush(project, { 'docs/guide.md': '# guide v2\n' }, 'docs');
    const run = ok(
      await runDist(project, { ...pushEvent(project, before, after), inputs: withSite }),
    );
    expect(image(run, 'site')).toMatchObject({
      decision: 'build',
      tag: `sha-${short(after)}`,
      status: 'verified',
    });
    expect(image(run, 'site').reason).toMatch(/code of site changed .*\(e\.g\. docs\/guide\.md\)/);
    expect(image(run, 'site').digest).not.toBe(site.digest);
    // The services run what they ran (reuse: create-missing changed the overlay since).
    for (const name of ['api', 'web']) {
      expect(['skip', 'reuse']).toContain(image(run, name).decision);
      expect(image(run, name).digest).toBe(image(first, name).digest);
    }
    expect(builds(run)).toBe(1);
    project.work.git('fetch', '-q');
    expect(originFile(project, PROD)).toContain(`sha-${short(after)}`);
  });
});

/**
 * The v1 definition of a source key, frozen here: what image-promote tagged before v2, for a
 * context with no ignored or deploy files (sha256 over the version, the recipe and the
 * `<mode> SP <oid> TAB <path> NUL` records of the context's files).
 */
function v1Key(project: Project, rev: string, context: string): string {
  const listing = project.work.git('ls-tree', '-r', '--full-tree', rev, '--', context);
  const records = listing
    .split('\n')
    .map((line) => {
      const [meta, path] = line.split('\t') as [string, string];
      const [mode, , oid] = meta.split(' ');
      return `${mode as string} ${oid as string}\t${path}\0`;
    })
    .join('');
  const recipe = JSON.stringify({
    context,
    dockerfile: `${context}/Dockerfile`,
    target: null,
    buildArgs: [],
    platforms: [],
  });
  return createHash('sha256')
    .update(`image-promote source key v1\n${recipe}\n${records}`)
    .digest('hex');
}

describe('upgrading the key from v1 to v2', () => {
  it('adopts what runs when its source is unchanged, and builds only what changed', async () => {
    const project = createProject();
    const c1 = project.work.head();
    // What v1 left behind: prod runs sha-<c1> of both images, each tagged with its v1 source
    // tag (built here with source tags off, then tagged the way v1 tagged them).
    const v1run = ok(
      await runDist(project, {
        event: 'workflow_dispatch',
        inputs: { mode: 'build', 'source-tag': '', ...write },
      }),
    );
    const registry = new SkopeoRegistry();
    const v1Tags: Record<string, string> = {};
    for (const name of ['api', 'web']) {
      v1Tags[name] = `src-${v1Key(project, c1, `services/${name}`).slice(0, 16)}`;
      await registry.addTag(ref(project, name, `sha-${short(c1)}`), v1Tags[name]);
    }
    pull(project);
    // The first run of v2: web changed since, api did not.
    const [before, after] = commitAndPush(
      project,
      { 'services/web/app.txt': 'web v2\n', 'docs/guide.md': '# upgraded\n' },
      'web change',
    );
    const run = ok(await runDist(project, { ...pushEvent(project, before, after), inputs: write }));
    const api = image(run, 'api');
    const v2Tag = `src-${api.source?.slice(0, 16) ?? ''}`;
    expect(v2Tag).not.toBe(v1Tags.api);
    expect(api).toMatchObject({
      decision: 'skip',
      digest: image(v1run, 'api').digest,
      status: 'verified',
    });
    expect(api.reason).toMatch(new RegExp(`was built from the same source .* and gets ${v2Tag}`));
    // Adopted: the running image now has its v2 source tag too, on the same digest.
    expect(await skopeoDigest(ref(project, 'api', v2Tag))).toBe(image(v1run, 'api').digest);
    expect(await skopeoDigest(ref(project, 'api', v1Tags.api as string))).toBe(
      image(v1run, 'api').digest,
    );
    // web changed: built once, under its new tags.
    expect(image(run, 'web')).toMatchObject({
      decision: 'build',
      tag: `sha-${short(after)}`,
      status: 'verified',
    });
    expect(image(run, 'web').digest).not.toBe(image(v1run, 'web').digest);
    expect(builds(run)).toBe(1);
  });
});
