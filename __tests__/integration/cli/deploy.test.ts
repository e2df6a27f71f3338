/**
 * `image-promote deploy` end to end: a GitOps repository (a clone of a bare remote over
 * file://) holding a kustomization, Helm values, a JSON file and Terraform variables; images
 * pushed to the real test registry without docker. Every REF is verified in the registry
 * before anything is written; commits land in the repository that holds the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { main } from '../../../src/cli.js';
import { StderrLogger } from '../../../src/log.js';
import { sharedRegistry } from '../../support/env.js';
import {
  cloneRepo,
  createBareRemote,
  createRepo,
  git,
  removeTempDirs,
  tempDir,
  type TempRepo,
} from '../../support/git-fixtures.js';
import { pushImage, type PushedImage } from '../../support/oci-fixtures.js';

afterAll(removeTempDirs);

const ns = `deploy${Date.now()}`;
let host: string;
let registry: string;
let release: PushedImage;
let latest: PushedImage;
let previous: PushedImage;
/** The image tagged sha-1a2b3c4 (web) and sha-1a2b3c4 (api). */
let web: PushedImage;
let api: PushedImage;

const KUSTOMIZATION = 'environments/prod/kustomization.yaml';
const VALUES = 'environments/prod/values.yaml';
const JSON_FILE = 'environments/prod/image.json';
const TFVARS = 'environments/prod/terraform.tfvars';

function files(): Record<string, string> {
  return {
    [KUSTOMIZATION]: [
      '# prod — edited by people and by image-promote',
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources: [../base]',
      'images:',
      '  - name: web # the storefront',
      `    newName: ${registry}/web`,
      '    newTag: sha-0000000',
      '  - name: api',
      `    newName: ${registry}/api`,
      '    newTag: "sha-0000000"',
      '',
    ].join('\n'),
    [VALUES]: [
      '## shop chart values (production)',
      'global:',
      '  imageTag: sha-0000000   # ← updated by deploy',
      '  pullPolicy: IfNotPresent',
      'web:',
      '  replicas: 3',
      '',
    ].join('\n'),
    [JSON_FILE]: `{\n    "web": { "image": "${registry}/web:sha-0000000", "port": 8080 }\n}\n`,
    [TFVARS]: [
      '# lambda',
      `web_image = "${registry}/web:sha-0000000" # pinned by deploy`,
      'memory    = 512',
      '',
    ].join('\n'),
  };
}

/** A GitOps repository at its first commit, pushed to a bare `origin`. */
function gitops(): { origin: string; work: TempRepo } {
  const origin = createBareRemote();
  const work = cloneRepo(origin);
  work.commit(files(), 'environments');
  work.git('push', '-q', 'origin', 'HEAD:main');
  work.git('branch', '-q', '--set-upstream-to=origin/main');
  return { origin, work };
}

async function deploy(
  cwd: string,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['deploy', ...args], {
    cwd,
    env: { DOCKER_CONFIG: tempDir('ip-docker-'), PATH: process.env.PATH },
    stdout: (t) => (out += t),
    logger: new StderrLogger(false, (line) => (err += `${line}\n`)),
    registry: { retry: { retries: 1, minDelayMs: 1, maxDelayMs: 5 } },
  });
  return { code, out, err };
}

function read(work: TempRepo, path: string): string {
  return readFileSync(join(work.dir, path), 'utf8');
}

const IDENTITY = [
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
] as const;
const savedIdentity: Partial<Record<(typeof IDENTITY)[number], string>> = {};
afterAll(() => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of IDENTITY) env[k] = savedIdentity[k];
  process.env = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined));
});

