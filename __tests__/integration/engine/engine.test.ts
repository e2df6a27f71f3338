/**
 * The whole engine against a real git repository, docker engine and registry: the
 * decision table of DESIGN.md, end to end.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { withTagAndDigest, parseReference } from '../../../src/reference.js';
import { summaryMarkdown } from '../../../src/report.js';
import { skopeoDigest } from '../../support/docker-fixtures.js';
import {
  commitAndPush,
  createProject,
  originFile,
  pushEvent,
  runAction,
  type Project,
} from '../../support/engine-fixtures.js';
import { sharedRegistry } from '../../support/env.js';
import { cloneRepo, removeTempDirs } from '../../support/git-fixtures.js';
import { watchAccessLog } from '../../support/oci-fixtures.js';

afterAll(removeTempDirs);
const execFileP = promisify(execFile);

/**
 * The git processes `run` starts, each as its command and the options that say what it
 * asks (`rev-parse --show-toplevel`), read from GIT_TRACE (every git process inherits it).
 */
async function gitProcesses<T>(run: () => Promise<T>): Promise<{ result: T; git: string[] }> {
  const trace = join(mkdtempSync(join(tmpdir(), 'ip-git-trace-')), 'trace');
  process.env.GIT_TRACE = trace;
  let result: T;
  try {
    result = await run();
  } finally {
    delete process.env.GIT_TRACE;
  }
  const git = readFileSync(trace, 'utf8')
    .split('\n')
    .flatMap((line) => /trace: built-in: git (.*)$/.exec(line)?.[1] ?? [])
    .map((args) => {
      const words = args.split(' ').filter((w) => !/^(-c|core\.quotepath=off)$/.test(w));
      const command = words[0] ?? '';
      const asks = words
        .slice(1)
        .filter((w) => /^--(show-toplevel|is-shallow-repository|batch)$/.test(w));
      return [command, ...asks].join(' ');
    });
  return { result, git };
}

const PROD = 'k8s/prod/kustomization.yaml';
const STAGING = 'k8s/staging/kustomization.yaml';
const write = { overlay: PROD, 'write-overlay': 'true', commit: 'true', environment: 'prod' };

/** A file's content inside an image (docker create + cp; works for FROM scratch images). */
async function fileInImage(ref: string, path: string): Promise<string | undefined> {
  const run = (args: string[]) =>
    execFileP('docker', args, { env: process.env, encoding: 'buffer', maxBuffer: 1 << 24 });
  await run(['pull', '-q', ref]);
  const id = (await run(['create', ref, '/none'])).stdout.toString().trim();
  try {
    const tar = (await run(['cp', `${id}:${path}`, '-'])).stdout;
    // `docker cp … -` writes a tar stream: a 512-byte header, then the file's bytes.
    const size = parseInt(tar.subarray(124, 136).toString().replace(/\0/g, '').trim(), 8);
    return tar.subarray(512, 512 + size).toString();
  } catch {
    return undefined;
  } finally {
    await run(['rm', id]);
  }
}

/**
 * Runs `run` and checks the job summary's last line against the shared registry's access
 * log: the requests counted for the registry are the requests it logged under the project's
 * namespace (other test files use other namespaces), and the line says so in numbers.
 */
