/**
 * Decisions from state, as a runner runs them: every run is the committed bundle
 * (dist/index.js) in its own process, against real git remotes, a real docker engine and a
 * real registry. Each scenario is one a diff-based tool gets wrong.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseReference, withTagAndDigest } from '../../../src/reference.js';
import { skopeoDigest } from '../../support/docker-fixtures.js';
import { runDist, type DistRun } from '../../support/dist-runner.js';
import {
  commitAndPush,
  createProject,
  originFile,
  pushEvent,
  type Project,
} from '../../support/engine-fixtures.js';
import { cloneRepo, removeTempDirs } from '../../support/git-fixtures.js';

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

async function digestOf(project: Project, repo: string, tag: string): Promise<string | undefined> {
  return skopeoDigest(
    withTagAndDigest(parseReference(`${project.registry}/${project.namespace}/${repo}`), tag),
  );
}

function ok(run: DistRun): DistRun {
  if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.log}`);
  return run;
}

/** A project whose prod overlay runs both images built from the first commit. */
async function deployedProject(): Promise<Project> {
  const project = createProject();
  ok(await runDist(project, { event: 'workflow_dispatch', inputs: { mode: 'build', ...write } }));
  project.work.git('pull', '-q', '--rebase', 'origin', 'main');
  return project;
}

function pull(project: Project): void {
  project.work.git('pull', '-q', '--rebase', 'origin', 'main');
}

