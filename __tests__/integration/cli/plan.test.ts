/**
 * `image-promote plan` against a real repository and registry, in the state model: every
 * scenario starts from a known deployed state (the engine built both images at commit C0 and
 * committed their `sha-C0` tags into the prod overlay), then changes the repository and asks
 * the plan. The explanation compares with the commit the environment runs (`baseRule:
 * deployed`); the event rules are used only when nothing says what runs. Plus the table
 * output and the usage errors.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { main } from '../../../src/cli.js';
import { StderrLogger } from '../../../src/log.js';
import {
  commitAndPush,
  createProject,
  REPOSITORY,
  runAction,
  type Project,
} from '../../support/engine-fixtures.js';
import { cloneRepo, removeTempDirs } from '../../support/git-fixtures.js';

afterAll(removeTempDirs);

const dir = mkdtempSync(join(tmpdir(), 'ip-cli-'));
const OVERLAY = 'k8s/prod/kustomization.yaml';
let fileCount = 0;

function file(name: string, content: unknown): string {
  const path = join(dir, `${++fileCount}-${name}`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

type PlanJson = Record<string, unknown> & {
  images: (Record<string, unknown> & { name: string; source: string; digest: string })[];
};

interface Scenario {
  project: Project;
  /** C0: the commit both deployed images were built from. */
  built: string;
  /** `sha-C0`, what the overlay names for both images. */
  tag: string;
  /** The images' digests and source keys at C0. */
  digest: { api: string; web: string };
  source: { api: string; web: string };
  /** The config file (the action's input names), with the prod overlay… */
  config: string;
  /** …and one without any overlay: nothing says what runs. */
  noOverlay: string;
}

function configFile(project: Project, overlay: boolean): string {
  return file(
    'image-promote.yml',
    [
      `registry: ${project.registry}`,
      'images:',
      ...project.imagesInput.split('\n').map((l) => `  ${l}`),
      'deploy-paths: [k8s/**]',
      ...(overlay
        ? [`overlay: ${OVERLAY}`, 'write-overlay: true # ignored by plan: it never writes']
        : []),
    ].join('\n'),
  );
}

/**
 * A project whose prod overlay runs both images built at C0: mode build with write-overlay
 * and commit (the bot's overlay commit C1 is pulled into the checkout, which is on C1).
 */
async function deployedScenario(): Promise<Scenario> {
  const project = createProject();
  const built = project.work.head();
  const boot = await runAction(project, {
    event: 'workflow_dispatch',
    inputs: { mode: 'build', overlay: OVERLAY, 'write-overlay': 'true', commit: 'true' },
  });
  expect(boot.result.failure).toBeUndefined();
  project.work.git('pull', '-q', '--rebase', 'origin', 'main');
  expect(project.work.show(OVERLAY)).toContain(`newTag: sha-${built.slice(0, 7)} # deployed`);
  const [api, web] = boot.report.images;
  expect([api?.name, web?.name]).toEqual(['api', 'web']);
  return {
    project,
    built,
    tag: `sha-${built.slice(0, 7)}`,
    digest: { api: api?.digest ?? '', web: web?.digest ?? '' },
    source: { api: api?.source ?? '', web: web?.source ?? '' },
    config: configFile(project, true),
    noOverlay: configFile(project, false),
  };
}

async function plan(
  cwd: string,
  config: string,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['plan', '--config', config, ...args], {
    cwd,
    env: { ...process.env, GITHUB_TOKEN: '', GITHUB_REF: undefined },
    stdout: (t) => (out += t),
    logger: new StderrLogger(false, (line) => (err += `${line}\n`)),
  });
  return { code, out, err };
}

async function planJson(cwd: string, config: string, args: string[]): Promise<PlanJson> {
  const r = await plan(cwd, config, [...args, '--json']);
  if (r.code !== 0) throw new Error(`plan ${args.join(' ')} exited ${r.code}: ${r.err}`);
  expect(r.err).not.toMatch(/error/i);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as PlanJson;
}

function pushPayload(
  before: string,
  after: string,
  ref = 'refs/heads/main',
  extra: Record<string, unknown> = {},
): string {
  return file(`push-${after}.json`, { ref, before, after, repository: REPOSITORY, ...extra });
}

function push(before: string, after: string): string[] {
  return ['--event', pushPayload(before, after), '--event-name', 'push'];
}

function image(json: PlanJson, name: string): PlanJson['images'][number] {
  const found = json.images.find((i) => i.name === name);
  if (!found) throw new Error(`no image ${name} in the plan`);
  return found;
}

const HEX64 = /^[0-9a-f]{64}$/;

