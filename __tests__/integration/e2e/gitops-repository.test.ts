/**
 * Issue 10, "Done when": the overlays live in a separate GitOps repository (`acme/gitops`,
 * served over smart HTTP and demanding a token), and a pipeline works end to end through
 * the committed bundle (dist/index.js) in commit mode, in pull-request mode (with the fake
 * GitHub API), and for `tag: previous`. The token reaches the git server in the
 * Authorization header and appears nowhere else: not in an output, a log line, the job
 * summary, the app repository's files, or an error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDist, type DistRun } from '../../support/dist-runner.js';
import {
  createAppProject,
  DOCKER_BUILD,
  fileAt,
  image,
  ok,
  registryDigest,
  replaceOnce,
  revParse,
} from '../../support/e2e.js';
import type { Project } from '../../support/engine-fixtures.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js';
import { cloneRepo, removeTempDirs, tempDir } from '../../support/git-fixtures.js';
import {
  basicHeader,
  startGitHttpServer,
  type GitHttpServer,
} from '../../support/git-http-server.js';

const TOKEN = 'ghs_e2eGitOpsT0kenThatMustNeverBePrinted42';
/** Preloaded into the action's process to read its peak RSS. */
const MAX_RSS = fileURLToPath(new URL('../../support/max-rss.mjs', import.meta.url));
const VALUES = 'environments/prod/values.yaml';
const PR_BRANCH = 'image-promote/prod';

/** Every form the token could travel in. */
const FORMS = [
  TOKEN,
  encodeURIComponent(TOKEN),
  Buffer.from(TOKEN).toString('base64').replace(/=+$/, ''),
  Buffer.from(`x-access-token:${TOKEN}`).toString('base64').replace(/=+$/, ''),
];

function leaks(text: string): string[] {
  return FORMS.filter((f) => text.includes(f));
}

