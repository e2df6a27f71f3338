/**
 * Signing and the signature gate end to end, through the committed bundle (dist/index.js and
 * dist/cli/index.js) against real git remotes, a real docker engine (the classic builder:
 * images are saved and uploaded by digest) and distribution 2.8.2 (no referrers API: bundles
 * live in the referrers tag schema):
 *   - a signed build attaches its bundle, and its tags appear only after it;
 *   - a verified reuse passes and says who signed it in which run;
 *   - a pre-staged unsigned source tag is never deployed; a signed image of other code
 *     replayed under this source tag is refused;
 *   - a wrong key or identity fails the run (keyless through a mock Sigstore);
 *   - a cross-repository promotion stays verifiable;
 *   - a redeploy or rollback of an unsigned digest is refused;
 *   - the CLI's `sign` and `verify`, and the upgrade path they make (sign what runs, then
 *     turn verify on);
 *   - an unsigned run loads no signing code; an unsigned reuse decision loads only what it
 *     runs (no other overlay format's editor, AWS SDK, write-back, build or signing code).
 * Key-based signing needs no network: the keys come from `openssl genpkey`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatReference, parseReference, withTagAndDigest } from '../../../src/reference.js';
import { referrersTag } from '../../../src/registry/referrers.js';
import { skopeoDigest } from '../../support/docker-fixtures.js';
import { DIST_ACTION, runDist, type DistOptions, type DistRun } from '../../support/dist-runner.js';
import {
  commitAndPush,
  createProject,
  originFile,
  pushEvent,
  type Project,
} from '../../support/engine-fixtures.js';
import { sharedRegistry } from '../../support/env.js';
import { removeTempDirs, tempDir } from '../../support/git-fixtures.js';
import {
  getManifest,
  pushImage,
  pushManifest,
  watchAccessLog,
} from '../../support/oci-fixtures.js';
import { githubClaims, startMockSigstore, type MockSigstore } from '../../support/sigstore-mock.js';

afterAll(removeTempDirs);
const execFileP = promisify(execFile);

const PROD = 'k8s/prod/kustomization.yaml';
const write = { overlay: PROD, 'write-overlay': 'true', commit: 'true', environment: 'prod' };
const CLI = join(DIST_ACTION, '..', 'cli', 'index.js');
const RUN_URL = 'https://github.com/acme/shop/actions/runs/42/attempts/1';
const WORKFLOW = 'acme/shop/.github/workflows/deploy.yml@refs/heads/main';
/** What a workflow run's environment says about the run (the statement names it). */
const RUN_ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_WORKFLOW_REF: WORKFLOW,
};

interface KeyPair {
  private: string;
  public: string;
  privateFile: string;
  publicFile: string;
  hint: string;
}

/** An EC P-256 key pair as the docs make one: openssl genpkey, then openssl pkey -pubout. */
function opensslKey(): KeyPair {
  const dir = tempDir('ip-keys-');
  const privateFile = join(dir, 'signing-key.pem');
  const publicFile = join(dir, 'signing-key.pub');
  execFileSync('openssl', [
    'genpkey',
    '-algorithm',
    'EC',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-out',
    privateFile,
  ]);
  execFileSync('openssl', ['pkey', '-in', privateFile, '-pubout', '-out', publicFile]);
  const der = execFileSync('openssl', ['pkey', '-pubin', '-in', publicFile, '-outform', 'DER']);
  const hint = execFileSync('openssl', ['dgst', '-sha256', '-hex'], { input: der })
    .toString()
    .trim()
    .replace(/^.*= /, '');
  return {
    private: execFileSync('cat', [privateFile]).toString(),
    public: execFileSync('cat', [publicFile]).toString(),
    privateFile,
    publicFile,
    hint: `sha256:${hint}`,
  };
}

const key = opensslKey();
const stranger = opensslKey();
const signKey = { sign: 'key', 'signing-key': key.private };
const verifyKey = { verify: 'signature', 'verify-key': key.public };

function short(sha: string): string {
  return sha.slice(0, 7);
}

function image(run: DistRun, name: string): Record<string, unknown> {
  const found = run.images.find((i) => i.name === name);
  if (!found) throw new Error(`no image ${name} in ${JSON.stringify(run.outputs)}\n${run.log}`);
  return found;
}