beforeAll(async () => {
  // `deploy --commit` commits as the person running it: git's configured identity.
  for (const k of IDENTITY) savedIdentity[k] = process.env[k];
  Object.assign(process.env, {
    GIT_AUTHOR_NAME: 'Laptop User',
    GIT_AUTHOR_EMAIL: 'user@example.com',
    GIT_COMMITTER_NAME: 'Laptop User',
    GIT_COMMITTER_EMAIL: 'user@example.com',
  });
  host = sharedRegistry().host;
  registry = `${host}/${ns}`;
  const target = { url: sharedRegistry().url };
  web = await pushImage(target, `${ns}/web`, 'sha-1a2b3c4', { seed: `${ns}-web` });
  api = await pushImage(target, `${ns}/api`, 'sha-1a2b3c4', { seed: `${ns}-api` });
  previous = await pushImage(target, `${ns}/web`, 'sha-0000000', { seed: `${ns}-web0` });
  release = await pushImage(target, `${ns}/web`, 'v1.2.3', { seed: `${ns}-web-release` });
  latest = await pushImage(target, `${ns}/web`, 'latest', { seed: `${ns}-web-latest` });
});

describe('image-promote deploy: kustomization', () => {
  it('writes the verified tags of a commit, without committing', async () => {
    const { work } = gitops();
    const head = work.head();
    const r = await deploy(work.dir, [
      KUSTOMIZATION,
      'web=1a2b3c4',
      'api=sha-1a2b3c4',
      '--registry',
      registry,
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        `web: ${registry}/web:sha-0000000 → ${registry}/web:sha-1a2b3c4 (${web.digest})`,
        `api: ${registry}/api:sha-0000000 → ${registry}/api:sha-1a2b3c4 (${api.digest})`,
        '',
      ].join('\n'),
    );
    expect(read(work, KUSTOMIZATION)).toBe(
      (files()[KUSTOMIZATION] ?? '')
        .replace('    newTag: sha-0000000', '    newTag: sha-1a2b3c4')
        .replace('    newTag: "sha-0000000"', '    newTag: "sha-1a2b3c4"'),
    );
    expect(work.head()).toBe(head);
    expect(work.git('status', '--porcelain')).toBe(`M ${KUSTOMIZATION}`);
  });

  it('--push commits only the file and lands it on the remote', async () => {
    const { origin, work } = gitops();
    writeFileSync(join(work.dir, 'notes.txt'), 'not part of the deploy\n');
    const r = await deploy(work.dir, [
      KUSTOMIZATION,
      'web=1a2b3c4',
      '--registry',
      registry,
      '--push',
    ]);
    expect(r.code).toBe(0);
    const commit = work.head();
    expect(r.out).toBe(
      [
        `web: ${registry}/web:sha-0000000 → ${registry}/web:sha-1a2b3c4 (${web.digest})`,
        `commit: ${commit} (pushed to main)`,
        '',
      ].join('\n'),
    );
    expect(git(origin, ['rev-parse', 'main'])).toBe(commit);
    expect(git(origin, ['show', `main:${KUSTOMIZATION}`])).toContain('newTag: sha-1a2b3c4');
    expect(work.git('show', '--name-only', '--format=%s', commit).split('\n')).toEqual([
      'deploy: web sha-0000000 → sha-1a2b3c4 (1a2b3c4) [skip ci]',
      '',
      KUSTOMIZATION,
    ]);
    expect(work.git('status', '--porcelain')).toBe('?? notes.txt');
    expect(work.git('log', '-1', '--format=%an <%ae>', commit)).toBe(
      'Laptop User <user@example.com>',
    );

    // Again: nothing new to commit, and the remote already has it.
    const again = await deploy(work.dir, [
      KUSTOMIZATION,
      'web=1a2b3c4',
      '--registry',
      registry,
      '--push',
    ]);
    expect(again.code).toBe(0);
    expect(again.out).toBe(
      [
        `web: already ${registry}/web:sha-1a2b3c4 (${web.digest}), unchanged`,
        `commit: ${commit} already has this change`,
        '',
      ].join('\n'),
    );
    expect(git(origin, ['rev-parse', 'main'])).toBe(commit);
  });

  it('commits in the repository that holds the file: a nested GitOps checkout', async () => {
    const app = createRepo({ 'README.md': '# app\n' });
    const appHead = app.head();
    const origin = createBareRemote();
    const seed = cloneRepo(origin);
    seed.commit(files(), 'environments');
    seed.git('push', '-q', 'origin', 'HEAD:main');
    git(app.dir, ['clone', '-q', origin, 'gitops']);
    const r = await deploy(app.dir, [
      `gitops/${KUSTOMIZATION}`,
      'web=1a2b3c4',
      '--registry',
      registry,
      '--push',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const commit = git(origin, ['rev-parse', 'main']);
    expect(r.out).toContain(`\ncommit: ${commit} in gitops (pushed to main)\n`);
    expect(git(origin, ['show', `main:${KUSTOMIZATION}`])).toContain('newTag: sha-1a2b3c4');
    expect(app.head()).toBe(appHead);
  });

  it('refuses --commit outside git and --push without a remote before touching the file', async () => {
    const plain = tempDir('ip-plain-');
    writeFileSync(join(plain, 'kustomization.yaml'), files()[KUSTOMIZATION] ?? '');
    const outside = await deploy(plain, ['kustomization.yaml', 'web=1a2b3c4', '--commit']);
    expect(outside.code).toBe(1);
    expect(outside.err).toContain('is not inside a git repository');
    expect(readFileSync(join(plain, 'kustomization.yaml'), 'utf8')).toBe(files()[KUSTOMIZATION]);
    // Without --commit the same file is written.
    const written = await deploy(plain, ['kustomization.yaml', 'web=1a2b3c4']);
    expect(written.code).toBe(0);
    expect(readFileSync(join(plain, 'kustomization.yaml'), 'utf8')).toContain(
      'newTag: sha-1a2b3c4',
    );

    const local = createRepo(files());
    const noRemote = await deploy(local.dir, [KUSTOMIZATION, 'web=1a2b3c4', '--push']);
    expect(noRemote.code).toBe(1);
    expect(noRemote.err).toContain(
      'cannot push the overlay change in .: the repository has no remote',
    );
    expect(read(local, KUSTOMIZATION)).toBe(files()[KUSTOMIZATION]);
  });

  it('refuses a REF that is not in the registry, and leaves the file and the repository alone', async () => {
    const { origin, work } = gitops();
    const head = work.head();
    const r = await deploy(work.dir, [
      KUSTOMIZATION,
      'web=1a2b3c4',
      'api=fffffff',
      '--registry',
      registry,
      '--push',
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('No overlay was written');
    expect(r.err).toContain(
      `api: ${registry}/api:sha-fffffff does not exist in registry ${host} (no such tag, digest or repository)`,
    );
    expect(r.err).not.toContain('web:');
    expect(read(work, KUSTOMIZATION)).toBe(files()[KUSTOMIZATION]);
    expect(work.head()).toBe(head);
    expect(git(origin, ['rev-parse', 'main'])).toBe(head);
  });

  it('refuses a mutable tag unless it is pinned; --pin-digest writes its verified digest', async () => {
    const { work } = gitops();
    const refused = await deploy(work.dir, [KUSTOMIZATION, 'web=latest', '--registry', registry]);
    // Refused from the input alone, before the registry is asked: a bad input (exit 2).
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      `input 'tag': "latest" is in extra-tags: a tag that can move is written only pinned to its digest — give an immutable tag such as sha-1a2b3c4 or v1.2.3, or set pin-digest: true (--pin-digest)`,
    );
    expect(read(work, KUSTOMIZATION)).toBe(files()[KUSTOMIZATION]);
    const branch = await deploy(work.dir, [KUSTOMIZATION, 'web=main', '--registry', registry]);
    expect(branch.code).toBe(2);
    expect(branch.err).toContain(
      '"main" is not a tag tag-template, pr-tag-template or source-tag make',
    );

    const pinned = await deploy(work.dir, [
      KUSTOMIZATION,
      'web=latest',
      '--registry',
      registry,
      '--pin-digest',
    ]);
    expect(pinned.code).toBe(0);
    expect(pinned.out).toBe(
      `web: ${registry}/web:sha-0000000 → ${registry}/web:latest@${latest.digest} (${latest.digest})\n`,
    );
    expect(read(work, KUSTOMIZATION)).toContain(
      `    newName: ${registry}/web\n    newTag: latest\n    digest: ${latest.digest}\n`,
    );
  });

  it('a tag given with its digest is checked against the registry', async () => {
    const { work } = gitops();
    const wrong = await deploy(work.dir, [
      KUSTOMIZATION,
      `web=latest@${release.digest}`,
      '--registry',
      registry,
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain(
      `web: ${registry}/web:latest is ${latest.digest}, not the digest given (${release.digest})`,
    );
    expect(read(work, KUSTOMIZATION)).toBe(files()[KUSTOMIZATION]);
    const right = await deploy(work.dir, [
      KUSTOMIZATION,
      `web=latest@${latest.digest}`,
      '--registry',
      registry,
    ]);
    expect(right.code).toBe(0);
    expect(read(work, KUSTOMIZATION)).toContain(`newTag: latest\n    digest: ${latest.digest}\n`);
  });

  it('--dry-run checks and prints, and writes nothing', async () => {
    const { work } = gitops();
    const r = await deploy(work.dir, [
      KUSTOMIZATION,
      'web=v1.2.3',
      '--registry',
      registry,
      '--commit',
      '--dry-run',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `web: ${registry}/web:sha-0000000 → ${registry}/web:v1.2.3 (${release.digest})\n`,
    );
    expect(r.err).toContain('dry run');
    expect(read(work, KUSTOMIZATION)).toBe(files()[KUSTOMIZATION]);
    expect(work.git('status', '--porcelain')).toBe('');
  });
});

describe('image-promote deploy: Helm values, JSON, tfvars', () => {
  it('the laptop deploy-sha: web=1a2b3c4 --key web=global.imageTag --commit', async () => {
    const { origin, work } = gitops();
    // The repository's image-promote.yml (as plan reads it) says where images live.
    work.commit({ 'image-promote.yml': `registry: ${registry}\n` }, 'config');
    const before = work.head();
    const r = await deploy(join(work.dir, 'environments'), [
      'prod/values.yaml',
      'web=1a2b3c4',
      '--key',
      'web=global.imageTag',
      '--commit',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const commit = work.head();
    expect(commit).not.toBe(before);
    expect(r.out).toBe(`web: sha-0000000 → sha-1a2b3c4 (${web.digest})\ncommit: ${commit}\n`);
    expect(read(work, VALUES)).toBe(
      (files()[VALUES] ?? '').replace('imageTag: sha-0000000 ', 'imageTag: sha-1a2b3c4 '),
    );
    expect(work.git('show', '--name-only', '--format=%s', commit).split('\n')).toEqual([
      'deploy: web sha-0000000 → sha-1a2b3c4 (1a2b3c4) [skip ci]',
      '',
      VALUES,
    ]);
    // --commit without --push: the remote does not have it yet.
    expect(git(origin, ['rev-parse', 'main'])).not.toBe(commit);
  });

  it('without --registry or config, the repository the kustomization names is used', async () => {
    const { work } = gitops();
    const r = await deploy(work.dir, [KUSTOMIZATION, 'web=1a2b3c4']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `web: ${registry}/web:sha-0000000 → ${registry}/web:sha-1a2b3c4 (${web.digest})\n`,
    );
  });

  it('takes repositories, key paths and the message from --config', async () => {
    const { work } = gitops();
    const config = join(tempDir('ip-config-'), 'image-promote.yml');
    writeFileSync(
      config,
      [
        `registry: ${registry}`,
        'images:',
        '  - name: web',
        '    repository: web',
        '    context: services/web',
        '    key: global.imageTag',
        'environment: prod',
        'overlay: somewhere/else.yaml # ignored: deploy writes OVERLAY',
        'write-overlay: true',
        'commit-message: "release({environment}): {image} to {to}"',
      ].join('\n'),
    );
    const r = await deploy(work.dir, [VALUES, 'web=v1.2.3', '--config', config, '--commit']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(read(work, VALUES)).toContain('  imageTag: v1.2.3   # ← updated by deploy\n');
    expect(work.git('log', '-1', '--format=%s')).toBe('release(prod): web to v1.2.3');
    // --message wins over the file's commit-message.
    const msg = await deploy(work.dir, [
      VALUES,
      'web=1a2b3c4',
      '--config',
      config,
      '--commit',
      '--message',
      'web {from} → {to}',
    ]);
    expect(msg.code).toBe(0);
    expect(work.git('log', '-1', '--format=%s')).toBe('web v1.2.3 → sha-1a2b3c4');
  });

  it('a full reference into a JSON file and a tfvars file keeps the full-reference shape', async () => {
    const { work } = gitops();
    const ref = `${registry}/web:v1.2.3`;
    const json = await deploy(work.dir, [JSON_FILE, `web=${ref}`, '--key', 'web=web.image']);
    expect(json.err).toBe('');
    expect(json.code).toBe(0);
    expect(json.out).toBe(`web: ${registry}/web:sha-0000000 → ${ref} (${release.digest})\n`);
    expect(read(work, JSON_FILE)).toBe(`{\n    "web": { "image": "${ref}", "port": 8080 }\n}\n`);
    const tf = await deploy(work.dir, [
      TFVARS,
      `web=${registry}/web@${previous.digest}`,
      '--key',
      'web=web_image',
    ]);
    expect(tf.code).toBe(0);
    expect(read(work, TFVARS)).toBe(
      (files()[TFVARS] ?? '').replace(
        `"${registry}/web:sha-0000000"`,
        `"${registry}/web@${previous.digest}"`,
      ),
    );
    // --value reference with a mutable tag and --pin-digest: repository:tag@digest in one value.
    const pinned = await deploy(work.dir, [
      TFVARS,
      `web=${registry}/web:latest`,
      '--key',
      'web=web_image',
      '--value',
      'web=reference',
      '--pin-digest',
    ]);
    expect(pinned.code).toBe(0);
    expect(read(work, TFVARS)).toContain(
      `web_image = "${registry}/web:latest@${latest.digest}" # pinned by deploy\n`,
    );
  });
});

describe('image-promote deploy: usage', () => {
  it.each([
    [[KUSTOMIZATION], /expected OVERLAY and at least one NAME=REF/],
    [[KUSTOMIZATION, 'web'], /"web" is not NAME=REF/],
    [
      [VALUES, 'web=1a2b3c4', '--key', 'web=global.imageTag'],
      /no repository for web: environments\/prod\/values.yaml does not name one — set registry \(on the command line: --registry/,
    ],
    [[KUSTOMIZATION, 'web=1a2b3c4', 'web=v1', '--registry', 'r.io'], /"web" is named twice/],
    [
      [KUSTOMIZATION, 'web=v1', '--key', 'api=x.y', '--registry', 'r.io'],
      /api is not one of the images being deployed/,
    ],
    [
      [KUSTOMIZATION, 'web=v1', '--value', 'web=sha', '--registry', 'r.io'],
      /use one of: auto, tag, digest, reference/,
    ],
    [
      [KUSTOMIZATION, 'web=v1', '--message', '{nope}', '--registry', 'r.io'],
      /input '--message': unknown token \{nope\}/,
    ],
    [[KUSTOMIZATION, 'web=nginx:1.27'], /a tag cannot contain ":"/],
  ])('%j exits 2', async (args, message) => {
    const { work } = gitops();
    const r = await deploy(work.dir, args);
    expect(r.err).toMatch(message);
    expect(r.code).toBe(2);
    expect(read(work, KUSTOMIZATION)).toBe(files()[KUSTOMIZATION]);
  });

  it('is listed in the CLI usage and has --help', async () => {
    let out = '';
    expect(await main(['--help'], { stdout: (t) => (out += t) })).toBe(0);
    expect(out).toMatch(
      /^ {2}deploy +verify images in the registry, write them into an overlay, commit$/m,
    );
    const help = await deploy(process.cwd(), ['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('a commit SHA (7 to 40 hex digits) means the tag tag-template');
    expect(help.out).toContain('sha-1a2b3c4 by default');
  });
});
