import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { fileInputSource } from '../../../src/config/file.js';
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

const OVERLAY = 'k8s/prod/kustomization.yaml';
const two = '- name: api\n- name: web';

function errorOf(inputs: Partial<Record<InputName, string>>): InputError {
  try {
    parse(inputs);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('input files', () => {
  it('refuse a FIFO (it would block the run), a directory and an oversized file', () => {
    execFileSync('mkfifo', [join(workspace, 'images.fifo.yml')]);
    expect(errorOf({ images: 'images.fifo.yml' }).message).toMatch(
      /input 'images': images.fifo.yml is a FIFO — name a regular YAML file/,
    );
    mkdirSync(join(workspace, 'dir.yml'));
    expect(errorOf({ images: 'dir.yml' }).message).toMatch(/is a directory/);
    writeFileSync(join(workspace, 'huge.yml'), `# ${'x'.repeat(1024 * 1024 + 1)}\n`);
    expect(errorOf({ images: 'huge.yml' }).message).toMatch(/at most 1 MiB/);
  });
});

describe('the tag input', () => {
  it('reads one tag for every image, NAME=TAG lines, and previous~N', () => {
    expect(parse({ images: two, tag: 'sha-1a2b3c4' }).tag).toEqual({
      kind: 'refs',
      all: { tag: 'sha-1a2b3c4' },
      byImage: {},
    });
    expect(parse({ images: two, tag: 'api=sha-1a2b3c4\n# comment\n' }).tag).toEqual({
      kind: 'refs',
      byImage: { api: { tag: 'sha-1a2b3c4' } },
    });
    expect(parse({ images: two, tag: 'previous~2', overlay: OVERLAY }).tag).toEqual({
      kind: 'previous',
      steps: 2,
    });
    expect(parse({ images: two, tag: 'web=previous', overlay: OVERLAY }).tag).toEqual({
      kind: 'previous',
      steps: 1,
      images: ['web'],
    });
    // A mutable tag is accepted when it will be pinned to its digest.
    expect(parse({ image: 'api', tag: 'latest', 'pin-digest': 'true' }).tag).toEqual({
      kind: 'refs',
      all: { tag: 'latest' },
      byImage: {},
    });
  });

  it('reads the commit modes, source tags, overlay repositories and value shapes', () => {
    expect(parse({ image: 'api' }).commit).toBe('none');
    expect(parse({ image: 'api', commit: 'true', overlay: OVERLAY }).commit).toBe('push');
    const pr = parse({
      image: 'api',
      commit: 'pull-request',
      overlay: OVERLAY,
      'github-token': 't0ken',
      environment: 'prod',
    });
    expect(pr).toMatchObject({ commit: 'pull-request', pullRequestBranch: 'image-promote/prod' });
    expect(parse({ image: 'api' }).sourceTag).toBe('src-{source:16}');
    expect(parse({ image: 'api', 'source-tag': '' }).sourceTag).toBeUndefined();
    const remote = parse({
      image: 'api',
      'overlay-repository': 'acme/gitops',
      'overlay-branch': 'live',
      'github-token': 'ghs_x',
      overlay: 'environments/prod/values.yaml',
    });
    expect(remote.overlayRepository).toEqual({
      repository: 'acme/gitops',
      branch: 'live',
      token: 'ghs_x',
    });
    expect(remote.overlays).toEqual([
      { file: '', path: 'environments/prod/values.yaml', format: 'auto' },
    ]);
    const shaped = parse({
      images: '- name: api\n  helm-key: lambda_image_uri\n  value: reference',
    });
    expect(shaped.images[0]).toMatchObject({ key: 'lambda_image_uri', value: 'reference' });
  });
});

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
        key: 'web.image.tag',
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
    [
      'helm without keys',
      { image: 'api', 'overlay-format': 'helm' },
      'overlay-format',
      /needs a key for every image/,
    ],
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
    ['tag for an unknown image', { image: 'api', tag: 'wbe=sha-1a2b3c4' }, 'tag', /not configured/],
    ['tag named twice', { image: 'api', tag: 'api=a1\napi=a2' }, 'tag', /named twice/],
    ['previous mixed with tags', { images: two, tag: 'api=previous\nweb=v1' }, 'tag', /mixes/],
    ['previous~0', { image: 'api', tag: 'previous~0', overlay: OVERLAY }, 'tag', /1 to 50/],
    [
      'rollback with a tag',
      { image: 'api', mode: 'rollback', tag: 'v1', overlay: OVERLAY },
      'tag',
      /previous/,
    ],
    [
      'bad commit mode',
      { image: 'api', commit: 'yes', overlay: OVERLAY },
      'commit',
      /pull-request/,
    ],
    [
      'pull request without a token',
      { image: 'api', commit: 'pull-request', overlay: OVERLAY, 'github-token': '' },
      'commit',
      /token/,
    ],
    [
      'source tag without {source}',
      { image: 'api', 'source-tag': 'src-{sha:7}' },
      'source-tag',
      /source/,
    ],
    [
      'source tag too short',
      { image: 'api', 'source-tag': 'src-{source:8}' },
      'source-tag',
      /12 hex/,
    ],
    [
      '{source} outside source-tag',
      { image: 'api', 'tag-template': 'x-{source:16}-{sha:7}' },
      'tag-template',
      /only for source-tag/,
    ],
    [
      'overlay repository with credentials',
      { image: 'api', 'overlay-repository': 'https://u:p@git.example.com/a/b.git' },
      'overlay-repository',
      /credentials/,
    ],
    [
      'overlay repository of another shape',
      { image: 'api', 'overlay-repository': 'gitops' },
      'overlay-repository',
      /owner\/name/,
    ],
    [
      'overlay branch alone',
      { image: 'api', 'overlay-branch': 'main' },
      'overlay-branch',
      /overlay-repository/,
    ],
    [
      'overlay path escaping the repository',
      { image: 'api', 'overlay-repository': 'acme/gitops', overlay: '../x.yaml' },
      'overlay',
      /inside overlay-repository/,
    ],
    [
      'bad pull request branch',
      { image: 'api', 'pull-request-branch': 'a..b' },
      'pull-request-branch',
      /branch name/,
    ],
    [
      'both key and helm-key',
      { images: '- name: api\n  key: a.b\n  helm-key: a.c' },
      'images',
      /both/,
    ],
    ['bad value shape', { images: '- name: api\n  value: url' }, 'images', /value shape/],
    [
      'push: false with an overlay write',
      { image: 'api', push: 'false', overlay: OVERLAY, 'write-overlay': 'true' },
      'push',
      /pushes nothing/,
    ],
  ])('%s → names the input', (_name, inputs, input, message) => {
    const err = errorOf(inputs);
    expect(err.input).toBe(input);
    expect(err.message).toMatch(message);
    expect(err.message.startsWith(`input '${input}'`)).toBe(true);
  });
});