function ok(run: DistRun): DistRun {
  if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.log}`);
  return run;
}

function dist(project: Project, options: DistOptions): Promise<DistRun> {
  return runDist(project, { ...options, env: { ...RUN_ENV, ...options.env } });
}

function repoPath(project: Project, repo: string): string {
  return `${project.namespace}/${repo}`;
}

function ref(project: Project, repo: string, tag?: string, digest?: string) {
  return withTagAndDigest(
    parseReference(`${project.registry}/${repoPath(project, repo)}`),
    tag,
    digest,
  );
}

function pull(project: Project): void {
  project.work.git('pull', '-q', '--rebase', 'origin', 'main');
}

/** The referrers of `digest` the referrers tag schema lists (distribution 2.8.2). */
async function listedReferrers(project: Project, repo: string, digest: string) {
  const index = await getManifest(
    { url: sharedRegistry().url },
    repoPath(project, repo),
    referrersTag(digest),
  );
  if (!index) return [];
  return (JSON.parse(index.bytes.toString()) as { manifests: Record<string, unknown>[] }).manifests;
}

/** Puts the manifest `from` names under `tag` in `repo` (what anyone who can push can do). */
async function retag(project: Project, repo: string, from: string, tag: string): Promise<void> {
  const target = { url: sharedRegistry().url };
  const manifest = await getManifest(target, repoPath(project, repo), from);
  if (!manifest) throw new Error(`no ${from} in ${repo}`);
  await pushManifest(
    target,
    repoPath(project, repo),
    tag,
    manifest.bytes,
    manifest.mediaType ?? 'application/vnd.oci.image.manifest.v1+json',
  );
}

/** The source tag of `name` at the checkout's head, from a plan run (what anyone can compute). */
async function sourceTagAtHead(project: Project, name: string): Promise<string> {
  const plan = ok(await dist(project, { event: 'workflow_dispatch', inputs: { mode: 'plan' } }));
  const source = image(plan, name).source as string;
  expect(source).toMatch(/^[0-9a-f]{64}$/);
  return `src-${source.slice(0, 16)}`;
}

/** The CLI of dist/, in `cwd`, with the run's environment. */
async function cli(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileP(process.execPath, [CLI, ...args], {
      cwd,
      env: {
        PATH: process.env.PATH,
        HOME: cwd,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        ...env,
      },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** A project whose prod overlay runs signed images of its first commit. */
async function signedProject(): Promise<{ project: Project; first: DistRun }> {
  const project = createProject();
  const first = ok(
    await dist(project, {
      event: 'workflow_dispatch',
      inputs: { mode: 'build', ...write, ...signKey, ...verifyKey },
    }),
  );
  pull(project);
  return { project, first };
}

describe('sign: key — a build is signed before any tag an overlay uses exists', () => {
  let project: Project;
  let first: DistRun;
  let requests: string[];
  let commit: string;

  beforeAll(async () => {
    project = createProject();
    commit = project.work.head();
    const log = watchAccessLog(sharedRegistry().logFile);
    first = ok(
      await dist(project, {
        event: 'workflow_dispatch',
        inputs: { mode: 'build', ...write, ...signKey, ...verifyKey },
      }),
    );
    requests = (await log.requests()).filter((r) => r.includes(`/${project.namespace}/`));
    pull(project);
  });

  it('attaches the bundle (the referrers tag schema on distribution 2.8.2) and reports the signature', async () => {
    const api = image(first, 'api');
    expect(api).toMatchObject({
      decision: 'build',
      status: 'verified',
      tag: `sha-${short(commit)}`,
    });
    expect(api.signature).toMatchObject({
      identity: `key ${key.hint}`,
      keyHint: key.hint,
      sourceKey: api.source,
      sourceKeyVersion: 'image-promote source key v2',
      repository: 'acme/shop',
      commit,
      runUrl: RUN_URL,
      workflowRef: WORKFLOW,
      signedNow: true,
    });
    const listed = await listedReferrers(project, 'api', api.digest as string);
    expect(listed).toEqual([
      expect.objectContaining({
        digest: (api.signature as { referrer: string }).referrer,
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        annotations: expect.objectContaining({
          'dev.sigstore.bundle.predicateType': 'https://github.com/image-promote/source/v1',
        }) as unknown,
      }),
    ]);
    // The key is registered with the redactor before anything could print it.
    const shown = first.log
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const line of key.private.split('\n').slice(1, -2)) expect(shown).not.toContain(line);
    // The classic builder here: the image went up by digest, never through docker push.
    expect(first.log).toMatch(/exec: docker save /);
    expect(first.log).not.toMatch(/exec: docker push /);
    expect(originFile(project, PROD)).toContain(`newTag: sha-${short(commit)}`);
  });

  it('puts the primary and source tags only after the bundle is in the registry', () => {
    const api = image(first, 'api');
    const digest = api.digest as string;
    const path = `/v2/${project.namespace}/api/manifests/`;
    const at = (what: string): number =>
      requests.findIndex((r) => r.startsWith(`PUT ${path}${what} `));
    const bundle = at(referrersTag(digest));
    const primary = at(api.tag as string);
    const source = at(`src-${(api.source as string).slice(0, 16)}`);
    expect([bundle, primary, source].every((i) => i >= 0)).toBe(true);
    expect(bundle).toBeLessThan(primary);
    expect(primary).toBeLessThan(source);
    // The image itself went up by digest, before anything else of it.
    expect(at(digest)).toBeLessThan(bundle);
  });

  it('the uploaded image is a real image: docker pulls it and its file is there', async () => {
    const api = image(first, 'api');
    const pulled = `${project.registry}/${repoPath(project, 'api')}@${api.digest as string}`;
    await execFileP('docker', ['pull', '-q', pulled], { env: process.env });
    const id = (
      await execFileP('docker', ['create', pulled, '/none'], { env: process.env })
    ).stdout.trim();
    try {
      const tar = (
        await execFileP('docker', ['cp', `${id}:/app.txt`, '-'], {
          env: process.env,
          encoding: 'buffer',
        })
      ).stdout;
      expect(tar.subarray(512, 519).toString()).toBe('api v1\n');
    } finally {
      await execFileP('docker', ['rm', id], { env: process.env });
    }
  });

  it('a verified reuse passes, and its reason says who signed it in which run', async () => {
    const [before, after] = commitAndPush(project, { 'docs/guide.md': '# guide v2\n' }, 'docs');
    const run = ok(
      await dist(project, {
        ...pushEvent(project, before, after),
        inputs: { ...write, ...verifyKey },
      }),
    );
    for (const name of ['api', 'web']) {
      expect(image(run, name)).toMatchObject({
        decision: 'skip',
        status: 'verified',
        digest: image(first, name).digest,
      });
      expect(image(run, name).reason).toMatch(
        new RegExp(
          `an image of this source; no deploy config changed since the deployed config [0-9a-f]{7} \\(from the overlay commit’s record\\); signed by key ${key.hint} in ${RUN_URL}$`,
        ),
      );
    }
    expect(run.log).not.toMatch(/exec: docker (buildx )?build /);
  });
});

describe('verify: signature refuses what is not signed for this source', () => {
  it('a pre-staged unsigned source tag is never deployed: the image fails, nothing is written or tagged', async () => {
    const { project } = await signedProject();
    const overlay = originFile(project, PROD);
    const [before, after] = commitAndPush(
      project,
      { 'services/api/app.txt': 'api v2\n' },
      'api v2',
    );
    // The attacker computes the change's source tag and pushes their own image under it.
    const sourceTag = await sourceTagAtHead(project, 'api');
    const evil = await pushImage(
      { url: sharedRegistry().url },
      repoPath(project, 'api'),
      sourceTag,
      {
        seed: `evil-${project.namespace}`,
      },
    );
    const run = await dist(project, {
      ...pushEvent(project, before, after),
      inputs: { ...write, ...signKey, ...verifyKey },
    });
    expect(run.exitCode).toBe(1);
    expect(image(run, 'api')).toMatchObject({ decision: 'promote', status: 'failed' });
    expect(run.outputs.reason).toMatch(
      new RegExp(
        `^api: .*${evil.digest} in ${project.registry}/${project.namespace}/api has no Sigstore bundle attached.*; verify: signature requires a signature by verify-key \\(key ${key.hint}\\)`,
      ),
    );
    expect(run.outputs.reason).toMatch(/No overlay was written/);
    expect(originFile(project, PROD)).toBe(overlay);
    expect(await skopeoDigest(ref(project, 'api', `sha-${short(after)}`))).toBeUndefined();
  });

  it('a signed image of other code replayed under this source tag is refused (other source)', async () => {
    const { project, first } = await signedProject();
    const old = image(first, 'api');
    // api v2 is built, signed and deployed; api v1's signed image stays in the registry.
    const [v1, v2] = commitAndPush(project, { 'services/api/app.txt': 'api v2\n' }, 'api v2');
    ok(
      await dist(project, {
        ...pushEvent(project, v1, v2),
        inputs: { ...write, ...signKey, ...verifyKey },
      }),
    );
    pull(project);
    const [before, after] = commitAndPush(project, { 'services/api/app.txt': 'api v3\n' }, 'v3');
    const sourceTag = await sourceTagAtHead(project, 'api');
    // A genuine, signed image — of the old source — under the new source's tag.
    await retag(project, 'api', old.digest as string, sourceTag);
    const run = await dist(project, {
      ...pushEvent(project, before, after),
      inputs: { ...write, ...signKey, ...verifyKey },
    });
    expect(run.exitCode).toBe(1);
    expect(image(run, 'api')).toMatchObject({ decision: 'promote', status: 'failed' });
    expect(run.outputs.reason).toMatch(
      new RegExp(
        `${old.digest as string} in .*/api is signed by key ${key.hint} in ${RUN_URL}, but for another source: source key ${(old.source as string).slice(0, 16)}…`,
      ),
    );
    expect(await skopeoDigest(ref(project, 'api', `sha-${short(after)}`))).toBeUndefined();
  });

  it('a wrong key fails the run, naming the key found and the key required', async () => {
    const { project } = await signedProject();
    const [before, after] = commitAndPush(project, { 'docs/guide.md': '# v3\n' }, 'docs');
    const run = await dist(project, {
      ...pushEvent(project, before, after),
      inputs: { ...write, verify: 'signature', 'verify-key': stranger.public },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.reason).toMatch(
      new RegExp(`is signed by key ${key.hint}, but verify-key accepts only ${stranger.hint}`),
    );
  });

  it('a redeploy or a rollback of an unsigned digest is refused', async () => {
    const project = createProject();
    const unsignedTag = `sha-${short(project.work.head())}`;
    // Deployed unsigned first (before signing was turned on), then a signed build.
    ok(await dist(project, { event: 'workflow_dispatch', inputs: { mode: 'build', ...write } }));
    pull(project);
    const [before, after] = commitAndPush(project, { 'services/api/app.txt': 'api v2\n' }, 'v2');
    ok(
      await dist(project, {
        ...pushEvent(project, before, after),
        inputs: { ...write, ...signKey },
      }),
    );
    pull(project);
    const overlay = originFile(project, PROD);
    const redeploy = await dist(project, {
      event: 'workflow_dispatch',
      inputs: { ...write, ...verifyKey, tag: `api=${unsignedTag}` },
    });
    expect(redeploy.exitCode).toBe(1);
    expect(image(redeploy, 'api')).toMatchObject({ decision: 'reuse', status: 'failed' });
    expect(redeploy.outputs.reason).toMatch(/has no Sigstore bundle attached/);
    const rollback = await dist(project, {
      event: 'workflow_dispatch',
      inputs: { ...write, ...verifyKey, tag: 'api=previous' },
    });
    expect(rollback.exitCode).toBe(1);
    expect(image(rollback, 'api')).toMatchObject({ decision: 'rollback', status: 'failed' });
    expect(rollback.outputs.reason).toMatch(/has no Sigstore bundle attached/);
    expect(originFile(project, PROD)).toBe(overlay);
  });
});

describe('a cross-repository promotion', () => {
  it('copies the bundles with the image: it verifies in the target repository', async () => {
    const { project, first } = await signedProject();
    const api = image(first, 'api');
    const staged = formatReference(ref(project, 'api', api.tag as string));
    const images = [
      '- name: api',
      `  repository: ${project.namespace}/prod/api`,
      '  context: services/api',
    ].join('\n');
    const run = ok(
      await dist(project, {
        event: 'workflow_dispatch',
        inputs: { images, mode: 'promote', tag: `api=${staged}`, ...verifyKey },
      }),
    );
    expect(image(run, 'api')).toMatchObject({ decision: 'promote', status: 'verified' });
    expect(image(run, 'api').reason).toMatch(/copied from .*; signed by key /);
    const target = `${project.registry}/${project.namespace}/prod/api:${api.tag as string}`;
    const verified = await cli(project.work.dir, [
      'verify',
      target,
      '--verify-key',
      key.publicFile,
    ]);
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.stdout).toContain(`signed by  key ${key.hint}`);
    expect(verified.stdout).toContain(`run        ${RUN_URL}`);
  });
});

describe('keyless (a mock Sigstore)', () => {
  let mock: MockSigstore;
  beforeAll(async () => {
    mock = await startMockSigstore();
    mock.claims = githubClaims('acme/shop');
  });
  afterAll(async () => {
    await mock.stop();
  });

  it('signs with the workflow identity; a policy for another workflow fails the run', async () => {
    const project = createProject();
    const keyless = {
      sign: 'keyless',
      'fulcio-url': mock.fulcioUrl,
      'rekor-url': mock.rekorUrl,
      verify: 'signature',
      'trusted-root': mock.trustedRoot,
    };
    const built = ok(
      await dist(project, {
        event: 'workflow_dispatch',
        inputs: { mode: 'build', ...write, ...keyless },
        env: mock.env,
      }),
    );
    const identity = 'https://github.com/acme/shop/.github/workflows/deploy.yml@refs/heads/main';
    expect(image(built, 'api').signature).toMatchObject({
      identity,
      issuer: 'https://token.actions.githubusercontent.com',
      signedAt: expect.stringMatching(/^\d{4}-/) as unknown,
    });
    // The job's request token is masked (the runner is told so) and never shows otherwise.
    const shown = built.log.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(mock.requestToken);
    expect(built.log).toContain(`::add-mask::${mock.requestToken}`);
    pull(project);
    const [before, after] = commitAndPush(project, { 'docs/guide.md': '# v2\n' }, 'docs');
    const reuse = ok(
      await dist(project, {
        ...pushEvent(project, before, after),
        inputs: { ...write, verify: 'signature', 'trusted-root': mock.trustedRoot },
      }),
    );
    expect(image(reuse, 'api').reason).toMatch(
      new RegExp(`signed by ${identity.replace(/\./g, '\\.')} in ${RUN_URL}$`),
    );
    const wrong = await dist(project, {
      ...pushEvent(project, before, after),
      inputs: {
        ...write,
        verify: 'signature',
        'trusted-root': mock.trustedRoot,
        'certificate-identity':
          'https://github\\.com/acme/shop/\\.github/workflows/release\\.yml@refs/tags/.*',
      },
    });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.outputs.reason).toContain(
      `is signed by identity ${identity} (issuer https://token.actions.githubusercontent.com), but certificate-identity requires ^(?:https://github\\.com/acme/shop/\\.github/workflows/release\\.yml@refs/tags/.*)$`,
    );
  });
});