async function countedLikeTheLog(
  project: Project,
  run: () => Promise<{ report: Parameters<typeof summaryMarkdown>[0] }>,
): Promise<void> {
  const log = watchAccessLog(sharedRegistry().logFile);
  const { report } = await run();
  const logged = (await log.requests()).filter((r) =>
    r.split(' ')[1]?.startsWith(`/v2/${project.namespace}/`),
  );
  const line = summaryMarkdown(report).trimEnd().split('\n').at(-1) ?? '';
  const host = project.registry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const counted = new RegExp(`^Registry requests: \`${host}\` (\\d+)$`);
  expect(line).toMatch(counted);
  expect(Number(counted.exec(line)?.[1])).toBe(logged.length);
  expect(logged.length).toBeGreaterThan(0);
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

async function digestOf(project: Project, repo: string, tag: string): Promise<string | undefined> {
  return skopeoDigest(
    withTagAndDigest(parseReference(`${project.registry}/${project.namespace}/${repo}`), tag),
  );
}

/** A project whose overlays (prod and staging, or `overlays`) run images built from the first commit. */
async function bootstrapped(
  overlays = `${PROD}\n${STAGING}`,
): Promise<{ project: Project; initial: string }> {
  const project = createProject();
  const initial = project.work.head();
  // The environments start on the first build (one image value, one or two overlays).
  const run = await runAction(project, {
    event: 'workflow_dispatch',
    inputs: { mode: 'build', ...write, overlay: overlays },
  });
  expect(run.result.failure).toBeUndefined();
  project.work.git('pull', '-q', '--rebase', 'origin', 'main');
  return { project, initial };
}

describe('push to main', () => {
  let project: Project;
  let initial: string;
  let apiDigest: string | undefined;
  beforeAll(async () => {
    ({ project, initial } = await bootstrapped(PROD));
  });

  it('bootstrapped: both images built, overlay pinned to their tags, committed to origin', async () => {
    const overlay = originFile(project, PROD);
    expect(overlay).toContain(`newTag: sha-${short(initial)} # deployed`);
    expect(overlay).toContain(`newTag: "sha-${short(initial)}"`);
    expect(overlay).toContain('# the API server');
    expect(await digestOf(project, 'api', `sha-${short(initial)}`)).toMatch(/^sha256:/);
    expect(originFile(project, PROD, 'main~0')).toBe(overlay);
    expect(project.work.git('log', '-1', '--format=%an %s', 'origin/main')).toMatch(
      /^github-actions\[bot\] deploy\(prod\): api none → sha-/,
    );
  });

  it('code change: builds only that image, digest equals the registry, overlay updated', async () => {
    const [before, after] = commitAndPush(
      project,
      { 'services/api/app.txt': 'api v2\n' },
      'api change',
    );
    const run = await runAction(project, { ...pushEvent(project, before, after), inputs: write });
    expect(run.result.failure).toBeUndefined();
    const api = run.report.images.find((i) => i.name === 'api');
    const web = run.report.images.find((i) => i.name === 'web');
    expect(api).toMatchObject({
      decision: 'build',
      tag: `sha-${short(after)}`,
      status: 'verified',
      changed: 'code',
    });
    expect(api?.digest).toBe(await digestOf(project, 'api', `sha-${short(after)}`));
    apiDigest = api?.digest;
    // Only the deploy of what web runs came after web's image: nothing to do.
    expect(web).toMatchObject({
      decision: 'skip',
      tag: `sha-${short(initial)}`,
      status: 'verified',
      changed: 'none',
    });
    // The explanation compares with what prod runs (the bootstrap build), not the push's before.
    expect(run.outputs).toMatchObject({
      decision: 'build',
      tag: `sha-${short(after)}`,
      'base-rule': 'deployed',
      base: initial,
      head: after,
      changed: 'code',
      'overlay-changed': 'true',
    });
    expect(api?.source).toMatch(/^[0-9a-f]{64}$/);
    expect(await digestOf(project, 'api', `src-${api?.source.slice(0, 16) ?? ''}`)).toBe(
      api?.digest,
    );
    // latest moved on the default branch, never written to the overlay.
    expect(await digestOf(project, 'api', 'latest')).toBe(api?.digest);
    project.work.git('fetch', '-q');
    const overlay = originFile(project, PROD);
    expect(overlay).toContain(`newTag: sha-${short(after)} # deployed`);
    expect(overlay).toContain(`newTag: "sha-${short(initial)}"`);
    expect(overlay).not.toContain('latest');
    expect(run.outputs['commit-sha']).toBe(project.work.git('rev-parse', 'origin/main'));
    expect(JSON.parse(run.outputs.matrix ?? '')).toEqual({ include: [] });
    expect(run.outputs['kustomize-args']).toContain(
      `api=${project.registry}/${project.namespace}/api:sha-${short(after)}@sha256:`,
    );
    project.work.git('pull', '-q', '--rebase', 'origin', 'main');
  });

  it('re-run of the same commit: prod runs that source already, nothing is built', async () => {
    const head = project.work.git('rev-parse', 'HEAD~1');
    const before = project.work.git('rev-parse', 'HEAD~2');
    const digest = await digestOf(project, 'api', `sha-${short(head)}`);
    const run = await runAction(project, {
      ...pushEvent(project, before, head),
      inputs: { overlay: PROD },
    });
    const api = run.report.images.find((i) => i.name === 'api');
    expect(api).toMatchObject({ decision: 'skip', digest, status: 'verified' });
    expect(api?.reason).toMatch(
      /already runs sha-[0-9a-f]{7} \(sha256:[0-9a-f]{12}…, built from [0-9a-f]{7}\), an image of this source/,
    );
  });

  it('config-only change: reuses the running tag, proves it exists, builds nothing', async () => {
    const running = `sha-${short(project.work.git('rev-parse', 'HEAD~1'))}`;
    const [before, after] = commitAndPush(
      project,
      { 'k8s/prod/extra.yaml': 'kind: ConfigMap\n' },
      'config',
    );
    const { result: run, git } = await gitProcesses(() =>
      runAction(project, { ...pushEvent(project, before, after), inputs: { overlay: PROD } }),
    );
    expect(run.outputs).toMatchObject({ decision: 'reuse', changed: 'deploy', tag: running });
    // Every git process of the decision, each asked once: the head's tree; per commit the
    // overlay's tags were built from, that commit with the overlay's old text (one cat-file)
    // and the diff since; the overlay's top level; top level, shallowness and HEAD at once;
    // the record's log and old texts (the summary's picture reads the same, remembered).
    const deployed = new Set(
      [...project.work.git('show', `${before}:${PROD}`).matchAll(/newTag: "?sha-([0-9a-f]+)/g)].map(
        (m) => m[1],
      ),
    );
    expect(deployed.size).toBeGreaterThan(0);
    expect(git.sort()).toEqual(
      [
        'ls-tree',
        ...[...deployed].flatMap(() => ['cat-file --batch', 'diff']),
        'rev-parse --show-toplevel',
        'rev-parse --show-toplevel --is-shallow-repository',
        'log',
        'cat-file --batch',
      ].sort(),
    );
    expect(run.report.images.every((i) => i.decision === 'reuse' && i.status === 'verified')).toBe(
      true,
    );
    expect(await digestOf(project, 'api', `sha-${short(after)}`)).toBeUndefined();
  });

  it('docs-only change: nothing to deploy, outputs still say what runs', async () => {
    const { project } = await bootstrapped(PROD);
    const [before, after] = commitAndPush(project, { 'docs/guide.md': '# guide v2\n' }, 'docs');
    const run = await runAction(project, {
      ...pushEvent(project, before, after),
      inputs: { overlay: PROD },
    });
    expect(run.outputs).toMatchObject({
      decision: 'skip',
      changed: 'ignored',
      'overlay-changed': 'false',
    });
    expect(run.outputs.tag).toMatch(/^sha-/);
    expect(run.report.images.every((i) => i.digest.startsWith('sha256:'))).toBe(true);
  });

  it('a deployed tag that vanished: the image of this source is promoted, not rebuilt', async () => {
    const bogus = originFile(project, PROD).replace(
      /newTag: sha-[0-9a-f]{7} # deployed/,
      'newTag: sha-0000000 # deployed',
    );
    const [before, after] = commitAndPush(project, { [PROD]: bogus }, 'point at a missing tag');
    const run = await runAction(project, {
      ...pushEvent(project, before, after),
      inputs: { overlay: PROD },
    });
    const api = run.report.images.find((i) => i.name === 'api');
    // The image built for the code change, under this commit's tag: no rebuild.
    expect(api).toMatchObject({
      decision: 'promote',
      tag: `sha-${short(after)}`,
      status: 'verified',
      digest: apiDigest,
    });
    expect(api?.reason).toMatch(/an image of this source exists: src-[0-9a-f]{16}/);
  });

  it('an event with no base rule still decides by source: nothing to build', async () => {
    const run = await runAction(project, {
      event: 'repository_dispatch',
      inputs: { overlay: PROD },
    });
    expect(run.result.failure).toBeUndefined();
    expect(run.report.images.every((i) => i.decision !== 'build')).toBe(true);
  });

  it('dry run: decides and verifies, but pushes and writes nothing', async () => {
    const [before, after] = commitAndPush(
      project,
      { 'services/web/app.txt': 'web v9\n' },
      'web change',
    );
    const overlayBefore = originFile(project, PROD);
    const run = await runAction(project, {
      ...pushEvent(project, before, after),
      inputs: { ...write, 'dry-run': 'true' },
    });
    expect(run.report.images.find((i) => i.name === 'web')).toMatchObject({
      decision: 'build',
      status: 'planned',
      digest: '',
    });
    expect(await digestOf(project, 'web', `sha-${short(after)}`)).toBeUndefined();
    project.work.git('fetch', '-q');
    expect(originFile(project, PROD)).toBe(overlayBefore);
  });
});

describe('pull request previews', () => {
  let project: Project;
  beforeAll(async () => {
    ({ project } = await bootstrapped(PROD));
  });

  function prEvent(base: string, head: string) {
    return {
      event: 'pull_request',
      sha: head,
      ref: 'refs/pull/5/merge',
      payload: {
        number: 5,
        pull_request: {
          number: 5,
          head: { sha: head, ref: 'feature' },
          base: { sha: base, ref: 'main' },
        },
      },
      inputs: { overlay: PROD },
    };
  }

  it('code change builds pr-<n>-<sha>; a later docs-only commit reuses it; latest never moves', async () => {
    const base = project.work.head();
    project.work.git('checkout', '-q', '-b', 'feature');
    const first = project.work.commit({ 'services/web/app.txt': 'web preview\n' }, 'preview');
    project.work.git('push', '-q', 'origin', 'feature');
    const built = await runAction(project, prEvent(base, first));
    const web = built.report.images.find((i) => i.name === 'web');
    expect(web).toMatchObject({
      decision: 'build',
      tag: `pr-5-${short(first)}`,
      status: 'verified',
    });
    // api's source is what production runs.
    expect(built.report.images.find((i) => i.name === 'api')?.decision).toBe('skip');

    // A later commit with the same web source: the preview image gets this commit's tag.
    const second = project.work.commit({ 'docs/guide.md': 'pr docs\n' }, 'docs in pr');
    project.work.git('push', '-q', 'origin', 'feature');
    const reused = await runAction(project, prEvent(base, second));
    const webAgain = reused.report.images.find((i) => i.name === 'web');
    expect(webAgain).toMatchObject({
      decision: 'promote',
      tag: `pr-5-${short(second)}`,
      digest: web?.digest,
      status: 'verified',
    });
    expect(webAgain?.reason).toMatch(new RegExp(`an image of this source exists: src-`));

    // Another code change in the PR builds a new preview.
    const third = project.work.commit({ 'services/web/app.txt': 'web preview 2\n' }, 'more');
    const rebuilt = await runAction(project, prEvent(base, third));
    expect(rebuilt.report.images.find((i) => i.name === 'web')).toMatchObject({
      decision: 'build',
      tag: `pr-5-${short(third)}`,
    });
    expect(await digestOf(project, 'web', 'latest')).not.toBe(
      rebuilt.report.images.find((i) => i.name === 'web')?.digest,
    );
    project.work.git('checkout', '-q', 'main');
  });

  it('builds the PR head even when the checkout is the merge commit', async () => {
    const base = project.work.head();
    project.work.git('checkout', '-q', '-b', 'merge-test');
    const head = project.work.commit({ 'services/api/app.txt': 'from the PR head\n' }, 'pr api');
    // What actions/checkout does for pull_request: a merge commit of head into the base.
    project.work.git('checkout', '-q', '--detach', base);
    project.work.commit(
      {
        'services/api/extra.txt': 'only on main\n',
        'services/api/Dockerfile':
          'FROM scratch\nCOPY app.txt /app.txt\nCOPY extra.txt /extra.txt\n',
      },
      'main moved',
    );
    project.work.git('merge', '-q', '--no-ff', '-m', 'Merge head into base', head);
    const run = await runAction(project, prEvent(base, head));
    const api = run.report.images.find((i) => i.name === 'api');
    expect(api).toMatchObject({
      decision: 'build',
      tag: `pr-5-${short(head)}`,
      status: 'verified',
    });
    // The image holds the head's files only: app.txt from the PR, no extra.txt from main.
    const ref = `${project.registry}/${project.namespace}/api:${api?.tag ?? ''}`;
    expect(await fileInImage(ref, '/app.txt')).toBe('from the PR head\n');
    expect(await fileInImage(ref, '/extra.txt')).toBeUndefined();
    expect(project.work.git('worktree', 'list')).not.toMatch(/image-promote-head/);
    project.work.git('checkout', '-q', 'main');
  });

  it('no code change and no preview image: runs what production runs', async () => {
    const base = project.work.head();
    project.work.git('checkout', '-q', '-b', 'docs-only');
    const head = project.work.commit({ 'docs/other.md': 'x\n' }, 'docs');
    const run = await runAction(project, prEvent(base, head));
    for (const image of run.report.images) {
      expect(image).toMatchObject({ decision: 'skip', status: 'verified' });
      expect(image.reason).toMatch(/the environment already runs/);
    }
    project.work.git('checkout', '-q', 'main');
  });
});

describe('releases, rollbacks and promotion', () => {
  let project: Project;
  let initial: string;
  beforeAll(async () => {
    ({ project, initial } = await bootstrapped());
  });

  it('a release tag promotes the image built for its commit, without building', async () => {
    const [, fix] = commitAndPush(project, { 'services/api/app.txt': 'api v3\n' }, 'api fix');
    const built = await runAction(project, {
      ...pushEvent(project, project.work.git('rev-parse', 'HEAD~1'), fix),
      inputs: { overlay: PROD },
    });
    const apiDigest = built.report.images.find((i) => i.name === 'api')?.digest;
    // A docs commit after the build: its release still uses the image built for `fix`.
    const [, docs] = commitAndPush(project, { 'docs/guide.md': 'release notes\n' }, 'notes');
    project.work.git('tag', 'v1.0.0');
    project.work.git('push', '-q', 'origin', 'v1.0.0');
    const run = await runAction(project, {
      event: 'push',
      sha: docs,
      ref: 'refs/tags/v1.0.0',
      payload: { ref: 'refs/tags/v1.0.0', before: '0'.repeat(40), after: docs },
      inputs: { overlay: PROD, 'promote-tags': 'prod' },
    });
    expect(run.result.failure).toBeUndefined();
    const api = run.report.images.find((i) => i.name === 'api');
    expect(api).toMatchObject({
      decision: 'promote',
      tag: 'v1.0.0',
      digest: apiDigest,
      status: 'verified',
    });
    expect(api?.reason).toMatch(/promoting the image of [0-9a-f]{7}'s source, src-[0-9a-f]{16}/);
    expect(await digestOf(project, 'api', 'v1.0.0')).toBe(apiDigest);
    expect(await digestOf(project, 'api', 'prod')).toBe(apiDigest);
    expect(await digestOf(project, 'api', `sha-${short(docs)}`)).toBeUndefined();
    const web = run.report.images.find((i) => i.name === 'web');
    expect(web).toMatchObject({
      decision: 'promote',
      tag: 'v1.0.0',
      digest: await digestOf(project, 'web', `sha-${short(initial)}`),
    });
  });

  it('refuses to release a commit that is not on the default branch', async () => {
    project.work.git('checkout', '-q', '-b', 'side');
    const side = project.work.commit({ 'services/api/app.txt': 'side\n' }, 'unmerged');
    project.work.git('push', '-q', 'origin', 'side');
    project.work.git('tag', 'v9.9.9');
    const run = await runAction(project, {
      event: 'release',
      sha: side,
      ref: 'refs/tags/v9.9.9',
      payload: { release: { tag_name: 'v9.9.9' } },
      inputs: write,
    });
    project.work.git('checkout', '-q', 'main');
    expect(run.result.failure).toMatch(/not on the default branch "main"/);
    expect(run.result.overlayChanged).toBe(false);
    expect(await digestOf(project, 'api', 'v9.9.9')).toBeUndefined();
  });

  it('rollback: tag previous returns to the value deployed before', async () => {
    project.work.git('pull', '-q', '--rebase', 'origin', 'main');
    const before = originFile(project, PROD);
    const [b1, a1] = commitAndPush(project, { 'services/api/app.txt': 'api v4\n' }, 'api v4');
    const deploy = await runAction(project, { ...pushEvent(project, b1, a1), inputs: write });
    expect(deploy.outputs.decision).toBe('build');
    project.work.git('pull', '-q', '--rebase', 'origin', 'main');
    const previousTag = /newTag: (sha-[0-9a-f]{7}) # deployed/.exec(before)?.[1];
    const run = await runAction(project, {
      event: 'workflow_dispatch',
      inputs: { ...write, tag: 'previous' },
    });
    expect(run.result.failure).toBeUndefined();
    const api = run.report.images.find((i) => i.name === 'api');
    expect(api).toMatchObject({ decision: 'rollback', tag: previousTag, status: 'verified' });
    // web was not part of the last deploy: it keeps running what it runs.
    const web = run.report.images.find((i) => i.name === 'web');
    expect(web).toMatchObject({ decision: 'skip', status: 'verified' });
    expect(web?.reason).toMatch(/not rolled back; web keeps running/);
    project.work.git('fetch', '-q');
    expect(originFile(project, PROD)).toContain(`newTag: ${previousTag ?? ''} # deployed`);
    project.work.git('pull', '-q', '--rebase', 'origin', 'main');
  });

  it('promotes what staging runs to prod: same digests, env tag added', async () => {
    // Staging got the latest build; prod lags behind.
    const [b, a] = commitAndPush(project, { 'services/web/app.txt': 'web v5\n' }, 'web v5');
    const staged = await runAction(project, {
      ...pushEvent(project, b, a),
      inputs: { ...write, overlay: STAGING, environment: 'staging' },
    });
    expect(staged.result.failure).toBeUndefined();
    project.work.git('pull', '-q', '--rebase', 'origin', 'main');
    const run = await runAction(project, {
      event: 'workflow_dispatch',
      inputs: { ...write, mode: 'promote', 'from-overlay': STAGING, 'promote-tags': 'prod' },
    });
    expect(run.result.failure).toBeUndefined();
    const web = run.report.images.find((i) => i.name === 'web');
    expect(web).toMatchObject({ decision: 'promote', tag: `sha-${short(a)}`, status: 'verified' });
    expect(await digestOf(project, 'web', 'prod')).toBe(web?.digest);
    project.work.git('fetch', '-q');
    expect(originFile(project, PROD)).toContain(`newTag: "sha-${short(a)}"`);
    project.work.git('pull', '-q', '--rebase', 'origin', 'main');
  });

  it('an explicit tag redeploys it after proving it exists, and refuses one that does not', async () => {
    const ok = await runAction(project, {
      event: 'workflow_dispatch',
      inputs: { overlay: PROD, tag: `sha-${short(initial)}` },
    });
    expect(ok.report.images.every((i) => i.decision === 'reuse' && i.status === 'verified')).toBe(
      true,
    );
    const missing = await runAction(project, {
      event: 'workflow_dispatch',
      inputs: { ...write, tag: 'sha-fffffff' },
    });
    expect(missing.result.failure).toMatch(/sha-fffffff does not exist/);
    expect(missing.result.overlayChanged).toBe(false);
  });

  it('pin-digest writes the verified digest next to the tag', async () => {
    const run = await runAction(project, {
      event: 'workflow_dispatch',
      inputs: { ...write, mode: 'reuse', 'pin-digest': 'true' },
    });
    expect(run.result.failure).toBeUndefined();
    project.work.git('fetch', '-q');
    const overlay = originFile(project, PROD);
    for (const image of run.report.images) expect(overlay).toContain(`digest: ${image.digest}`);
    project.work.git('pull', '-q', '--rebase', 'origin', 'main');
  });
});

describe('failures and fan-out', () => {
  it('one failing image of three: the run fails, says which, and writes no overlay', async () => {
    const { project } = await bootstrapped();
    const images = `${project.imagesInput}\n- name: worker\n  repository: ${project.namespace}/worker\n  context: services/worker`;
    const [before, after] = commitAndPush(
      project,
      {
        'services/api/app.txt': 'api broken release\n',
        'services/web/app.txt': 'web ok\n',
        'services/worker/Dockerfile': 'FROM scratch\nCOPY missing-file.txt /\n',
      },
      'three changes',
    );
    const overlay = originFile(project, PROD);
    // worker is new to the overlay (create-missing): what fails is its build.
    const run = await runAction(project, {
      ...pushEvent(project, before, after),
      inputs: { ...write, images, 'create-missing': 'true' },
    });
    expect(run.result.failure).toMatch(/^worker: /);
    expect(run.result.failure).toMatch(/No overlay was written/);
    const worker = run.report.images.find((i) => i.name === 'worker');
    expect(worker?.status).toBe('failed');
    expect(worker?.reason).toMatch(/FAILED/);
    expect(
      run.report.images
        .filter((i) => i.status === 'verified')
        .map((i) => i.name)
        .sort(),
    ).toEqual(['api', 'web']);
    project.work.git('fetch', '-q');
    expect(originFile(project, PROD)).toBe(overlay);
    expect(project.work.git('status', '--porcelain', '--', 'k8s')).toBe('');
    // `latest` is not moved when any image of the run failed.
    expect(await digestOf(project, 'api', 'latest')).not.toBe(
      run.report.images.find((i) => i.name === 'api')?.digest,
    );
  });

  it('fan-out: plan emits the matrix, one job per image builds, the deploy job verifies and writes', async () => {
    const { project } = await bootstrapped();
    const [before, after] = commitAndPush(
      project,
      { 'services/api/app.txt': 'fan 1\n', 'services/web/app.txt': 'fan 2\n' },
      'both',
    );
    const event = pushEvent(project, before, after);
    // 1. plan
    const plan = await runAction(project, { ...event, inputs: { overlay: PROD, mode: 'plan' } });
    const matrix = JSON.parse(plan.outputs.matrix ?? '') as {
      include: { name: string; tag: string }[];
    };
    expect(matrix.include.map((m) => m.name).sort()).toEqual(['api', 'web']);
    expect(plan.report.images.every((i) => i.status === 'planned' && i.digest === '')).toBe(true);
    expect(await digestOf(project, 'api', `sha-${short(after)}`)).toBeUndefined();
    // A deploy before the builds finds nothing and writes nothing.
    const early = await runAction(project, {
      ...event,
      inputs: { ...write, 'from-plan': plan.outputs.images ?? '' },
    });
    expect(early.result.failure).toMatch(/is not in the registry; did its build job succeed/);
    // 2. one build job per matrix entry
    for (const entry of matrix.include) {
      const job = await runAction(project, {
        ...event,
        inputs: { overlay: PROD, mode: 'build', 'matrix-image': entry.name, tag: entry.tag },
      });
      expect(job.report.images).toHaveLength(1);
      expect(job.report.images[0]).toMatchObject({
        name: entry.name,
        decision: 'build',
        tag: entry.tag,
        status: 'verified',
      });
    }
    // 3. deploy
    const deploy = await runAction(project, {
      ...event,
      inputs: { ...write, 'from-plan': plan.outputs.images ?? '' },
    });
    expect(deploy.result.failure).toBeUndefined();
    expect(deploy.report.images.every((i) => i.status === 'verified')).toBe(true);
    project.work.git('fetch', '-q');
    const overlay = originFile(project, PROD);
    expect(overlay).toContain(`newTag: sha-${short(after)} # deployed`);
    expect(overlay).toContain(`newTag: "sha-${short(after)}"`);
    // A plan made after the builds knows they exist and leaves the matrix empty.
    const replan = await runAction(project, { ...event, inputs: { overlay: PROD, mode: 'plan' } });
    expect(JSON.parse(replan.outputs.matrix ?? '')).toEqual({ include: [] });
  });

  it('fan-out on a release: the deploy job carries out the planned promotion', async () => {
    const { project } = await bootstrapped();
    const head = project.work.head();
    project.work.git('tag', 'v5.0.0');
    project.work.git('push', '-q', 'origin', 'v5.0.0');
    const event = {
      event: 'push',
      sha: head,
      ref: 'refs/tags/v5.0.0',
      payload: { ref: 'refs/tags/v5.0.0', before: '0'.repeat(40), after: head },
    };
    let plan!: Awaited<ReturnType<typeof runAction>>;
    // The summary's request count is the registry's own count of the run's requests.
    await countedLikeTheLog(project, async () => {
      plan = await runAction(project, {
        ...event,
        inputs: { overlay: PROD, mode: 'plan', 'promote-tags': 'prod' },
      });
      return plan;
    });
    expect(JSON.parse(plan.outputs.matrix ?? '')).toEqual({ include: [] });
    expect(
      plan.report.images.every((i) => i.decision === 'promote' && i.status === 'planned'),
    ).toBe(true);
    expect(await digestOf(project, 'api', 'v5.0.0')).toBeUndefined();
    let deploy!: Awaited<ReturnType<typeof runAction>>;
    await countedLikeTheLog(project, async () => {
      deploy = await runAction(project, {
        ...event,
        inputs: { ...write, 'from-plan': plan.outputs.images ?? '', 'promote-tags': 'prod' },
      });
      return deploy;
    });
    expect(deploy.result.failure).toBeUndefined();
    const api = deploy.report.images.find((i) => i.name === 'api');
    expect(api).toMatchObject({ decision: 'promote', tag: 'v5.0.0', status: 'verified' });
    expect(await digestOf(project, 'api', 'v5.0.0')).toBe(api?.digest);
    expect(await digestOf(project, 'api', 'prod')).toBe(api?.digest);
    expect(originFile(project, PROD)).toContain('newTag: v5.0.0 # deployed');
  });

  it('works from a depth-1 checkout, deepening as needed', async () => {
    const { project } = await bootstrapped();
    const [before, after] = commitAndPush(project, { 'k8s/prod/extra.yaml': 'x: 1\n' }, 'config');
    const shallow = cloneRepoShallow(project);
    const run = await runAction(
      { ...project, work: shallow },
      { ...pushEvent(project, before, after), inputs: { overlay: PROD } },
    );
    expect(run.outputs).toMatchObject({
      decision: 'reuse',
      changed: 'deploy',
      'base-rule': 'deployed',
    });
    // Nothing was built for the config commit.
    expect(await digestOf(project, 'api', `sha-${short(after)}`)).toBeUndefined();
  });
});

function cloneRepoShallow(project: Project) {
  return cloneRepo(project.origin, { depth: 1 });
}

describe('rollback after a release', () => {
  it('goes back to the previous image, not to the same digest under its sha tag', async () => {
    const { project } = await bootstrapped();
    const head = project.work.head();
    project.work.git('tag', 'v3.0.0');
    project.work.git('push', '-q', 'origin', 'v3.0.0');
    // A tag checkout is detached: the overlay commit still goes to main.
    project.work.git('checkout', '-q', '--detach', 'v3.0.0');
    const release = await runAction(project, {
      event: 'push',
      sha: head,
      ref: 'refs/tags/v3.0.0',
      payload: { ref: 'refs/tags/v3.0.0', before: '0'.repeat(40), after: head },
      inputs: write,
    });
    expect(release.result.failure).toBeUndefined();
    expect(originFile(project, PROD)).toContain('newTag: v3.0.0 # deployed');
    project.work.git('checkout', '-q', 'main');
    project.work.git('pull', '-q', '--rebase', 'origin', 'main');
    // Right after the release, the only older value (sha-<first>) is the same image: there
    // is nothing to roll back to, and the run says so instead of "rolling back" to itself.
    const same = await runAction(project, {
      event: 'workflow_dispatch',
      inputs: { overlay: PROD, tag: 'previous' },
    });
    expect(same.result.failure).toMatch(/no earlier deploy of api to roll back to/);
    const [before, after] = commitAndPush(
      project,
      { 'services/api/app.txt': 'api regression\n' },
      'bad api',
    );
    const bad = await runAction(project, { ...pushEvent(project, before, after), inputs: write });
    expect(bad.outputs.tag).toBe(`sha-${short(after)}`);
    // From a depth-1 checkout, as actions/checkout makes: history is deepened as needed.
    const shallow = cloneRepo(project.origin, { depth: 1 });
    const run = await runAction(
      { ...project, work: shallow },
      { event: 'workflow_dispatch', inputs: { ...write, tag: 'previous' } },
    );
    expect(run.result.failure).toBeUndefined();
    // The value before sha-<bad> is v3.0.0 (a different image than sha-<bad>).
    expect(run.report.images.find((i) => i.name === 'api')).toMatchObject({
      decision: 'rollback',
      tag: 'v3.0.0',
    });
    expect(run.report.images.find((i) => i.name === 'web')).toMatchObject({
      decision: 'skip',
      tag: 'v3.0.0',
    });
  });
});

describe('scheduled and manual runs', () => {
  it('compare each image with the commit its deployed tag came from', async () => {
    const { project } = await bootstrapped();
    // web's code changes but is never deployed; then api changes and only api is deployed.
    commitAndPush(project, { 'services/web/app.txt': 'web never deployed\n' }, 'web');
    const [, apiCommit] = commitAndPush(
      project,
      { 'services/api/app.txt': 'api deployed\n' },
      'api',
    );
    const apiOnly = await runAction(project, {
      event: 'workflow_dispatch',
      inputs: { ...write, mode: 'build', 'matrix-image': 'api' },
    });
    expect(apiOnly.result.failure).toBeUndefined();
    project.work.git('pull', '-q', '--rebase', 'origin', 'main');
    const run = await runAction(project, { event: 'schedule', inputs: { overlay: PROD } });
    expect(run.outputs['base-rule']).toBe('deployed');
    // api runs its newest code (only its own deploy commit came after it); web's deployed
    // image is older than its code.
    expect(run.report.images.find((i) => i.name === 'api')).toMatchObject({
      decision: 'skip',
      changed: 'none',
      tag: `sha-${short(apiCommit)}`,
      base: apiCommit,
    });
    expect(run.report.images.find((i) => i.name === 'web')).toMatchObject({
      decision: 'build',
      changed: 'code',
    });
  });

  it('a release tag in the overlay leads back to its commit', async () => {
    const { project } = await bootstrapped();
    const head = project.work.head();
    project.work.git('tag', 'v7.0.0');
    project.work.git('push', '-q', 'origin', 'v7.0.0');
    const release = await runAction(project, {
      event: 'push',
      sha: head,
      ref: 'refs/tags/v7.0.0',
      payload: { ref: 'refs/tags/v7.0.0', before: '0'.repeat(40), after: head },
      inputs: write,
    });
    expect(release.result.failure).toBeUndefined();
    project.work.git('pull', '-q', '--rebase', 'origin', 'main');
    commitAndPush(project, { 'docs/after-release.md': 'notes\n' }, 'docs');
    const shallow = cloneRepo(project.origin, { depth: 1 });
    const run = await runAction(
      { ...project, work: shallow },
      { event: 'schedule', inputs: { overlay: PROD } },
    );
    // Since v7.0.0's commit: its own deploy commit and docs — nothing to build.
    expect(run.outputs).toMatchObject({
      decision: 'skip',
      'base-rule': 'deployed',
      changed: 'ignored',
      tag: 'v7.0.0',
      base: head,
    });
  });
});