describe('a config file (the CLI)', () => {
  function configFile(text: string): string {
    const dir = mkdtempSync(join(workspace, 'cfg-'));
    const file = join(dir, 'image-promote.yml');
    writeFileSync(file, text);
    return file;
  }

  it.each<[string, string, boolean?]>([
    [
      'images with anchors, flow lists and quoted values',
      [
        'registry: ghcr.io/acme',
        'images:',
        '  - &api',
        '    name: api',
        '    context: services/api',
        '    paths: ["services/api/**", "!**/*_test.go"]',
        '    build-args: { A: "1", B: 2 }',
        '  - name: web',
        "    context: 'services/web'",
        '    platforms: [linux/amd64, linux/arm64]',
        '',
      ].join('\n'),
      true,
    ],
    ['an empty map', 'images: {}\n'],
    ['a list of names', 'images: [api, web]\n'],
    ['an empty list', 'image: api\nimages: []\n', true],
    ['a list of one bad entry', 'images:\n  - [api]\n'],
  ])('%s: parsed as its YAML text would be', (_title, text, ok = false) => {
    const source = fileInputSource(configFile(text), {});
    // The same file, with every value handed over as text only (as the action gets it).
    const textOnly = { get: (name: InputName) => source.get(name) };
    const outcome = (s: typeof textOnly) => {
      try {
        return parseConfig(s, { workspace });
      } catch (err) {
        return err instanceof InputError ? err.message : err;
      }
    };
    const got = outcome(source);
    expect(got).toEqual(outcome(textOnly));
    if (ok) expect(typeof got).toBe('object');
  });

  it('hands over the images list as data, not as YAML to parse again', () => {
    const source = fileInputSource(configFile('images:\n  - name: api\n'), {});
    expect(source.structured?.('images')).toEqual([{ name: 'api' }]);
    expect(source.structured?.('registry')).toBeUndefined();
    expect(fileInputSource(configFile('paths: [a, b]\n'), {}).structured?.('paths')).toBe(
      undefined,
    );
  });
});