describe('the CLI: sign what runs, verify it, then turn verify on', () => {
  it('signs an unsigned image built before, verifies it, and a verified run then reuses it', async () => {
    const project = createProject();
    const built = ok(
      await dist(project, { event: 'workflow_dispatch', inputs: { mode: 'build', ...write } }),
    );
    pull(project);
    const api = image(built, 'api');
    const target = `${project.registry}/${project.namespace}/api:${api.tag as string}`;
    // Turning verify on before signing: the running image is refused.
    const [before, after] = commitAndPush(project, { 'docs/guide.md': '# v2\n' }, 'docs');
    const refused = await dist(project, {
      ...pushEvent(project, before, after),
      inputs: { ...write, ...verifyKey },
    });
    expect(refused.exitCode).toBe(1);
    const notYet = await cli(project.work.dir, ['verify', target, '--verify-key', key.publicFile]);
    expect(notYet.code).toBe(1);
    expect(notYet.stderr).toMatch(
      new RegExp(
        `image-promote verify: ${api.digest as string} in .*/api has no Sigstore bundle attached`,
      ),
    );

    // The config the CLI reads its images from: the action's inputs.
    writeFileSync(
      join(project.work.dir, 'image-promote.yml'),
      `registry: ${project.registry}\nimages: |\n${project.imagesInput.replace(/^/gm, '  ')}\n`,
    );
    const signWith = (name: string, reference: string) =>
      cli(
        project.work.dir,
        [
          'sign',
          reference,
          '--key-env',
          'SIGNING_KEY',
          '--image',
          name,
          '--commit',
          before,
          '--repository',
          'acme/shop',
          '--json',
        ],
        { SIGNING_KEY: key.private },
      );
    const signed = await signWith('api', target);
    const web = image(built, 'web');
    expect(
      await signWith('web', `${project.registry}/${project.namespace}/web@${web.digest as string}`),
    ).toMatchObject({ code: 0 });
    expect(signed).toMatchObject({ code: 0 });
    expect(signed.stdout + signed.stderr).not.toContain(key.private.split('\n')[1] ?? '');
    const out = JSON.parse(signed.stdout) as { digest: string; signature: Record<string, unknown> };
    expect(out.digest).toBe(api.digest);
    expect(out.signature).toMatchObject({
      identity: `key ${key.hint}`,
      sourceKey: api.source,
      commit: before,
      repository: 'acme/shop',
      signedNow: true,
    });
    expect(out.signature.runUrl).toBeUndefined();

    const verified = await cli(project.work.dir, [
      'verify',
      target,
      '--verify-key',
      key.publicFile,
    ]);
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.stdout).toBe(
      [
        `${target}@${api.digest as string}`,
        `  signed by  key ${key.hint}`,
        '  signed at  not attested (a key-based signature carries no trusted time)',
        `  source     acme/shop at ${before} (https://github.com)`,
        `  source key ${api.source as string} (image-promote source key v2)`,
        '  run        none (signed outside a workflow run)',
        `  bundle     ${out.signature.referrer as string}`,
        '',
      ].join('\n'),
    );
    const wrongKey = await cli(project.work.dir, [
      'verify',
      target,
      '--verify-key',
      stranger.publicFile,
    ]);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(/but verify-key accepts only/);

    // The upgrade path's second step: verify on, and what runs is reused.
    const reuse = ok(
      await dist(project, {
        ...pushEvent(project, before, after),
        inputs: { ...write, ...verifyKey },
      }),
    );
    expect(image(reuse, 'api')).toMatchObject({ status: 'verified', digest: api.digest });
    expect(image(reuse, 'api').reason).toMatch(
      new RegExp(
        `signed by key ${key.hint} outside a workflow run \\(acme/shop at ${short(before)}\\)$`,
      ),
    );
  });
});

