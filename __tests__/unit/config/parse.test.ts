import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { INPUTS, type InputName } from '../../../src/config/inputs.js';
import { parseConfig } from '../../../src/config/parse.js';
import { InputError } from '../../../src/errors.js';

const workspace = mkdtempSync(join(tmpdir(), 'ip-config-'));
mkdirSync(join(workspace, 'k8s/prod'), { recursive: true });
writeFileSync(join(workspace, 'k8s/prod/kustomization.yaml'), 'images: []\n');
writeFileSync(
  join(workspace, 'images.yml'),
  '- name: api\n  context: services/api\n- name: web\n  context: services/web\n',
);
symlinkSync('/etc', join(workspace, 'escape'));
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

/** Inputs as the action sees them: action.yml defaults unless overridden. */
function parse(inputs: Partial<Record<InputName, string>>) {
  return parseConfig({ get: (name) => inputs[name] ?? INPUTS[name].default }, { workspace });
}

function errorOf(inputs: Partial<Record<InputName, string>>): InputError {
  try {
    parse(inputs);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('parseConfig', () => {
  it('reads an inline image list with every field', () => {
    const config = parse({
      registry: 'ghcr.io/acme',
      images: [
        '- name: api',
        '  context: services/api/',
        '  paths: [services/api/**, libs/**, "!libs/**/*.md"]',
        '  target: runtime',
        '  build-args: { GO_VERSION: "1.23", DEBUG: false }',
        '  platforms: linux/amd64,linux/arm64',
        '- name: web',
        '  repository: registry.example.com:5000/web/frontend',
        '  dockerfile: docker/web.Dockerfile',
        '  helm-key: web.image.tag',
      ].join('\n'),
    });
    expect(config.images).toEqual([
      expect.objectContaining({
        name: 'api',
        context: 'services/api',
        dockerfile: 'services/api/Dockerfile',
        paths: ['services/api/**', 'libs/**', '!libs/**/*.md'],
        target: 'runtime',
        buildArgs: { GO_VERSION: '1.23', DEBUG: 'false' },
        platforms: ['linux/amd64', 'linux/arm64'],
      }),
      expect.objectContaining({
        name: 'web',
        context: '.',
        dockerfile: 'docker/web.Dockerfile',
        paths: [],
        helmKey: 'web.image.tag',
      }),
    ]);
    expect(config.images[0]?.repository.name).toBe('ghcr.io/acme/api');
    expect(config.images[1]?.repository.name).toBe('registry.example.com:5000/web/frontend');
  });

  it('reads the image list from a file and the flat single-image inputs', () => {
    expect(parse({ images: 'images.yml' }).images.map((i) => i.name)).toEqual(['api', 'web']);
    const flat = parse({
      image: 'shop',
      registry: 'localhost:5000',
      context: 'app',
      paths: 'app/**\nlib/**',
    });
    expect(flat.images).toEqual([
      expect.objectContaining({
        name: 'shop',
        context: 'app',
        dockerfile: 'app/Dockerfile',
        paths: ['app/**', 'lib/**'],
      }),
    ]);
    expect(flat.images[0]?.repository.name).toBe('localhost:5000/shop');
  });

  it('applies the documented defaults', () => {
    const config = parse({ image: 'api' });
    expect(config).toMatchObject({
      mode: 'auto',
      tagTemplate: 'sha-{sha:7}',
      prTagTemplate: 'pr-{pr}-{sha:7}',
      extraTags: ['latest'],
      deployPaths: ['k8s/**', 'deploy/**', 'infra/**', 'helm/**'],
      ignorePaths: ['**/*.md', 'docs/**', '.github/**'],
      push: true,
      writeOverlay: false,
      dryRun: false,
      maxParallel: 2,
      overlays: [],
    });
    expect(config.images[0]?.repository.name).toBe('docker.io/library/api');
  });

  it('resolves overlays inside the workspace', () => {
    const config = parse({
      image: 'api',
      overlay: 'k8s/prod/kustomization.yaml',
      'write-overlay': 'true',
    });
    expect(config.overlays).toEqual([
      {
        file: join(workspace, 'k8s/prod/kustomization.yaml'),
        path: 'k8s/prod/kustomization.yaml',
        format: 'auto',
      },
    ]);
  });

  it('reads a plan, including skipped images without a tag', () => {
    const plan = JSON.stringify([
      {
        name: 'api',
        tag: 'v1.0.0',
        decision: 'promote',
        digest: `sha256:${'a'.repeat(64)}`,
        addTags: ['prod'],
      },
      { name: 'web', tag: '', decision: 'skip', digest: '', addTags: [] },
    ]);
    expect(parse({ images: '- name: api\n- name: web', 'from-plan': plan }).fromPlan).toEqual([
      {
        name: 'api',
        tag: 'v1.0.0',
        decision: 'promote',
        digest: `sha256:${'a'.repeat(64)}`,
        addTags: ['prod'],
      },
      { name: 'web', tag: '', decision: 'skip', addTags: [] },
    ]);
  });

  it.each<[string, Partial<Record<InputName, string>>, string, RegExp]>([
    ['no image', { images: '' }, 'images', /no image configured/],
    [
      'unknown key',
      { images: '- name: api\n  dockerFile: x' },
      'images',
      /unknown key "dockerFile".*did you mean "dockerfile"/,
    ],
    ['duplicate names', { images: '- name: api\n- name: api' }, 'images', /appears twice/],
    [
      'invalid glob',
      { images: '- name: api\n  paths: ["src/[abc"]' },
      'images',
      /invalid glob "src\/\[abc"/,
    ],
    [
      'invalid deploy glob',
      { image: 'api', 'deploy-paths': '/abs/**' },
      'deploy-paths',
      /leading "\/"/,
    ],
    [
      'unknown token',
      { image: 'api', 'tag-template': 'sha-{commit}' },
      'tag-template',
      /unknown token \{commit\}/,
    ],
    [
      'mutable template',
      { image: 'api', 'tag-template': '{branch}' },
      'tag-template',
      /same tag to different builds/,
    ],
    [
      'invalid enum',
      { image: 'api', mode: 'deploy' },
      'mode',
      /use one of: auto, build, reuse, promote, rollback, plan/,
    ],
    ['invalid boolean', { image: 'api', push: 'yes please' }, 'push', /not a boolean/],
    ['overlay outside', { image: 'api', overlay: '../../etc/passwd' }, 'overlay', /workspace/],
    [
      'overlay through a symlink',
      { image: 'api', overlay: 'escape/hosts' },
      'overlay',
      /workspace/,
    ],
    [
      'context outside',
      { images: '- name: api\n  context: ../other' },
      'images',
      /inside the workspace/,
    ],
    ['bad repository', { images: '- name: api\n  repository: Acme/API' }, 'images', /lowercase/],
    [
      'repository with tag',
      { images: '- name: api\n  repository: acme/api:latest' },
      'images',
      /must not carry a tag/,
    ],
    ['bad tag', { image: 'api', tag: '-bad' }, 'tag', /not a valid tag/],
    ['bad platform', { images: '- name: api\n  platforms: [amd64]' }, 'images', /os\/arch/],
    [
      'write without overlay',
      { image: 'api', 'write-overlay': 'true' },
      'write-overlay',
      /no overlay/,
    ],
    ['helm without keys', { image: 'api', 'overlay-format': 'helm' }, 'overlay-format', /helm-key/],
    ['both image forms', { image: 'api', images: '- name: web' }, 'image', /cannot be combined/],
    ['not YAML', { images: '- name: [' }, 'images', /not valid YAML/],
    ['bad max-parallel', { image: 'api', 'max-parallel': '0' }, 'max-parallel', /1 to 32/],
    [
      'unknown matrix image',
      { image: 'api', 'matrix-image': 'web' },
      'matrix-image',
      /not one of the configured images/,
    ],
    ['bad plan JSON', { image: 'api', 'from-plan': '{' }, 'from-plan', /not JSON/],
    [
      'base starting with a dash',
      { image: 'api', base: '--upload-pack=x' },
      'base',
      /cannot start with "-"|not a git revision/,
    ],
  ])('%s → names the input', (_name, inputs, input, message) => {
    const err = errorOf(inputs);
    expect(err.input).toBe(input);
    expect(err.message).toMatch(message);
    expect(err.message.startsWith(`input '${input}'`)).toBe(true);
  });
});
