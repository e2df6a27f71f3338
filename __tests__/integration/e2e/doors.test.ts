/**
 * One engine, many doors: the same scenario through the action (dist/index.js, as the runner
 * runs it) and through the CLI (dist/cli/index.js), each against a registry namespace and a
 * repository of its own set up identically. Both must leave the same overlay bytes and the
 * same registry state, and end the same way: success, or a failure (the CLI says 2 for a bad
 * input where the runner knows only "failed").
 *
 * The scenarios are the defects the CLI had while it kept pipelines of its own: a shared
 * value deployed for one image (the other image must get the tag), a REF the registry does
 * not have, a digest, a typo in an image name, set-image on a file that is not a
 * kustomization, a tag that moves.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { INPUTS, type InputName } from '../../../src/config/inputs.js';
import { sharedRegistry } from '../../support/env.js';
import { createRepo, removeTempDirs, type TempRepo } from '../../support/git-fixtures.js';
import { getManifest, pushImage, sha256 } from '../../support/oci-fixtures.js';

afterAll(removeTempDirs);

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const ACTION = join(ROOT, 'dist', 'index.js');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const stamp = Date.now();

interface Door {
  /** A registry namespace of its own (the same images are pushed to both). */
  ns: string;
  registry: string;
}

/** The registry's tags of `repo` → digest (hashed from the bytes), for comparison. */
async function tags(ns: string, repo: string, names: readonly string[]): Promise<string[]> {
  const target = { url: sharedRegistry().url };
  const out: string[] = [];
  for (const tag of names) {
    const got = await getManifest(target, `${ns}/${repo}`, tag).catch(() => undefined);
    out.push(`${repo}:${tag}=${got ? sha256(got.bytes) : 'absent'}`);
  }
  return out;
}

interface Scenario {
  title: string;
  /** Files of the repository (registry host and namespace as `{{registry}}`). */
  files: Record<string, string>;
  /** The action's inputs. */
  inputs: Partial<Record<InputName, string>>;
  /** The CLI's arguments. */
  args: string[];
  /** Tags to compare afterwards, per repository. */
  check: Record<string, string[]>;
  /** The file whose bytes are compared. */
  file: string;
  /** What both doors must do. */
  ok: boolean;
  /** Text both logs must hold. */
  says?: RegExp;
  /** Text the CLI's output must hold besides. */
  cliSays?: RegExp;
}

