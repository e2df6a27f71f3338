/**
 * Issue 18, "Done when": the record of every deploy, read back, through the committed
 * bundles (dist/index.js, dist/cli/index.js) against real git remotes, a real registry and
 * the fake GitHub API (deployments and their statuses).
 *
 * - A rollback sticks: bootstrap → v2 → `tag: previous` → a docs-only push keeps v1 (held,
 *   and the summary says by whom and what releases it) → a change to api's code deploys v3.
 * - Each deploy is a GitHub Deployment of the environment (ref: the commit deployed, the
 *   record as payload) with statuses in_progress → success, the environment URL and the
 *   run as its log; the deployment before it is marked inactive; a run that deploys
 *   nothing creates none; a token without `deployments: write` only warns.
 * - Environment tags (`promote-tags`) go back to the rolled-back digest; `latest` stays.
 * - A config-only push, then a docs-only push: `skip` (the deployment of the reuse recorded
 *   which configuration runs); without deployments the newest trailers are older, and
 *   `reuse` stays the safe answer.
 * - `history --json` lists the rollback; the summary's mermaid block parses with mermaid.
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JSDOM } from 'jsdom';
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
import {
  startFakeGitHub,
  type FakeDeployment,
  type FakeGitHub,
} from '../../support/fake-github.js';
import { GIT_TEST_ENV, removeTempDirs } from '../../support/git-fixtures.js';

const execFileP = promisify(execFile);
const CLI = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'dist',
  'cli',
  'index.js',
);

const TOKEN = 'ghs_recordTestT0kenForTheFakeGitHubApi0001';
const REPO = 'acme/shop';
const SERVER = 'https://github.example';
const PROD = 'k8s/prod/kustomization.yaml';
const STAGING = 'k8s/staging/kustomization.yaml';
const URL_PROD = 'https://shop.example.com/';

interface FlowDb {
  getVertices(): Map<string, { id: string; text?: string }>;
  getSubGraphs(): { id: string; title: string }[];
  getEdges(): { start: string; end: string }[];
}
interface Mermaid {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: FlowDb }> };
}

const dom = new JSDOM('');
let mermaid: Mermaid;

beforeAll(async () => {
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
});

afterAll(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.window;
  delete g.document;
  dom.window.close();
  removeTempDirs();
});

function short(sha: string): string {
  return sha.slice(0, 7);
}

function ok(run: DistRun): DistRun {
  if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.log}`);
  return run;
}

function image(run: DistRun, name: string): Record<string, string> {
  const found = run.images.find((i) => i.name === name);
  if (!found) throw new Error(`no image ${name} in ${JSON.stringify(run.outputs)}\n${run.log}`);
  return found;
}

function pull(project: Project): void {
  project.work.git('pull', '-q', '--rebase', 'origin', 'main');
}

async function digestOf(project: Project, repo: string, tag: string): Promise<string | undefined> {
  return skopeoDigest(
    withTagAndDigest(parseReference(`${project.registry}/${project.namespace}/${repo}`), tag),
  );
}

/** The runner's environment for run number `run`, by `actor`, against the fake API. */
function runnerEnv(github: FakeGitHub, run: number, actor = 'octocat'): NodeJS.ProcessEnv {
  return {
    GITHUB_API_URL: github.baseUrl,
    GITHUB_SERVER_URL: SERVER,
    GITHUB_ACTOR: actor,
    GITHUB_RUN_ID: String(run),
    GITHUB_RUN_ATTEMPT: '1',
  };
}

const runLog = (run: number): string => `${SERVER}/${REPO}/actions/runs/${run}/attempts/1`;

/** The states of a deployment's statuses, oldest first. */
function states(d: FakeDeployment | undefined): string[] {
  return (d?.statuses ?? []).map((s) => s.state);
}

/** The record a deployment carries. */
function payloadRecord(d: FakeDeployment | undefined): {
  configCommit?: string;
  actor?: string;
  images: { name: string; kind: string; from?: string; to: string; rolledBackFrom?: string }[];
} {
  return (d?.payload as { imagePromoteRecord: ReturnType<typeof payloadRecord> })
    .imagePromoteRecord;
}

