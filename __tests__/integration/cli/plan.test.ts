/**
 * `image-promote plan --json` against a real repository and registry: the cases the
 * foundation issue names (code-only, config-only, docs-only, new branch, shallow clone,
 * tag push), plus its usage errors.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { main } from '../../../src/cli.js';
import { StderrLogger } from '../../../src/log.js';
import {
  commitAndPush,
  createProject,
  REPOSITORY,
  runAction,
  type Project,
} from '../../support/engine-fixtures.js';
import { cloneRepo, removeTempDirs, type TempRepo } from '../../support/git-fixtures.js';

afterAll(removeTempDirs);

const dir = mkdtempSync(join(tmpdir(), 'ip-cli-'));
let project: Project;
let configFile: string;
let deployed: string;

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function plan(
  cwd: string,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['plan', '--config', configFile, ...args], {
    cwd,
    env: { ...process.env, GITHUB_TOKEN: '' },
    stdout: (t) => (out += t),
    logger: new StderrLogger(false, (line) => (err += `${line}\n`)),
  });
  return { code, out, err };
}

async function planJson(
  cwd: string,
  args: string[],
): Promise<Record<string, unknown> & { images: Record<string, unknown>[] }> {
  const r = await plan(cwd, [...args, '--json']);
  expect(r.err).not.toMatch(/error/i);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Record<string, unknown> & { images: Record<string, unknown>[] };
}

function pushPayload(
  before: string,
  after: string,
  ref = 'refs/heads/main',
  extra: Record<string, unknown> = {},
): string {
  return file(`push-${after}.json`, { ref, before, after, repository: REPOSITORY, ...extra });
}

beforeAll(async () => {
  project = createProject();
  const boot = await runAction(project, {
    event: 'workflow_dispatch',
    inputs: {
      mode: 'build',
      overlay: 'k8s/prod/kustomization.yaml',
      'write-overlay': 'true',
      commit: 'true',
    },
  });
  expect(boot.result.failure).toBeUndefined();
  project.work.git('pull', '-q', '--rebase', 'origin', 'main');
  deployed = boot.report.images[0]?.tag ?? '';
  // The config file uses the action's input names, with YAML values.
  configFile = file(
    'image-promote.yml',
    [
      `registry: ${project.registry}`,
      'images:',
      ...project.imagesInput.split('\n').map((l) => `  ${l}`),
      'overlay: k8s/prod/kustomization.yaml',
      'deploy-paths: [k8s/**]',
      'write-overlay: true # ignored by plan: it never writes',
    ].join('\n'),
  );
});

describe('image-promote plan --json', () => {
  it('code-only change → build that image, the others skip', async () => {
    const [before, after] = commitAndPush(project, { 'services/api/app.txt': 'cli v2\n' }, 'code');
    const json = await planJson(project.work.dir, [
      '--event',
      pushPayload(before, after),
      '--event-name',
      'push',
    ]);
    expect(json).toMatchObject({
      decision: 'build',
      changed: 'code',
      baseRule: 'push',
      base: before,
      head: after,
      tag: `sha-${after.slice(0, 7)}`,
    });
    expect(json.images.map((i) => [i.name, i.decision])).toEqual([
      ['api', 'build'],
      ['web', 'skip'],
    ]);
    expect(json.matrix).toEqual({
      include: [
        {
          name: 'api',
          tag: `sha-${after.slice(0, 7)}`,
          repository: `${project.registry}/${project.namespace}/api`,
        },
      ],
    });
  });

  it('config-only change → reuse the deployed tags', async () => {
    const [before, after] = commitAndPush(project, { 'k8s/prod/patch.yaml': 'a: 1\n' }, 'config');
    const json = await planJson(project.work.dir, [
      '--event',
      pushPayload(before, after),
      '--event-name',
      'push',
    ]);
    expect(json).toMatchObject({ decision: 'reuse', changed: 'deploy', tag: deployed });
    expect(json.matrix).toEqual({ include: [] });
  });

  it('docs-only change → skip', async () => {
    const [before, after] = commitAndPush(project, { 'docs/guide.md': 'cli docs\n' }, 'docs');
    const json = await planJson(project.work.dir, [
      '--event',
      pushPayload(before, after),
      '--event-name',
      'push',
    ]);
    expect(json).toMatchObject({ decision: 'skip', changed: 'ignored' });
  });

  it('--base/--head without an event compare two revisions', async () => {
    const json = await planJson(project.work.dir, ['--base', 'HEAD~3', '--head', 'HEAD']);
    expect(json).toMatchObject({ decision: 'build', baseRule: 'input', changed: 'code' });
  });

  it('new branch → merge-base with main, not HEAD^', async () => {
    project.work.git('checkout', '-q', '-b', 'feature/cli');
    const one = project.work.commit({ 'services/web/app.txt': 'branch web\n' }, 'web on branch');
    const two = project.work.commit({ 'docs/branch.md': 'x\n' }, 'docs on branch');
    project.work.git('push', '-q', 'origin', 'feature/cli');
    const payload = pushPayload('0'.repeat(40), two, 'refs/heads/feature/cli', { created: true });
    const json = await planJson(project.work.dir, ['--event', payload, '--event-name', 'push']);
    project.work.git('checkout', '-q', 'main');
    expect(json).toMatchObject({
      baseRule: 'new-branch',
      base: project.work.head(),
      decision: 'build',
    });
    // HEAD^ alone would have seen only the docs commit.
    expect(json.images.find((i) => i.name === 'web')).toMatchObject({
      decision: 'build',
      tag: `sha-${two.slice(0, 7)}`,
    });
    expect(one).toHaveLength(40);
  });

  it('shallow clone → deepened, same answer as a full clone', async () => {
    const [before, after] = commitAndPush(project, { 'services/web/app.txt': 'shallow\n' }, 'web');
    const shallow: TempRepo = cloneRepo(project.origin, { depth: 1 });
    const json = await planJson(shallow.dir, [
      '--event',
      pushPayload(before, after),
      '--event-name',
      'push',
    ]);
    expect(json).toMatchObject({
      decision: 'build',
      baseRule: 'push',
      base: before,
      changed: 'code',
    });
    expect(Number(shallow.git('rev-list', '--count', 'HEAD'))).toBeGreaterThan(1);
  });

  it('tag push → release promotion of the image built for that commit', async () => {
    const built = await runAction(project, {
      event: 'workflow_dispatch',
      inputs: { mode: 'build', overlay: 'k8s/prod/kustomization.yaml' },
    });
    const head = project.work.head();
    project.work.git('tag', 'v2.0.0');
    project.work.git('push', '-q', 'origin', 'v2.0.0');
    const payload = file('tag.json', {
      ref: 'refs/tags/v2.0.0',
      before: '0'.repeat(40),
      after: head,
      repository: REPOSITORY,
    });
    const json = await planJson(project.work.dir, ['--event', payload, '--event-name', 'push']);
    expect(json).toMatchObject({ decision: 'promote', tag: 'v2.0.0', baseRule: 'first-release' });
    // Planned: the digest built for the commit, which the release tag will point to.
    expect(json.images[0]).toMatchObject({
      decision: 'promote',
      status: 'planned',
      digest: built.report.images[0]?.digest,
    });
  });

  it('prints a readable table without --json', async () => {
    const r = await plan(project.work.dir, ['--base', 'HEAD~1']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^decision: /);
    expect(r.out).toMatch(/IMAGE\s+DECISION\s+TAG\s+STATUS\s+REASON/);
  });

  it('exits 2 naming the problem for unknown flags and bad config', async () => {
    const unknown = await plan(project.work.dir, ['--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--frobnicate/);
    const half = await plan(project.work.dir, ['--event', 'x.json']);
    expect(half.code).toBe(2);
    expect(half.err).toMatch(/--event and --event-name go together/);
    configFile = file('bad.yml', 'imagez: []\n');
    const bad = await plan(project.work.dir, []);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown key "imagez"/);
    configFile = file('bad3.yml', `image: api\ntag-template: "{nope}"\n`);
    const bad3 = await plan(project.work.dir, []);
    expect(bad3.code).toBe(2);
    expect(bad3.err).toMatch(/input 'tag-template': unknown token \{nope\}/);
  });
});