describe('image-promote plan --json, from a deployed state', () => {
  it('code-only change → that image builds, the other skips', async () => {
    const s = await deployedScenario();
    const [before, after] = commitAndPush(s.project, { 'services/api/app.txt': 'v2\n' }, 'code');
    const json = await planJson(s.project.work.dir, s.config, push(before, after));
    const tag = `sha-${after.slice(0, 7)}`;
    expect(json).toMatchObject({
      decision: 'build',
      changed: 'code',
      baseRule: 'deployed',
      base: s.built,
      head: after,
      tag,
    });
    expect(image(json, 'api')).toMatchObject({
      decision: 'build',
      status: 'planned',
      tag,
      from: s.tag,
      changed: 'code',
      base: s.built,
      digest: '',
    });
    expect(image(json, 'api').source).toMatch(HEX64);
    expect(image(json, 'api').source).not.toBe(s.source.api);
    // web runs an image of exactly its source: nothing to do, nothing to write.
    expect(image(json, 'web')).toMatchObject({
      decision: 'skip',
      tag: s.tag,
      digest: s.digest.web,
      source: s.source.web,
      changed: 'none',
      base: s.built,
    });
    expect(json.matrix).toEqual({
      include: [
        { name: 'api', tag, repository: `${s.project.registry}/${s.project.namespace}/api` },
      ],
    });
  });

  it('code-only change whose source was already built → promoted, not rebuilt', async () => {
    const s = await deployedScenario();
    const { project } = s;
    // The same change was built on a branch before (a pull request's preview, say).
    project.work.git('checkout', '-q', '-b', 'feature/api');
    const branchCommit = project.work.commit({ 'services/api/app.txt': 'v3\n' }, 'api v3');
    const preview = await runAction(project, {
      event: 'workflow_dispatch',
      ref: 'refs/heads/feature/api',
      inputs: {},
    });
    expect(preview.result.failure).toBeUndefined();
    const built = preview.report.images.find((i) => i.name === 'api');
    expect(built?.tag).toBe(`sha-${branchCommit.slice(0, 7)}`);
    // main gets the same content in a commit of its own (a squash merge).
    project.work.git('checkout', '-q', 'main');
    const [before, after] = commitAndPush(project, { 'services/api/app.txt': 'v3\n' }, 'squash');
    const json = await planJson(project.work.dir, s.config, push(before, after));
    const tag = `sha-${after.slice(0, 7)}`;
    expect(json).toMatchObject({ decision: 'promote', changed: 'code', baseRule: 'deployed' });
    expect(image(json, 'api')).toMatchObject({
      decision: 'promote',
      status: 'planned',
      tag,
      from: s.tag,
      digest: built?.digest,
      source: built?.source,
    });
    expect(String(image(json, 'api').reason)).toMatch(
      new RegExp(`an image of this source exists: src-${built?.source.slice(0, 16) ?? '?'}`),
    );
    expect(image(json, 'web')).toMatchObject({ decision: 'skip', tag: s.tag });
    expect(json.matrix).toEqual({ include: [] });
  });

  it('config-only change on top of the deployed state → reuse, no build', async () => {
    const s = await deployedScenario();
    const [before, after] = commitAndPush(s.project, { 'k8s/prod/patch.yaml': 'a: 1\n' }, 'cfg');
    const json = await planJson(s.project.work.dir, s.config, push(before, after));
    expect(json).toMatchObject({
      decision: 'reuse',
      changed: 'deploy',
      baseRule: 'deployed',
      base: s.built,
      head: after,
      tag: s.tag,
      digests: { api: s.digest.api, web: s.digest.web },
    });
    for (const name of ['api', 'web'] as const) {
      expect(image(json, name)).toMatchObject({
        decision: 'reuse',
        tag: s.tag,
        from: s.tag,
        digest: s.digest[name],
        source: s.source[name],
        changed: 'deploy',
      });
    }
    expect(json.matrix).toEqual({ include: [] });
  });

  it('a config-only push after an undeployed code change still builds that change', async () => {
    const s = await deployedScenario();
    // A code change whose run never deployed it (failed, cancelled, skipped)…
    const [, code] = commitAndPush(s.project, { 'services/web/app.txt': 'lost\n' }, 'web');
    // …then a push that only touches deploy config: the event diff alone would say "reuse".
    const [before, after] = commitAndPush(s.project, { 'k8s/prod/patch.yaml': 'b: 2\n' }, 'cfg');
    expect(before).toBe(code);
    const json = await planJson(s.project.work.dir, s.config, push(before, after));
    const tag = `sha-${after.slice(0, 7)}`;
    expect(json).toMatchObject({ decision: 'build', changed: 'code', baseRule: 'deployed' });
    expect(image(json, 'web')).toMatchObject({
      decision: 'build',
      tag,
      changed: 'code',
      base: s.built,
    });
    expect(image(json, 'api')).toMatchObject({ decision: 'reuse', tag: s.tag, changed: 'deploy' });
    expect(json.matrix).toEqual({
      include: [
        { name: 'web', tag, repository: `${s.project.registry}/${s.project.namespace}/web` },
      ],
    });
  });

  it('docs-only change → skip', async () => {
    const s = await deployedScenario();
    const [before, after] = commitAndPush(s.project, { 'docs/guide.md': 'cli docs\n' }, 'docs');
    const json = await planJson(s.project.work.dir, s.config, push(before, after));
    expect(json).toMatchObject({
      decision: 'skip',
      changed: 'ignored',
      baseRule: 'deployed',
      base: s.built,
      tag: s.tag,
    });
    expect(json.images.map((i) => [i.name, i.decision, i.tag])).toEqual([
      ['api', 'skip', s.tag],
      ['web', 'skip', s.tag],
    ]);
  });

  it('--head plans another commit; --base overrides the comparison', async () => {
    const s = await deployedScenario();
    const { project } = s;
    const start = project.work.head();
    const [, code] = commitAndPush(project, { 'services/api/app.txt': 'head\n' }, 'code');
    commitAndPush(project, { 'docs/later.md': 'x\n' }, 'docs');
    // --head: the plan for the code commit, compared with what runs.
    const atCode = await planJson(project.work.dir, s.config, ['--head', code]);
    expect(atCode).toMatchObject({
      decision: 'build',
      head: code,
      base: s.built,
      baseRule: 'deployed',
      tag: `sha-${code.slice(0, 7)}`,
    });
    expect(image(atCode, 'web')).toMatchObject({ decision: 'skip', tag: s.tag });
    // --base overrides the explanation's comparison, even when the overlay says what runs…
    const withBase = await planJson(project.work.dir, s.config, ['--base', code]);
    expect(withBase).toMatchObject({ baseRule: 'input', base: code });
    // …and without an overlay too.
    const json = await planJson(project.work.dir, s.noOverlay, ['--base', start, '--head', 'HEAD']);
    const tag = `sha-${project.work.head().slice(0, 7)}`;
    expect(json).toMatchObject({
      baseRule: 'input',
      base: start,
      head: project.work.head(),
      changed: 'code',
      decision: 'build',
    });
    expect(image(json, 'api')).toMatchObject({ decision: 'build', tag, changed: 'code' });
    // No overlay: nothing runs web yet, and an image of its source exists → promote.
    expect(image(json, 'web')).toMatchObject({
      decision: 'promote',
      tag,
      digest: s.digest.web,
      changed: 'ignored',
    });
  });

  it('new branch → compared with the deployed commit; without an overlay, the merge-base with main', async () => {
    const s = await deployedScenario();
    const { project } = s;
    const fork = project.work.head();
    project.work.git('checkout', '-q', '-b', 'feature/cli');
    project.work.commit({ 'services/web/app.txt': 'branch web\n' }, 'web on branch');
    const two = project.work.commit({ 'docs/branch.md': 'x\n' }, 'docs on branch');
    project.work.git('push', '-q', 'origin', 'feature/cli');
    // main moves on after the fork: not part of the branch's change.
    project.work.git('checkout', '-q', 'main');
    commitAndPush(project, { 'services/api/app.txt': 'main moved\n' }, 'api on main');
    project.work.git('checkout', '-q', 'feature/cli');
    const payload = pushPayload('0'.repeat(40), two, 'refs/heads/feature/cli', { created: true });
    const args = ['--event', payload, '--event-name', 'push'];
    const tag = `sha-${two.slice(0, 7)}`;

    const json = await planJson(project.work.dir, s.config, args);
    // HEAD^ alone would have seen only the docs commit.
    expect(json).toMatchObject({ baseRule: 'deployed', base: s.built, decision: 'build' });
    expect(image(json, 'web')).toMatchObject({ decision: 'build', tag, changed: 'code' });
    // The branch's docs commit is ignored for every image.
    expect(image(json, 'api')).toMatchObject({ decision: 'skip', tag: s.tag, changed: 'ignored' });

    const unknown = await planJson(project.work.dir, s.noOverlay, args);
    expect(unknown).toMatchObject({ baseRule: 'new-branch', base: fork, decision: 'build' });
    expect(image(unknown, 'web')).toMatchObject({ decision: 'build', tag, changed: 'code' });
    expect(image(unknown, 'api')).toMatchObject({
      decision: 'promote',
      tag,
      digest: s.digest.api,
      changed: 'ignored',
    });
    project.work.git('checkout', '-q', 'main');
  });

  it('shallow clone → the same answer as a full clone', async () => {
    const s = await deployedScenario();
    const [before, after] = commitAndPush(s.project, { 'services/web/app.txt': 'shallow\n' }, 'w');
    const full = await planJson(s.project.work.dir, s.config, push(before, after));
    const shallow = cloneRepo(s.project.origin, { depth: 1 });
    expect(shallow.git('rev-list', '--count', 'HEAD')).toBe('1');
    const json = await planJson(shallow.dir, s.config, push(before, after));
    expect(json).toEqual(full);
    expect(json).toMatchObject({
      decision: 'build',
      baseRule: 'deployed',
      base: s.built,
      head: after,
      changed: 'code',
    });
    expect(json.images.map((i) => [i.name, i.decision])).toEqual([
      ['api', 'skip'],
      ['web', 'build'],
    ]);
  });

  it("tag push → release promotion of the image of that commit's source", async () => {
    const s = await deployedScenario();
    const { project } = s;
    // api changes and is built (not deployed); the release is tagged on that commit.
    commitAndPush(project, { 'services/api/app.txt': 'release\n' }, 'api for the release');
    const built = await runAction(project, { event: 'workflow_dispatch', inputs: {} });
    expect(built.result.failure).toBeUndefined();
    const apiBuilt = built.report.images.find((i) => i.name === 'api');
    expect(apiBuilt?.decision).toBe('build');
    const head = project.work.head();
    project.work.git('tag', 'v2.0.0');
    project.work.git('push', '-q', 'origin', 'v2.0.0');
    const payload = file('tag.json', {
      ref: 'refs/tags/v2.0.0',
      before: '0'.repeat(40),
      after: head,
      repository: REPOSITORY,
    });
    const json = await planJson(project.work.dir, s.config, [
      '--event',
      payload,
      '--event-name',
      'push',
    ]);
    expect(json).toMatchObject({
      decision: 'promote',
      tag: 'v2.0.0',
      head,
      baseRule: 'deployed',
      base: s.built,
    });
    // Planned: the release tag goes to the digest of each image's source at the tagged commit.
    expect(image(json, 'api')).toMatchObject({
      decision: 'promote',
      status: 'planned',
      tag: 'v2.0.0',
      from: s.tag,
      digest: apiBuilt?.digest,
      source: apiBuilt?.source,
    });
    expect(image(json, 'web')).toMatchObject({
      decision: 'promote',
      status: 'planned',
      tag: 'v2.0.0',
      digest: s.digest.web,
      source: s.source.web,
    });
    expect(json.matrix).toEqual({ include: [] });
  });
});