/** The summary's mermaid block (the diagram's source). */
function mermaidBlock(summary: string): string {
  const m = /```mermaid\n([\s\S]*?)\n```/.exec(summary);
  if (!m?.[1]) throw new Error(`no mermaid block in the summary:\n${summary}`);
  return m[1];
}

/** Mermaid's entity placeholders back to characters; `<br>` splits lines. */
function decode(text: string): string[] {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .split(/<br\s*\/?>/)
    .map((line) => line.trim());
}

/** Parses the summary's diagram with mermaid: its boxes' titles and its nodes' lines. */
async function diagram(summary: string): Promise<{
  boxes: string[];
  nodes: string[][];
  edges: number;
}> {
  const source = mermaidBlock(summary);
  await expect(mermaid.parse(source)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  const { db } = await mermaid.mermaidAPI.getDiagramFromText(source);
  return {
    boxes: db.getSubGraphs().map((s) => decode(s.title).join(' ')),
    nodes: [...db.getVertices().values()].map((v) => decode(v.text ?? '')),
    edges: db.getEdges().length,
  };
}

/** The CLI of dist/ in the checkout, as a person runs it. */
async function cli(project: Project, args: string[]): Promise<string> {
  const { stdout } = await execFileP(process.execPath, [CLI, ...args], {
    cwd: project.work.dir,
    env: { ...GIT_TEST_ENV, GITHUB_TOKEN: '' },
  });
  return stdout;
}

describe('a rollback sticks, and every deploy is recorded', () => {
  let github: FakeGitHub;
  let project: Project;
  const deploy = {
    overlay: PROD,
    'write-overlay': 'true',
    commit: 'true',
    environment: 'production',
    'environment-url': URL_PROD,
    'github-token': TOKEN,
  };
  let initial: string;
  let v2: string;
  let rollbackHead: string;

  beforeAll(async () => {
    github = await startFakeGitHub(TOKEN);
    project = createProject();
    github.linkRepository(REPO, project.origin);
    initial = project.work.head();
  });
  afterAll(() => github.close());

  const deployments = (): FakeDeployment[] => github.deployments(REPO);

  it('bootstrap: a deployment of the commit, in progress then successful, with the URL and the run', async () => {
    const run = ok(
      await runDist(project, {
        event: 'workflow_dispatch',
        inputs: { mode: 'build', ...deploy },
        env: runnerEnv(github, 1),
      }),
    );
    pull(project);
    const [first] = deployments();
    expect(deployments()).toHaveLength(1);
    expect(first).toMatchObject({
      sha: initial,
      ref: initial,
      task: 'deploy:image-promote',
      environment: 'production',
      request: { auto_merge: false, required_contexts: [] },
    });
    expect(states(first)).toEqual(['in_progress', 'success']);
    expect(first?.statuses.map((s) => [s.environment_url, s.log_url])).toEqual([
      [URL_PROD, runLog(1)],
      [URL_PROD, runLog(1)],
    ]);
    expect(payloadRecord(first)).toMatchObject({
      configCommit: initial,
      actor: 'octocat',
      images: [
        { name: 'api', kind: 'build', to: expect.stringMatching(/\/api:sha-/) as unknown },
        { name: 'web', kind: 'build' },
      ],
    });
    // The overlay commit carries the same record as trailers.
    const trailers = project.work.git(
      'log',
      '-1',
      '--format=%(trailers:key=Image-Promote-Record,key=Image-Promote-Environment,key=Image-Promote-Config-Commit,key=Image-Promote-Actor,key=Image-Promote-Run)',
      'origin/main',
    );
    expect(trailers.split('\n')).toEqual([
      'Image-Promote-Record: 1',
      'Image-Promote-Environment: production',
      `Image-Promote-Config-Commit: ${initial}`,
      'Image-Promote-Actor: octocat',
      `Image-Promote-Run: ${runLog(1)}`,
    ]);
    expect(run.log).toMatch(/GitHub Deployment \d+ of production: success/);
  });

  it('v2: a build is a new deployment; the one before is marked inactive', async () => {
    const [before, after] = commitAndPush(
      project,
      { 'services/api/app.txt': 'api v2\n' },
      'api v2',
    );
    v2 = after;
    const run = ok(
      await runDist(project, {
        ...pushEvent(project, before, after),
        inputs: deploy,
        env: runnerEnv(github, 2),
      }),
    );
    expect(image(run, 'api')).toMatchObject({ decision: 'build', tag: `sha-${short(v2)}` });
    expect(image(run, 'web')).toMatchObject({ decision: 'skip' });
    pull(project);
    const [first, second] = deployments();
    expect(deployments()).toHaveLength(2);
    expect(second).toMatchObject({ sha: v2 });
    expect(states(second)).toEqual(['in_progress', 'success']);
    // "production" is a production environment: GitHub's auto_inactive skips it, the
    // action marks it inactive itself.
    expect(second?.production_environment).toBe(true);
    expect(states(first)).toEqual(['in_progress', 'success', 'inactive']);
    // Only what the deploy changed is recorded: web was skipped.
    expect(payloadRecord(second).images.map((i) => [i.name, i.kind])).toEqual([['api', 'build']]);
  });

  it('tag: previous rolls api back to v1, records who rolled back from what', async () => {
    rollbackHead = project.work.head();
    const run = ok(
      await runDist(project, {
        event: 'workflow_dispatch',
        inputs: { ...deploy, tag: 'previous' },
        env: runnerEnv(github, 3, 'release-manager'),
      }),
    );
    expect(image(run, 'api')).toMatchObject({
      decision: 'rollback',
      tag: `sha-${short(initial)}`,
      from: `sha-${short(v2)}`,
    });
    pull(project);
    const third = deployments()[2];
    expect(states(third)).toEqual(['in_progress', 'success']);
    expect(payloadRecord(third)).toMatchObject({
      configCommit: rollbackHead,
      actor: 'release-manager',
      images: [
        {
          name: 'api',
          kind: 'rollback',
          from: expect.stringMatching(new RegExp(`/api:sha-${short(v2)}$`)) as unknown,
          to: expect.stringMatching(new RegExp(`/api:sha-${short(initial)}$`)) as unknown,
          rolledBackFrom: expect.stringMatching(/\/api:sha-/) as unknown,
        },
      ],
    });
    // The picture: what this run changed, and the hold it starts.
    const { nodes } = await diagram(run.summary);
    expect(nodes.find((n) => n[0] === 'api')?.slice(2)).toEqual([
      `this run: sha-${short(v2)} → sha-${short(initial)} (rollback)`,
      expect.stringMatching(
        new RegExp(`^held: rolled back from sha-${short(v2)} by release-manager at .* UTC`),
      ) as unknown,
    ]);
    const line = project.work.git(
      'log',
      '-1',
      '--format=%(trailers:key=Image-Promote-Image,valueonly)',
      'origin/main',
    );
    expect(line).toMatch(
      new RegExp(
        `^api kind=rollback from=\\S+/api:sha-${short(v2)} to=\\S+/api:sha-${short(initial)} digest=sha256:[0-9a-f]{64} source=[0-9a-f]{64} rolled-back-from=\\S+/api:sha-${short(v2)} rolled-back-from-digest=sha256:[0-9a-f]{64}$`,
      ),
    );
  });

  it('a docs-only push keeps v1: api is held, the summary says by whom and what releases it', async () => {
    const [before, after] = commitAndPush(project, { 'docs/guide.md': '# guide v2\n' }, 'docs');
    const run = ok(
      await runDist(project, {
        ...pushEvent(project, before, after),
        inputs: deploy,
        env: runnerEnv(github, 4),
      }),
    );
    const api = image(run, 'api');
    expect(api).toMatchObject({ tag: `sha-${short(initial)}`, status: 'verified' });
    expect(['skip', 'reuse']).toContain(api.decision);
    expect(api.reason).toMatch(
      new RegExp(
        `^held: rolled back from sha-${short(v2)} by release-manager at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC \\([0-9a-f]{7}\\); a change to api's code or an explicit tag releases it; api keeps running sha-${short(initial)}`,
      ),
    );
    expect(run.outputs['overlay-changed']).toBe('false');
    expect(originFile(project, PROD)).toContain(`newTag: sha-${short(initial)} # deployed`);
    // Nothing was deployed: no deployment.
    expect(deployments()).toHaveLength(3);
    // The picture: production runs v1, held; mermaid's own parser reads the diagram.
    const { boxes, nodes } = await diagram(run.summary);
    expect(boxes).toEqual([`production · config ${short(rollbackHead)}`]);
    const apiNode = nodes.find((n) => n[0] === 'api');
    expect(apiNode?.[1]).toMatch(new RegExp(`^sha-${short(initial)} · sha256:[0-9a-f]{12}$`));
    expect(apiNode?.[2]).toMatch(
      new RegExp(`^held: rolled back from sha-${short(v2)} by release-manager at .* UTC`),
    );
    // The table under it links the config commit and the compare view to this push.
    expect(run.summary).toContain(`(${SERVER}/${REPO}/commit/${rollbackHead})`);
    expect(run.summary).toContain(`(${SERVER}/${REPO}/compare/${rollbackHead}...${after})`);
  });

  it('a change to api’s code releases the hold: v3 is built and deployed', async () => {
    const [before, after] = commitAndPush(
      project,
      { 'services/api/app.txt': 'api v3\n' },
      'api v3',
    );
    const run = ok(
      await runDist(project, {
        ...pushEvent(project, before, after),
        inputs: deploy,
        env: runnerEnv(github, 5),
      }),
    );
    expect(image(run, 'api')).toMatchObject({ decision: 'build', tag: `sha-${short(after)}` });
    pull(project);
    expect(originFile(project, PROD)).toContain(`newTag: sha-${short(after)} # deployed`);
    expect(deployments()).toHaveLength(4);
    expect(states(deployments()[2])).toEqual(['in_progress', 'success', 'inactive']);
    // The picture says what this run changed.
    const { nodes } = await diagram(run.summary);
    expect(nodes.find((n) => n[0] === 'api')?.[2]).toBe(
      `this run: sha-${short(initial)} → sha-${short(after)} (build)`,
    );
  });

  it('history --json lists every deploy newest first, the rollback with who and from what', async () => {
    const entries = JSON.parse(await cli(project, ['history', PROD, '--json'])) as {
      actor: string;
      environment?: string;
      configCommit?: string;
      recorded: boolean;
      images: {
        name: string;
        kind: string;
        from?: string;
        to?: string;
        rolledBackFrom?: { ref: string };
      }[];
    }[];
    expect(entries.map((e) => e.images.map((i) => `${i.name} ${i.kind}`).join(', '))).toEqual([
      'api build',
      'api rollback',
      'api build',
      'api build, web build',
      // The first commit wrote the overlay by hand: no record, its values read from the file.
      'api unknown, web unknown',
    ]);
    const rollback = entries[1];
    expect(rollback).toMatchObject({
      actor: 'release-manager',
      environment: 'production',
      configCommit: rollbackHead,
      recorded: true,
    });
    expect(rollback?.images[0]?.rolledBackFrom?.ref).toMatch(new RegExp(`/api:sha-${short(v2)}$`));
    expect(rollback?.images[0]?.to).toMatch(new RegExp(`/api:sha-${short(initial)}$`));
    // The text form says the same, one line per image.
    const text = await cli(project, ['history', PROD]);
    expect(text).toMatch(
      new RegExp(
        `api\\s+rollback\\s+sha-${short(v2)} → sha-${short(initial)}\\s+sha256:[0-9a-f]{12}\\s+rolled back from sha-${short(v2)}`,
      ),
    );
  });

  it('status prints what the environment runs now', async () => {
    const status = JSON.parse(await cli(project, ['status', PROD, '--json'])) as {
      environment: string;
      images: { name: string; value: string; since?: { kind: string }; held?: unknown }[];
    }[];
    expect(status).toHaveLength(1);
    expect(status[0]?.environment).toBe('production');
    const api = status[0]?.images.find((i) => i.name === 'api');
    expect(api?.since?.kind).toBe('build');
    expect(api?.held).toBeUndefined();
  });
});

describe('reuse or skip: which configuration runs', () => {
  it('a config-only push, then a docs-only push: reuse, then skip (the reuse was recorded as a deployment)', async () => {
    const github = await startFakeGitHub(TOKEN);
    try {
      const project = createProject();
      github.linkRepository(REPO, project.origin);
      const deploy = {
        overlay: PROD,
        'write-overlay': 'true',
        commit: 'true',
        environment: 'prod',
        'github-token': TOKEN,
      };
      ok(
        await runDist(project, {
          event: 'workflow_dispatch',
          inputs: { mode: 'build', ...deploy },
          env: runnerEnv(github, 1),
        }),
      );
      pull(project);
      const [b1, config] = commitAndPush(
        project,
        { 'k8s/prod/extra.yaml': 'kind: ConfigMap\n' },
        'config',
      );
      const reuse = ok(
        await runDist(project, {
          ...pushEvent(project, b1, config),
          inputs: deploy,
          env: runnerEnv(github, 2),
        }),
      );
      expect(reuse.outputs).toMatchObject({ decision: 'reuse', 'overlay-changed': 'false' });
      // No overlay value changed, no commit: the deployment is the record of this configuration.
      const deployments = github.deployments(REPO);
      expect(deployments).toHaveLength(2);
      expect(deployments[1]).toMatchObject({ sha: config });
      expect(states(deployments[1])).toEqual(['in_progress', 'success']);
      expect(payloadRecord(deployments[1]).images.map((i) => [i.name, i.kind])).toEqual([
        ['api', 'reuse'],
        ['web', 'reuse'],
      ]);
      const [b2, docs] = commitAndPush(project, { 'docs/guide.md': '# more docs\n' }, 'docs');
      const skip = ok(
        await runDist(project, {
          ...pushEvent(project, b2, docs),
          inputs: deploy,
          env: runnerEnv(github, 3),
        }),
      );
      expect(skip.outputs.decision).toBe('skip');
      expect(image(skip, 'api').reason).toContain(
        `no deploy config changed since the deployed config ${short(config)} (from the newest deployment)`,
      );
      expect(github.deployments(REPO)).toHaveLength(2);
    } finally {
      await github.close();
    }
  });

  it('a token without deployments: write only warns; the trailers are all there is, and reuse stays the safe answer', async () => {
    const github = await startFakeGitHub(TOKEN);
    try {
      github.forbid(/\/deployments/);
      const project = createProject();
      const deploy = {
        overlay: PROD,
        'write-overlay': 'true',
        commit: 'true',
        environment: 'prod',
        'github-token': TOKEN,
      };
      const bootstrap = ok(
        await runDist(project, {
          event: 'workflow_dispatch',
          inputs: { mode: 'build', ...deploy },
          env: runnerEnv(github, 1),
        }),
      );
      expect(bootstrap.log).toMatch(
        /::warning::could not create a deployment of "prod" \(HTTP 403\): the token may not write deployments — give the job `permissions: deployments: write`/,
      );
      pull(project);
      expect(
        project.work.git('log', '-1', '--format=%(trailers:key=Image-Promote-Record,valueonly)'),
      ).toBe('1');
      const [b1, config] = commitAndPush(
        project,
        { 'k8s/prod/extra.yaml': 'kind: ConfigMap\n' },
        'config',
      );
      const reuse = ok(
        await runDist(project, {
          ...pushEvent(project, b1, config),
          inputs: deploy,
          env: runnerEnv(github, 2),
        }),
      );
      expect(reuse.outputs.decision).toBe('reuse');
      expect(reuse.log).toMatch(
        /::warning::could not read the deployments of "prod" \(HTTP 403\): the token may not read deployments/,
      );
      const [b2, docs] = commitAndPush(project, { 'docs/guide.md': '# more docs\n' }, 'docs');
      const again = ok(
        await runDist(project, {
          ...pushEvent(project, b2, docs),
          inputs: deploy,
          env: runnerEnv(github, 3),
        }),
      );
      // The newest record is the bootstrap's: the config change since then counts.
      expect(again.outputs.decision).toBe('reuse');
      expect(image(again, 'api').reason).toMatch(
        /deploy config changed since the deployed config [0-9a-f]{7} \(from the overlay commit’s record\) \(e\.g\. k8s\/prod\/extra\.yaml\)/,
      );
      expect(github.deployments(REPO)).toHaveLength(0);
    } finally {
      await github.close();
    }
  });
});

describe('environment tags follow the environment', () => {
  it('a rollback in prod moves the prod tag back to the rolled-back digest; latest stays', async () => {
    const github = await startFakeGitHub(TOKEN);
    try {
      const project = createProject();
      github.linkRepository(REPO, project.origin);
      const staging = {
        overlay: STAGING,
        'write-overlay': 'true',
        commit: 'true',
        environment: 'staging',
        'github-token': TOKEN,
      };
      const prod = {
        overlay: PROD,
        'write-overlay': 'true',
        commit: 'true',
        environment: 'prod',
        'promote-tags': 'prod',
        'github-token': TOKEN,
      };
      const promote = { ...prod, mode: 'promote', 'from-overlay': STAGING };
      ok(
        await runDist(project, {
          event: 'workflow_dispatch',
          inputs: { mode: 'build', ...staging },
          env: runnerEnv(github, 1),
        }),
      );
      pull(project);
      ok(
        await runDist(project, {
          event: 'workflow_dispatch',
          inputs: promote,
          env: runnerEnv(github, 2),
        }),
      );
      pull(project);
      const v1 = await digestOf(project, 'api', 'prod');
      expect(v1).toMatch(/^sha256:/);
      const [before, after] = commitAndPush(project, { 'services/api/app.txt': 'api v2\n' }, 'v2');
      ok(
        await runDist(project, {
          ...pushEvent(project, before, after),
          inputs: staging,
          env: runnerEnv(github, 3),
        }),
      );
      pull(project);
      const promoted = ok(
        await runDist(project, {
          event: 'workflow_dispatch',
          inputs: promote,
          env: runnerEnv(github, 4),
        }),
      );
      pull(project);
      const v2 = await digestOf(project, 'api', `sha-${short(after)}`);
      expect(await digestOf(project, 'api', 'prod')).toBe(v2);
      // The promotion's picture: staging promotes to prod, both drawn, one arrow.
      const picture = await diagram(promoted.summary);
      expect(picture.boxes.map((b) => b.split(' · ')[0])).toEqual(['staging', 'prod']);
      expect(picture.edges).toBe(1);
      const rollback = ok(
        await runDist(project, {
          event: 'workflow_dispatch',
          inputs: { ...prod, tag: 'previous' },
          env: runnerEnv(github, 5),
        }),
      );
      expect(image(rollback, 'api')).toMatchObject({ decision: 'rollback', digest: v1 });
      expect(image(rollback, 'api').addTags).toEqual(['prod']);
      expect(await digestOf(project, 'api', 'prod')).toBe(v1);
      // latest keeps meaning "newest build".
      expect(await digestOf(project, 'api', 'latest')).toBe(v2);
      // web was not rolled back: its prod tag stays where the promotion put it.
      expect(await digestOf(project, 'web', 'prod')).toBe(
        await digestOf(
          project,
          'web',
          `sha-${short(project.work.git('rev-list', '--max-parents=0', 'HEAD'))}`,
        ),
      );
    } finally {
      await github.close();
    }
  });
});