describe('decisions from state, through dist/index.js', () => {
  it('a failed run is not forgotten: the next push, whatever it touches, deploys the missed change', async () => {
    const project = await deployedProject();
    // Push A: web changes, and api's build breaks. The run fails; nothing is deployed.
    const [beforeA, afterA] = commitAndPush(
      project,
      {
        'services/web/app.txt': 'web change that must reach prod\n',
        'services/api/Dockerfile': 'FROM scratch\nCOPY missing.txt /\n',
      },
      'web change, broken api',
    );
    const failed = await runDist(project, {
      ...pushEvent(project, beforeA, afterA),
      inputs: write,
    });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs.decision).toBe('failed');
    expect(image(failed, 'api')).toMatchObject({ status: 'failed' });
    const webBuilt = image(failed, 'web');
    expect(originFile(project, PROD)).not.toContain(`sha-${short(afterA)}`);
    // Push B touches only api (the fix). The push's own diff says nothing about web.
    const [beforeB, afterB] = commitAndPush(
      project,
      { 'services/api/Dockerfile': 'FROM scratch\nCOPY app.txt /app.txt\nLABEL fixed=yes\n' },
      'fix api',
    );
    const fixed = ok(
      await runDist(project, { ...pushEvent(project, beforeB, afterB), inputs: write }),
    );
    // web's source (A's change) exists from run A: promoted, not rebuilt, and deployed.
    expect(image(fixed, 'web')).toMatchObject({
      decision: 'promote',
      tag: `sha-${short(afterB)}`,
      digest: webBuilt.digest,
      status: 'verified',
    });
    expect(image(fixed, 'api')).toMatchObject({ decision: 'build', status: 'verified' });
    project.work.git('fetch', '-q');
    expect(originFile(project, PROD)).toContain(`newTag: "sha-${short(afterB)}"`);
  });

  it('a squash merge of a built pull request builds nothing: main gets the PR image under its own tag', async () => {
    const project = await deployedProject();
    const base = project.work.head();
    project.work.git('checkout', '-q', '-b', 'feature');
    const head = project.work.commit({ 'services/web/app.txt': 'web from the PR\n' }, 'pr web');
    project.work.git('push', '-q', 'origin', 'feature');
    const preview = ok(
      await runDist(project, {
        event: 'pull_request',
        sha: head,
        ref: 'refs/pull/7/merge',
        payload: {
          number: 7,
          pull_request: {
            number: 7,
            head: { sha: head, ref: 'feature' },
            base: { sha: base, ref: 'main' },
          },
        },
        inputs: { overlay: PROD },
      }),
    );
    const pr = image(preview, 'web');
    expect(pr).toMatchObject({ decision: 'build', tag: `pr-7-${short(head)}` });
    project.work.git('checkout', '-q', 'main');
    project.work.git('merge', '-q', '--squash', 'feature');
    project.work.git('commit', '-q', '-m', 'Squashed: pr web (#7)');
    const squash = project.work.head();
    project.work.git('push', '-q', 'origin', 'main');
    const merged = ok(
      await runDist(project, { ...pushEvent(project, base, squash), inputs: write }),
    );
    expect(image(merged, 'web')).toMatchObject({
      decision: 'promote',
      tag: `sha-${short(squash)}`,
      digest: pr.digest,
    });
    expect(await digestOf(project, 'web', `sha-${short(squash)}`)).toBe(pr.digest);
    expect(merged.log).not.toMatch(/docker build/);
  });

  it('dev → merge to main → v1.2.3: one build in all, one digest everywhere', async () => {
    const project = await deployedProject();
    const main = project.work.head();
    project.work.git('checkout', '-q', '-b', 'dev');
    const dev = project.work.commit({ 'services/api/app.txt': 'api from dev\n' }, 'dev api');
    project.work.git('push', '-q', 'origin', 'dev');
    const onDev = ok(
      await runDist(project, {
        event: 'push',
        sha: dev,
        ref: 'refs/heads/dev',
        payload: { ref: 'refs/heads/dev', before: main, after: dev },
        inputs: { overlay: PROD },
      }),
    );
    const built = image(onDev, 'api');
    expect(built).toMatchObject({ decision: 'build', tag: `sha-${short(dev)}` });
    project.work.git('checkout', '-q', 'main');
    project.work.git('merge', '-q', '--no-ff', '-m', 'Merge dev', 'dev');
    const merge = project.work.head();
    project.work.git('push', '-q', 'origin', 'main');
    const onMain = ok(
      await runDist(project, { ...pushEvent(project, main, merge), inputs: write }),
    );
    expect(image(onMain, 'api')).toMatchObject({ decision: 'promote', digest: built.digest });
    pull(project);
    const tagged = project.work.head();
    project.work.git('tag', 'v1.2.3');
    project.work.git('push', '-q', 'origin', 'v1.2.3');
    const release = ok(
      await runDist(project, {
        event: 'push',
        sha: tagged,
        ref: 'refs/tags/v1.2.3',
        payload: { ref: 'refs/tags/v1.2.3', before: '0'.repeat(40), after: tagged },
        inputs: { ...write, 'promote-tags': 'prod' },
      }),
    );
    expect(image(release, 'api')).toMatchObject({
      decision: 'promote',
      tag: 'v1.2.3',
      digest: built.digest,
    });
    expect(await digestOf(project, 'api', 'v1.2.3')).toBe(built.digest);
    expect(await digestOf(project, 'api', 'prod')).toBe(built.digest);
    for (const run of [onMain, release]) expect(run.log).not.toMatch(/docker build/);
  });

  it('a revert reuses the image of the reverted-to source', async () => {
    const project = await deployedProject();
    const [b1, c1] = commitAndPush(project, { 'services/api/app.txt': 'api good\n' }, 'good');
    const good = image(
      ok(await runDist(project, { ...pushEvent(project, b1, c1), inputs: write })),
      'api',
    );
    pull(project);
    const [b2, c2] = commitAndPush(project, { 'services/api/app.txt': 'api bad\n' }, 'bad');
    ok(await runDist(project, { ...pushEvent(project, b2, c2), inputs: write }));
    pull(project);
    project.work.git('revert', '--no-edit', c2);
    const reverted = project.work.head();
    project.work.git('push', '-q', 'origin', 'main');
    const run = ok(await runDist(project, { ...pushEvent(project, c2, reverted), inputs: write }));
    expect(image(run, 'api')).toMatchObject({
      decision: 'promote',
      digest: good.digest,
      tag: `sha-${short(reverted)}`,
    });
  });

  it('a release of HEAD on a depth-1 clone finds the image built one commit earlier: no build, no history', async () => {
    const project = await deployedProject();
    const [before, after] = commitAndPush(project, { 'services/api/app.txt': 'api 2\n' }, 'api 2');
    const built = image(
      ok(await runDist(project, { ...pushEvent(project, before, after), inputs: write })),
      'api',
    );
    pull(project);
    // HEAD is the bot's deploy commit on top of the build.
    const head = project.work.head();
    expect(project.work.git('log', '-1', '--format=%s')).toMatch(/^deploy\(prod\)/);
    project.work.git('tag', 'v1.2.3');
    project.work.git('push', '-q', 'origin', 'v1.2.3');
    const shallow = cloneRepo(project.origin, { depth: 1, branch: 'v1.2.3' });
    const run = ok(
      await runDist(
        { ...project, work: shallow },
        {
          event: 'push',
          sha: head,
          ref: 'refs/tags/v1.2.3',
          payload: { ref: 'refs/tags/v1.2.3', before: '0'.repeat(40), after: head },
          inputs: write,
        },
      ),
    );
    expect(image(run, 'api')).toMatchObject({
      decision: 'promote',
      tag: 'v1.2.3',
      digest: built.digest,
    });
    expect(run.log).not.toMatch(/docker build/);
    project.work.git('fetch', '-q');
    expect(originFile(project, PROD)).toContain('newTag: v1.2.3 # deployed');
  });

  it('the release gate reads history without making a deepened clone shallower', async () => {
    const project = await deployedProject();
    const tagged = project.work.head();
    // main moves on after the tag: the gate has to look at main's history.
    for (let i = 0; i < 3; i++)
      commitAndPush(project, { [`docs/n${i}.md`]: `${i}\n` }, `docs ${i}`);
    project.work.git('tag', 'v2.0.0', tagged);
    project.work.git('push', '-q', 'origin', 'v2.0.0');
    const clone = cloneRepo(project.origin, { depth: 1, branch: 'v2.0.0' });
    clone.git('fetch', '-q', '--deepen=1', 'origin', tagged);
    const count = clone.git('rev-list', '--count', 'HEAD');
    expect(Number(count)).toBeGreaterThan(1);
    const run = ok(
      await runDist(
        { ...project, work: clone },
        {
          event: 'push',
          sha: tagged,
          ref: 'refs/tags/v2.0.0',
          payload: { ref: 'refs/tags/v2.0.0', before: '0'.repeat(40), after: tagged },
          inputs: { overlay: PROD },
        },
      ),
    );
    expect(run.outputs.decision).toBe('promote');
    expect(clone.git('rev-list', '--count', 'HEAD')).toBe(count);
  });

  it('mode promote on a tag that is not on the default branch is refused; nothing moves', async () => {
    const project = await deployedProject();
    project.work.git('checkout', '-q', '-b', 'side');
    const side = project.work.commit({ 'docs/side.md': 'x\n' }, 'side');
    project.work.git('push', '-q', 'origin', 'side');
    project.work.git('tag', 'v9.0.0');
    project.work.git('push', '-q', 'origin', 'v9.0.0');
    project.work.git('checkout', '-q', 'main');
    const run = await runDist(project, {
      event: 'push',
      sha: side,
      ref: 'refs/tags/v9.0.0',
      payload: { ref: 'refs/tags/v9.0.0', before: '0'.repeat(40), after: side },
      inputs: {
        ...write,
        mode: 'promote',
        tag: `sha-${short(project.work.git('rev-parse', 'HEAD~1'))}`,
        'promote-tags': 'prod',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.decision).toBe('failed');
    expect(run.outputs.reason).toMatch(/not on the default branch "main"/);
    expect(await digestOf(project, 'api', 'prod')).toBeUndefined();
  });
});

describe('images that share one overlay value', () => {
  it('every image holds the written tag: the unchanged one gets it on its current digest', async () => {
    const project = createProject();
    const values = 'k8s/prod/values.yaml';
    project.work.commit(
      { [values]: '# shared by both images\nglobal:\n  imageTag: none\n' },
      'helm values',
    );
    project.work.git('push', '-q', 'origin', 'main');
    const images = project.imagesInput
      .replace(/context: services\/api/, 'context: services/api\n  key: global.imageTag')
      .replace(/context: services\/web/, 'context: services/web\n  key: global.imageTag');
    const inputs = { ...write, overlay: values, images };
    ok(
      await runDist(project, { event: 'workflow_dispatch', inputs: { ...inputs, mode: 'build' } }),
    );
    pull(project);
    const webBefore = await digestOf(
      project,
      'web',
      `sha-${short(project.work.git('rev-parse', 'HEAD~1'))}`,
    );
    expect(webBefore).toMatch(/^sha256:/);
    const [before, after] = commitAndPush(
      project,
      { 'services/api/app.txt': 'api 2\n' },
      'api only',
    );
    const run = ok(await runDist(project, { ...pushEvent(project, before, after), inputs }));
    expect(image(run, 'api')).toMatchObject({ decision: 'build', tag: `sha-${short(after)}` });
    expect(image(run, 'web')).toMatchObject({
      decision: 'reuse',
      tag: `sha-${short(after)}`,
      digest: webBefore,
    });
    // Both repositories hold the written tag; web's is its unchanged image.
    expect(await digestOf(project, 'web', `sha-${short(after)}`)).toBe(webBefore);
    expect(await digestOf(project, 'api', `sha-${short(after)}`)).toBe(image(run, 'api').digest);
    project.work.git('fetch', '-q');
    expect(originFile(project, values)).toBe(
      `# shared by both images\nglobal:\n  imageTag: sha-${short(after)}`,
    );
  });
});