describe('image-promote plan (table and usage)', () => {
  it('prints a table with each image’s source key', async () => {
    const s = await deployedScenario();
    const [before, after] = commitAndPush(s.project, { 'services/api/app.txt': 't\n' }, 'code');
    const json = await planJson(s.project.work.dir, s.config, push(before, after));
    const r = await plan(s.project.work.dir, s.config, push(before, after));
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^decision: build — /);
    expect(lines[1]).toBe(
      `changes:  code in ${s.built.slice(0, 7)}..${after.slice(0, 7)} (deployed)`,
    );
    expect(lines[3]).toMatch(/^IMAGE\s+DECISION\s+FROM → TO\s+SOURCE\s+STATUS\s+REASON$/);
    const row = (name: string) => lines.find((l) => l.startsWith(`${name} `))?.split(/\s{2,}/);
    expect(row('api')?.slice(0, 5)).toEqual([
      'api',
      'build',
      `${s.tag} → sha-${after.slice(0, 7)}`,
      image(json, 'api').source.slice(0, 16),
      'planned',
    ]);
    expect(row('web')?.slice(0, 5)).toEqual([
      'web',
      'skip',
      s.tag,
      s.source.web.slice(0, 16),
      'verified',
    ]);
  });

  it('exits 2 naming the problem for unknown flags and bad config', async () => {
    const project = createProject();
    const cwd = project.work.dir;
    const good = configFile(project, true);
    const unknown = await plan(cwd, good, ['--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--frobnicate/);
    const half = await plan(cwd, good, ['--event', 'x.json']);
    expect(half.code).toBe(2);
    expect(half.err).toMatch(/--event and --event-name go together/);
    const dash = await plan(cwd, good, ['--base=-x']);
    expect(dash.code).toBe(2);
    expect(dash.err).toMatch(/--base "-x" is not a revision/);
    const noHead = await plan(cwd, good, ['--head', 'nope']);
    expect(noHead.code).toBe(2);
    expect(noHead.err).toMatch(/--head "nope" is not a commit here/);
    const bad = await plan(cwd, file('bad.yml', 'imagez: []\n'), []);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown key "imagez"/);
    const bad3 = await plan(cwd, file('bad3.yml', `image: api\ntag-template: "{nope}"\n`), []);
    expect(bad3.code).toBe(2);
    expect(bad3.err).toMatch(/input 'tag-template': unknown token \{nope\}/);
  });
});