describe('the signing and verifying inputs are checked before anything is built', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    [
      'a public key as signing-key',
      { sign: 'key', 'signing-key': key.public, ...verifyKey },
      /^input 'signing-key': holds a public key, not the private key signing needs/,
    ],
    [
      'a private key as verify-key',
      { verify: 'signature', 'verify-key': stranger.private },
      /^input 'verify-key': the key is a private key; verify-key takes public keys only/,
    ],
    [
      'an expression that does not compile',
      { verify: 'signature', 'certificate-identity': 'https://github\\.com/(acme' },
      /^input 'certificate-identity': is not a valid regular expression/,
    ],
    [
      'keyless signing in a job without an OIDC token (no id-token: write)',
      { sign: 'keyless' },
      /^input 'sign': keyless signs with the workflow OIDC token, but this job has none .* — give the job permissions: id-token: write/,
    ],
    [
      'a trusted root that is not one',
      { verify: 'signature', 'trusted-root': '{"mediaType": "application/json"}' },
      /^input 'trusted-root': is not a Sigstore trusted root/,
    ],
  ])('%s', async (_what, inputs, message) => {
    const project = createProject();
    const run = await dist(project, {
      event: 'workflow_dispatch',
      inputs: { mode: 'build', ...inputs },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.reason).toMatch(message);
    expect(run.log).not.toMatch(/exec: docker /);
    // No key text is ever shown (the runner is only told to mask it): not the private key
    // pasted in the wrong place, nor its lines.
    const shown = run.log
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const line of stranger.private.split('\n').slice(1, -2)) {
      expect(shown).not.toContain(line);
    }
  });
});