function spawnNode(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ code: number; log: string }> {
  const child = spawn(process.execPath, [script, ...args], {
    env,
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      resolve({ code: code ?? 1, log: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

function baseEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    DOCKER_CONFIG: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Author',
    GIT_COMMITTER_EMAIL: 'author@example.com',
  };
}

async function viaAction(repo: TempRepo, inputs: Partial<Record<InputName, string>>) {
  const home = mkdtempSync(join(tmpdir(), 'ip-door-action-'));
  const event = join(home, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({ repository: { default_branch: 'main', full_name: 'acme/shop' } }),
  );
  writeFileSync(join(home, 'output'), '');
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(home),
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: event,
    GITHUB_SHA: repo.head(),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_OUTPUT: join(home, 'output'),
    RUNNER_TEMP: home,
  };
  for (const [name, spec] of Object.entries(INPUTS) as [InputName, { default: string }][]) {
    const value = inputs[name] ?? (spec.default.includes('${{') ? '' : spec.default);
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return spawnNode(ACTION, [], env, repo.dir);
}

async function viaCli(repo: TempRepo, args: string[]) {
  const home = mkdtempSync(join(tmpdir(), 'ip-door-cli-'));
  return spawnNode(CLI, args, baseEnv(home), repo.dir);
}

const doors: Record<'action' | 'cli', Door> = {
  action: { ns: `doors${stamp}a`, registry: '' },
  cli: { ns: `doors${stamp}c`, registry: '' },
};

const seeds = {
  api0: { repo: 'api', tag: 'sha-0000000', seed: 'api-0' },
  web0: { repo: 'web', tag: 'sha-0000000', seed: 'web-0' },
  web1: { repo: 'web', tag: 'sha-1a2b3c4', seed: 'web-1' },
  webLatest: { repo: 'web', tag: 'latest', seed: 'web-latest' },
};
const digests: Record<string, string> = {};

beforeAll(async () => {
  const target = { url: sharedRegistry().url };
  for (const door of Object.values(doors)) {
    door.registry = `${sharedRegistry().host}/${door.ns}`;
    for (const [key, s] of Object.entries(seeds)) {
      const pushed = await pushImage(target, `${door.ns}/${s.repo}`, s.tag, { seed: s.seed });
      digests[key] = pushed.digest;
    }
  }
});

const VALUES = 'deploy/values.yaml';
const KUSTOMIZATION = 'deploy/kustomization.yaml';
const values =
  '# shop\nglobal:\n  imageTag: sha-0000000 # both images\n  pullPolicy: IfNotPresent\n';
const kustomization = [
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'images:',
  '  - name: web',
  '    newName: {{registry}}/web',
  '    newTag: sha-0000000',
  '',
].join('\n');
const sharedImages = '- name: api\n  key: global.imageTag\n- name: web\n  key: global.imageTag\n';

const scenarios: Scenario[] = [
  {
    title: 'a value two images share: deploying one tags the other image too',
    files: {
      [VALUES]: values,
      'image-promote.yml': `registry: {{registry}}\nimages:\n${sharedImages.replace(/^/gm, '  ')}`,
    },
    inputs: {
      images: sharedImages,
      registry: '{{registry}}',
      overlay: VALUES,
      tag: 'web=sha-1a2b3c4',
      'write-overlay': 'true',
    },
    args: ['deploy', VALUES, 'web=sha-1a2b3c4'],
    check: { api: ['sha-1a2b3c4', 'sha-0000000'], web: ['sha-1a2b3c4'] },
    file: VALUES,
    ok: true,
    // The CLI names the image it tagged although the command did not name it.
    cliSays:
      /\napi: sha-0000000 → sha-1a2b3c4 \(sha256:[0-9a-f]{64}\), sharing the value written: its running image gets sha-1a2b3c4\n/,
  },
  {
    title: 'a REF the registry does not have: nothing is written or tagged',
    files: { [KUSTOMIZATION]: kustomization },
    inputs: {
      images: '- name: web\n',
      overlay: KUSTOMIZATION,
      tag: 'web=sha-fffffff',
      'write-overlay': 'true',
    },
    args: ['deploy', KUSTOMIZATION, 'web=sha-fffffff'],
    check: { web: ['sha-fffffff'] },
    file: KUSTOMIZATION,
    ok: false,
    says: /web:sha-fffffff does not exist in registry/,
  },
  {
    title: 'a digest is written as the digest',
    files: { [KUSTOMIZATION]: kustomization },
    inputs: {
      images: '- name: web\n',
      overlay: KUSTOMIZATION,
      tag: 'web={{digest:web1}}',
      'write-overlay': 'true',
    },
    args: ['deploy', KUSTOMIZATION, 'web={{digest:web1}}'],
    check: { web: ['sha-1a2b3c4'] },
    file: KUSTOMIZATION,
    ok: true,
  },
  {
    title: 'a tag that moves is refused before the registry is asked',
    files: { [KUSTOMIZATION]: kustomization },
    inputs: {
      images: '- name: web\n',
      overlay: KUSTOMIZATION,
      tag: 'web=latest',
      'write-overlay': 'true',
    },
    args: ['deploy', KUSTOMIZATION, 'web=latest'],
    check: { web: ['latest'] },
    file: KUSTOMIZATION,
    ok: false,
    says: /"latest" is in extra-tags: a tag that can move is written only pinned to its digest/,
  },
  {
    title: 'a typo in an image name fails first, naming what the overlay has',
    files: { [KUSTOMIZATION]: kustomization },
    inputs: {
      images: '- name: wbe\n',
      overlay: KUSTOMIZATION,
      tag: 'wbe=sha-1a2b3c4',
      'write-overlay': 'true',
    },
    args: ['deploy', KUSTOMIZATION, 'wbe=sha-1a2b3c4'],
    check: { web: ['sha-1a2b3c4'] },
    file: KUSTOMIZATION,
    ok: false,
    says: /does not name the image wbe \(it has web\)/,
  },
  {
    title: 'a typo in an image name of an overlay that is only read: nothing is built or pushed',
    files: {
      [KUSTOMIZATION]: kustomization,
      'services/web/Dockerfile': 'FROM scratch\nCOPY . /\n',
      'image-promote.yml':
        'registry: {{registry}}\nimages:\n  - name: wbe\n    context: services/web\noverlay: deploy/kustomization.yaml\n',
    },
    inputs: {
      images: '- name: wbe\n  context: services/web\n',
      registry: '{{registry}}',
      overlay: KUSTOMIZATION,
      // The action in its default mode would build and push (it did, before typos failed first).
    },
    args: ['plan', '--config', 'image-promote.yml'],
    check: { wbe: ['latest'] },
    file: KUSTOMIZATION,
    ok: false,
    says: /does not name the image wbe \(it has web\)/,
  },
  {
    title: 'a key that matches nothing in a values file fails first, naming the keys it has',
    files: {
      [VALUES]: values,
      'image-promote.yml': `registry: {{registry}}\nimages:\n  - name: web\n    key: global.imagetag\n`,
    },
    inputs: {
      images: '- name: web\n  key: global.imagetag\n',
      registry: '{{registry}}',
      overlay: VALUES,
      tag: 'web=sha-1a2b3c4',
      'write-overlay': 'true',
    },
    args: ['deploy', VALUES, 'web=sha-1a2b3c4'],
    check: { web: ['sha-1a2b3c4'] },
    file: VALUES,
    ok: false,
    says: /has no value at "global\.imagetag" for the image web \(its image-like keys: global\.imageTag\)/,
  },
  {
    title: 'kustomize edit set image on a values file: not a kustomization',
    files: { [VALUES]: values },
    inputs: {
      images: '- name: web\n',
      overlay: VALUES,
      'overlay-format': 'kustomize',
      tag: 'web=sha-1a2b3c4',
      'write-overlay': 'true',
      'create-missing': 'true',
    },
    args: ['set-image', VALUES, 'web=*:sha-1a2b3c4'],
    check: { web: ['sha-1a2b3c4'] },
    file: VALUES,
    ok: false,
    says: /deploy\/values\.yaml is not a kustomization/,
  },
];

/** The scenario's text for one door: its registry, and digests by seed name. */
function forDoor(text: string, door: Door): string {
  return text
    .replaceAll('{{registry}}', door.registry)
    .replace(/\{\{digest:(\w+)\}\}/g, (_, k: string) => digests[k] ?? '');
}

describe('the same scenario through the action and through the CLI', () => {
  it.each(scenarios.map((s) => [s.title, s] as const))('%s', async (_title, s) => {
    const results = [];
    for (const [name, door] of Object.entries(doors) as ['action' | 'cli', Door][]) {
      const files = Object.fromEntries(
        Object.entries(s.files).map(([k, v]) => [k, forDoor(v, door)]),
      );
      const repo = createRepo(files);
      const run =
        name === 'action'
          ? await viaAction(
              repo,
              Object.fromEntries(Object.entries(s.inputs).map(([k, v]) => [k, forDoor(v, door)])),
            )
          : await viaCli(
              repo,
              s.args.map((a) => forDoor(a, door)),
            );
      const registry: string[] = [];
      for (const [repoName, names] of Object.entries(s.check))
        registry.push(...(await tags(door.ns, repoName, names)));
      results.push({
        name,
        ok: run.code === 0,
        code: run.code,
        log: run.log,
        file: readFileSync(join(repo.dir, s.file), 'utf8').replaceAll(
          door.registry,
          '{{registry}}',
        ),
        registry,
      });
    }
    const [action, cli] = results;
    if (!action || !cli) throw new Error('both doors ran');
    expect({ door: 'action', ok: action.ok, log: action.ok === s.ok ? '' : action.log }).toEqual({
      door: 'action',
      ok: s.ok,
      log: '',
    });
    expect({ door: 'cli', ok: cli.ok, log: cli.ok === s.ok ? '' : cli.log }).toEqual({
      door: 'cli',
      ok: s.ok,
      log: '',
    });
    // A failed run: the runner's exit code is 1; the CLI's is 1, or 2 for a bad input.
    if (!s.ok) {
      expect(action.code).toBe(1);
      expect([1, 2]).toContain(cli.code);
    }
    expect(cli.file).toBe(action.file);
    expect(cli.registry).toEqual(action.registry);
    if (s.says) {
      expect(action.log).toMatch(s.says);
      expect(cli.log).toMatch(s.says);
    }
    if (s.cliSays) expect(cli.log).toMatch(s.cliSays);
    // The command's name once, never "image-promote deploy: image-promote deploy: …".
    expect(cli.log).not.toMatch(/image-promote [a-z-]+: image-promote/);
    if (!s.ok)
      expect(action.file).toBe(
        forDoor(s.files[s.file] ?? '', { ns: '', registry: '{{registry}}' }),
      );
  });

  it('the shared-value scenario leaves the other image tagged with its own digest', async () => {
    const target = { url: sharedRegistry().url };
    for (const door of Object.values(doors)) {
      const api = await getManifest(target, `${door.ns}/api`, 'sha-1a2b3c4');
      expect(api && sha256(api.bytes)).toBe(digests.api0);
    }
  });
});

describe('what `image-promote promote` loads', () => {
  /**
   * The overlay readers (src/overlay/: YAML documents, kustomizations, the edit planner),
   * each known by a function only its code declares in the bundle. Every marker must be
   * found somewhere in dist/cli/ (a renamed one fails here rather than passing unnoticed).
   */
  const OVERLAY_READERS = /\bfunction \w*(readOverlayText|planOverlayEdit|readOverlayStates)\(/;

  it('a promote touches no overlay and loads none of their readers', async () => {
    const distDir = dirname(CLI);
    const bundle = readdirSync(distDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(distDir, f), 'utf8'));
    expect(bundle.some((text) => OVERLAY_READERS.test(text))).toBe(true);
    const ns = `doors-${stamp}-loads`;
    await pushImage({ url: sharedRegistry().url }, `${ns}/app`, 'v1', { seed: 'loads' });
    const dir = mkdtempSync(join(tmpdir(), 'ip-loads-'));
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
    const registry = `${sharedRegistry().host}/${ns}`;
    const run = await spawnNode(
      CLI,
      ['promote', `${registry}/app:v1`, `${registry}/app-prod:v1`],
      { ...baseEnv(dir), NODE_OPTIONS: `--import ${pathToFileURL(register).href}` },
      dir,
    );
    expect([run.code, run.log]).toEqual([0, expect.stringContaining('promoted')]);
    const loaded = [
      ...new Set(
        readFileSync(log, 'utf8')
          .split('\n')
          .filter((u) => u.startsWith('file:'))
          .map((u) => fileURLToPath(u))
          .filter((f) => f.startsWith(`${distDir}/`)),
      ),
    ];
    expect(loaded).toContain(CLI);
    expect(
      loaded.filter((f) => OVERLAY_READERS.test(readFileSync(f, 'utf8'))).map((f) => basename(f)),
    ).toEqual([]);
  });
});