/** The run's log as the runner shows it: `::add-mask::` lines are consumed by the runner. */
function shownLog(run: DistRun): string {
  return run.log
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

function expectNoLeak(run: DistRun): void {
  expect(run.log).toContain('::add-mask::');
  expect({ log: leaks(shownLog(run)) }).toEqual({ log: [] });
  expect({ summary: leaks(run.summary) }).toEqual({ summary: [] });
  for (const [name, value] of Object.entries(run.outputs)) {
    expect({ [name]: leaks(value) }).toEqual({ [name]: [] });
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

function valuesYaml(repository: string, tag: string): string {
  return [
    '# prod values of the api chart (Argo CD syncs this file)',
    'api:',
    '  replicas: 3',
    '  image:',
    `    repository: ${repository}`,
    `    tag: ${tag} # written by image-promote`,
    '  resources:',
    '    limits: { cpu: 500m, memory: 256Mi }',
    '',
  ].join('\n');
}

let server: GitHttpServer;
let github: FakeGitHub;
let bare: string;
let project: Project;
let repository: string;

beforeAll(async () => {
  server = await startGitHttpServer(TOKEN);
  github = await startFakeGitHub(TOKEN);
  bare = server.createRepository('acme/gitops');
  github.linkRepository('acme/gitops', bare);
  project = createAppProject(
    () => ({
      'services/api/Dockerfile': 'FROM scratch\nCOPY app.txt /app.txt\n',
      'services/api/app.txt': 'api v1\n',
      'README.md': '# shop\n',
    }),
    ({ namespace }) =>
      [
        '- name: api',
        `  repository: ${namespace}/api`,
        '  context: services/api',
        '  key: api.image.tag',
      ].join('\n'),
  );
  repository = `${project.registry}/${project.namespace}/api`;
  const seed = cloneRepo(bare);
  seed.commit(
    {
      [VALUES]: valuesYaml(repository, 'bootstrap'),
      'environments/prod/other-app.yaml': 'replicas: 1\n',
    },
    'gitops: initial',
  );
  seed.git('push', '-q', 'origin', 'main');
});

afterAll(async () => {
  await server.close();
  await github.close();
  removeTempDirs();
});

const gitopsInputs = (): Record<string, string> => ({
  'overlay-repository': server.url('acme/gitops'),
  'overlay-token': TOKEN,
  overlay: VALUES,
  'write-overlay': 'true',
  environment: 'prod',
});

/** Commits an app change on main and pushes it; the push event of that commit. */
function pushApp(text: string): { event: string; sha: string; payload: Record<string, unknown> } {
  const before = project.work.head();
  const after = project.work.commit({ 'services/api/app.txt': text }, `api: ${text.trim()}`);
  project.work.git('push', '-q', 'origin', 'main');
  return { event: 'push', sha: after, payload: { ref: 'refs/heads/main', before, after } };
}

/** Someone else's commits on the GitOps repository (other apps). */
function otherCommits(n: number, label: string): void {
  const other = cloneRepo(bare);
  for (let i = 0; i < n; i++) {
    other.commit({ 'environments/prod/other-app.yaml': `replicas: ${label}${i}\n` }, 'other app');
  }
  other.git('push', '-q', 'origin', 'main');
}

const gitopsFile = (rev: string): string => fileAt(bare, rev, VALUES);

describe('a separate GitOps repository through dist/index.js', () => {
  const built: { tag: string; digest: string }[] = [];

  it('commit: true lands the change in the GitOps remote, not in the app repository; the token leaks nowhere', async () => {
    const appMain = revParse(project.origin, 'main');
    const first = server.requests.length;
    const run = ok(
      await runDist(project, {
        event: 'workflow_dispatch',
        inputs: { ...gitopsInputs(), commit: 'true' },
      }),
    );
    const api = image(run, 'api');
    expect(api).toMatchObject({ decision: 'build', status: 'verified' });
    expect(await registryDigest(repository, api.tag ?? '')).toBe(api.digest);
    built.push({ tag: api.tag ?? '', digest: api.digest ?? '' });
    // The commit is the GitOps repository's new main, and the outputs name it.
    const tip = revParse(bare, 'main');
    expect(run.outputs['commit-sha']).toBe(tip);
    expect(JSON.parse(run.outputs.commits ?? '{}')).toEqual({
      [server.url('acme/gitops')]: expect.objectContaining({ commit: tip, branch: 'main' }),
    });
    expect(gitopsFile('main')).toBe(
      replaceOnce(valuesYaml(repository, 'bootstrap'), 'tag: bootstrap', `tag: ${api.tag}`),
    );
    expect(fileAt(bare, 'main', 'environments/prod/other-app.yaml')).toBe('replicas: 1\n');
    // The app repository did not move and holds no change.
    expect(revParse(project.origin, 'main')).toBe(appMain);
    expect(project.work.head()).toBe(appMain);
    expect(project.work.git('status', '--porcelain')).toBe('');

    // The token went in the Authorization header of every request, and nowhere else.
    const mine = server.requests.slice(first);
    expect(mine.some((r) => r.url.includes('git-receive-pack'))).toBe(true);
    for (const r of mine) {
      expect(r.authorization?.replace(/^basic/i, 'Basic')).toBe(basicHeader(TOKEN));
      expect(leaks(r.url)).toEqual([]);
    }
    expectNoLeak(run);
    for (const f of [...filesUnder(project.work.dir), ...filesUnder(project.origin)]) {
      expect([f, leaks(readFileSync(f, 'latin1'))]).toEqual([f, []]);
    }
  });

  it('a refused token fails clearly, names the input, writes nothing and prints no form of the token', async () => {
    const tip = revParse(bare, 'main');
    server.setToken('ghs_theServerNowWantsAnotherToken0000000');
    let run: DistRun;
    try {
      run = await runDist(project, {
        event: 'workflow_dispatch',
        inputs: { ...gitopsInputs(), commit: 'true' },
      });
    } finally {
      server.setToken(TOKEN);
    }
    expect(run.exitCode).toBe(1);
    expect(run.outputs.decision).toBe('failed');
    expect(run.outputs.reason).toMatch(/overlay-repository .*acme\/gitops.*overlay-token/);
    expect(run.log).toMatch(/::error::.*overlay-repository/);
    expectNoLeak(run);
    expect(revParse(bare, 'main')).toBe(tip);
  });

  it('tag: previous rolls back through the shallow clone’s history, deepened over the authenticated remote', async () => {
    // A second deploy, then other apps' commits on top: depth 1 shows neither deploy.
    otherCommits(2, 'a');
    const second = ok(
      await runDist(project, {
        ...pushApp('api v2\n'),
        inputs: { ...gitopsInputs(), commit: 'true' },
      }),
    );
    const api2 = image(second, 'api');
    expect(api2).toMatchObject({ decision: 'build' });
    expect(gitopsFile('main')).toContain(`tag: ${api2.tag} # written`);
    otherCommits(4, 'b');
    const first = server.requests.length;
    const rollback = ok(
      await runDist(project, {
        event: 'workflow_dispatch',
        inputs: { ...gitopsInputs(), commit: 'true', tag: 'previous' },
      }),
    );
    const [v1] = built;
    expect(image(rollback, 'api')).toMatchObject({
      decision: 'rollback',
      tag: v1?.tag,
      digest: v1?.digest,
      status: 'verified',
    });
    expect(rollback.log).not.toMatch(DOCKER_BUILD);
    expect(rollback.outputs['commit-sha']).toBe(revParse(bare, 'main'));
    expect(gitopsFile('main')).toBe(
      replaceOnce(valuesYaml(repository, 'bootstrap'), 'tag: bootstrap', `tag: ${v1?.tag}`),
    );
    // The other apps' commits are kept.
    expect(fileAt(bare, 'main', 'environments/prod/other-app.yaml')).toBe('replicas: b3\n');
    // History came over the authenticated remote: more than the clone and the push.
    const mine = server.requests.slice(first);
    expect(mine.filter((r) => r.url.includes('git-upload-pack')).length).toBeGreaterThan(2);
    for (const r of mine)
      expect(r.authorization?.replace(/^basic/i, 'Basic')).toBe(basicHeader(TOKEN));
    expectNoLeak(rollback);
  });

  it('commit: pull-request opens one pull request, updates it on a new change, and is idempotent', async () => {
    // The git server plays the GitHub server (the overlay repository is on it), the fake its API.
    const env = { GITHUB_SERVER_URL: server.origin, GITHUB_API_URL: github.baseUrl };
    const main = revParse(bare, 'main');
    const mainValues = gitopsFile('main');
    const pr = { ...gitopsInputs(), commit: 'pull-request' };

    // 1: a new image → a branch on top of main, one pull request.
    const push1 = pushApp('api v3\n');
    const opened = ok(await runDist(project, { ...push1, inputs: pr, env }));
    const api3 = image(opened, 'api');
    expect(api3).toMatchObject({ decision: 'build', status: 'verified' });
    expect(opened.outputs['pull-request-number']).toBe('1');
    expect(opened.outputs['pull-request-url']).toBe('https://github.example/acme/gitops/pull/1');
    const branch1 = revParse(bare, PR_BRANCH);
    expect(opened.outputs['commit-sha']).toBe(branch1);
    expect(JSON.parse(opened.outputs.commits ?? '{}')).toEqual({
      [server.url('acme/gitops')]: expect.objectContaining({
        commit: branch1,
        branch: PR_BRANCH,
        pullRequest: { number: 1, url: 'https://github.example/acme/gitops/pull/1' },
      }),
    });
    expect(revParse(bare, `${PR_BRANCH}^`)).toBe(main);
    expect(revParse(bare, 'main')).toBe(main);
    expect(gitopsFile('main')).toBe(mainValues);
    expect(gitopsFile(PR_BRANCH)).toContain(`tag: ${api3.tag} # written`);
    expect(github.pulls('acme/gitops')).toEqual([
      expect.objectContaining({ number: 1, head: PR_BRANCH, base: 'main', state: 'open' }),
    ]);
    expect(github.pulls('acme/gitops')[0]?.title).toContain(api3.tag);
    expectNoLeak(opened);

    // 2: another change → the same pull request, updated; the branch replaced.
    const push2 = pushApp('api v4\n');
    const updated = ok(await runDist(project, { ...push2, inputs: pr, env }));
    const api4 = image(updated, 'api');
    expect(api4).toMatchObject({ decision: 'build', status: 'verified' });
    expect(updated.outputs['pull-request-number']).toBe('1');
    const branch2 = revParse(bare, PR_BRANCH);
    expect(branch2).not.toBe(branch1);
    expect(updated.outputs['commit-sha']).toBe(branch2);
    expect(gitopsFile(PR_BRANCH)).toBe(
      replaceOnce(
        mainValues,
        /tag: \S+ # written/.exec(mainValues)?.[0] ?? '',
        `tag: ${api4.tag} # written`,
      ),
    );
    expect(github.pulls('acme/gitops')).toHaveLength(1);
    expect(github.pulls('acme/gitops')[0]?.title).toContain(api4.tag);
    expect(revParse(bare, 'main')).toBe(main);

    // 3: the same run again → nothing pushed, nothing opened or edited; the open PR is output.
    const gitBefore = server.requests.length;
    const apiBefore = github.requests.length;
    const again = ok(await runDist(project, { ...push2, inputs: pr, env }));
    expect(image(again, 'api')).toMatchObject({ tag: api4.tag, digest: api4.digest });
    expect(again.log).not.toMatch(DOCKER_BUILD);
    expect(again.outputs['pull-request-number']).toBe('1');
    expect(again.outputs['pull-request-url']).toBe('https://github.example/acme/gitops/pull/1');
    expect(again.outputs['commit-sha']).toBe(branch2);
    expect(revParse(bare, PR_BRANCH)).toBe(branch2);
    expect(server.requests.slice(gitBefore).filter((r) => r.url.includes('receive-pack'))).toEqual(
      [],
    );
    expect(github.requests.slice(apiBefore).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(github.pulls('acme/gitops')).toHaveLength(1);
    for (const r of github.requests) expect(r.authorization).toBe(`token ${TOKEN}`);
    for (const run of [updated, again]) expectNoLeak(run);

    // 4: the API answers 300 MiB of HTML: the run fails with a short reason, in bounded memory.
    github.setFault({ kind: 'huge-body', bytes: 300 * 1024 * 1024 });
    const rssFile = join(tempDir('ip-rss-'), 'max-rss');
    const huge = await runDist(project, {
      ...push2,
      inputs: pr,
      env: { ...env, NODE_OPTIONS: `--import ${MAX_RSS}`, IP_MAX_RSS_FILE: rssFile },
    });
    github.setFault();
    expect(huge.exitCode).not.toBe(0);
    expect(huge.outputs.reason).toMatch(
      /could not list pull requests in acme\/gitops: the GitHub API answered GET \/repos\/acme\/gitops\/pulls with more than 32 MiB; reading stopped there/,
    );
    expect(huge.outputs.reason?.length).toBeLessThan(1000);
    const errorLines = huge.log.split('\n').filter((l) => l.startsWith('::error'));
    expect(errorLines).not.toEqual([]);
    for (const line of errorLines) expect(line.length).toBeLessThan(1500);
    expect(huge.log.length).toBeLessThan(200_000);
    // Peak RSS in KiB: the answer was not held (Octokit's run peaked above 2 GB).
    expect(Number(readFileSync(rssFile, 'utf8'))).toBeLessThan(256 * 1024);
    expect(github.hugeBytesSent()).toBeLessThan(100 * 1024 * 1024);
    expectNoLeak(huge);
  });
});