describe('what a run loads', () => {
  /** The files under dist/ a run of the action loaded (a module loader hook records them). */
  async function loaded(
    project: Project,
    options: DistOptions,
  ): Promise<{ files: string[]; run: DistRun }> {
    const dir = tempDir('ip-hooks-');
    const log = join(dir, 'loaded.txt');
    writeFileSync(log, '');
    const hooks = join(dir, 'hooks.mjs');
    writeFileSync(
      hooks,
      [
        "import { appendFileSync } from 'node:fs';",
        'export async function load(url, context, next) {',
        '  const result = await next(url, context);',
        `  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');`,
        '  return result;',
        '}',
      ].join('\n'),
    );
    const register = join(dir, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    const run = ok(
      await dist(project, {
        ...options,
        env: { NODE_OPTIONS: `--import ${pathToFileURL(register).href}` },
      }),
    );
    const distDir = dirname(DIST_ACTION);
    const files = [
      ...new Set(
        readFileSync(log, 'utf8')
          .split('\n')
          .filter((u) => u.startsWith('file:'))
          .map((u) => fileURLToPath(u))
          .filter((f) => f.startsWith(`${distDir}/`)),
      ),
    ];
    return { files, run };
  }

  /** Signing code: src/provenance (its predicate type) or an @sigstore package. */
  const signing = (file: string): boolean =>
    /image-promote\/source\/v1|_sigstore_[a-z]+__WEBPACK_IMPORTED_MODULE/.test(
      readFileSync(file, 'utf8'),
    );

  it('an unsigned reuse loads neither src/provenance nor @sigstore; a verifying one does', async () => {
    const { project } = await signedProject();
    const [before, after] = commitAndPush(project, { 'docs/guide.md': '# v2\n' }, 'docs');
    const { files: unsigned } = await loaded(project, {
      ...pushEvent(project, before, after),
      inputs: write,
    });
    expect(unsigned.map((f) => relative(dirname(DIST_ACTION), f))).toContain('index.js');
    expect(unsigned.filter(signing)).toEqual([]);
    const { files: verifying } = await loaded(project, {
      ...pushEvent(project, before, after),
      inputs: { ...write, ...verifyKey },
    });
    expect(verifying.filter(signing).length).toBeGreaterThan(0);
  });

  /**
   * What a reuse decision does not run, each known by text only its code has in the bundle:
   * a class or function it declares, or a string of the package. Every marker must be found
   * somewhere in dist/ (a renamed one fails here rather than passing unnoticed).
   */
  const NOT_RUN: Record<string, RegExp> = {
    'the JSON editor (src/overlay/json-edit.ts)': /\bclass JsonError\b/,
    'the tfvars editor (src/overlay/tfvars.ts)': /\bclass TfvarsError\b/,
    'the AWS SDK (ECR)': /AmazonEC2ContainerRegistry_V20150921/,
    'the overlay write-back (src/gitops/)':
      /\bfunction \w*(commitOverlays|cloneOverlayRepository|proposeChange|locateRepository)\(/,
    'building (src/build/)':
      /\bfunction \w*(ociLabels|detectBuilder|buildImages|ensureRegistryLogin)\(/,
    'signing (src/provenance/, @sigstore)':
      /image-promote\/source\/v1|_sigstore_[a-z]+__WEBPACK_IMPORTED_MODULE/,
  };

  it('an unsigned reuse decision loads no other overlay format, AWS SDK, write-back, build or signing code', async () => {
    const distDir = dirname(DIST_ACTION);
    const bundle = readdirSync(distDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(distDir, f), 'utf8'));
    for (const [what, marker] of Object.entries(NOT_RUN)) {
      expect([what, bundle.some((text) => marker.test(text))]).toEqual([what, true]);
    }
    const { project } = await signedProject();
    const [before, after] = commitAndPush(
      project,
      { 'k8s/prod/extra.yaml': 'kind: ConfigMap\n' },
      'config',
    );
    const { files, run } = await loaded(project, {
      ...pushEvent(project, before, after),
      inputs: { overlay: PROD },
    });
    expect(run.outputs).toMatchObject({ decision: 'reuse', changed: 'deploy' });
    const texts = files.map((f) => ({
      file: relative(distDir, f),
      text: readFileSync(f, 'utf8'),
    }));
    const found = Object.entries(NOT_RUN).flatMap(([what, marker]) =>
      texts.filter((t) => marker.test(t.text)).map((t) => `${what} in ${t.file}`),
    );
    expect(found).toEqual([]);
  });
});
