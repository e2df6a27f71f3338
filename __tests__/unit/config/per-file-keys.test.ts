/**
 * Per-file keys: an image's `key` (alias `helm-key`) and `value` are one key path / shape for
 * every overlay, or a map from overlay path (or glob) to that file's. Validation of every
 * pattern and key path, resolution per file (imageFor), the overlay-format cross-check, and
 * how the engine reads and plans overlays with them (src/engine/overlay-state.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { imageFor, keyMissProblem, requireImageFor } from '../../../src/config/images.js';
import { INPUTS, type InputName } from '../../../src/config/inputs.js';
import { parseConfig } from '../../../src/config/parse.js';
import type { ImageConfig, OverlayConfig } from '../../../src/config/types.js';
import { readOverlayTextFor, updatesFor } from '../../../src/engine/overlay-state.js';
import { overlayValue } from '../../../src/engine/types.js';
import { InputError, UserError } from '../../../src/errors.js';
import { planOverlayEdit } from '../../../src/overlay/plan.js';
import { loadFormats } from '../../../src/overlay/documents.js';

// The JSON and tfvars editors load on demand (src/overlay/documents.ts); these tests call them directly.
await loadFormats(['json', 'tfvars']);

const workspace = mkdtempSync(join(tmpdir(), 'ip-per-file-'));
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

const DEV = 'envs/dev/lambda.tfvars.json';
const PROD = 'envs/prod/prod.tfvars';
const LAMBDA = [
  '- name: api',
  '  repository: ghcr.io/acme/api',
  '  key:',
  `    ${DEV}: lambda_image_uri`,
  `    ${PROD}: lambda.image_uri`,
].join('\n');

function parse(inputs: Partial<Record<InputName, string>>) {
  return parseConfig({ get: (name) => inputs[name] ?? INPUTS[name].default }, { workspace });
}

function only(images: string): ImageConfig {
  const [image] = parse({ images }).images;
  if (!image) throw new Error('no image');
  return image;
}

function refusal(inputs: Partial<Record<InputName, string>>): InputError {
  try {
    parse(inputs);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('reading per-file keys and shapes', () => {
  it('keeps a single key and shape for every file', () => {
    const api = only('- name: api\n  key: api.image.tag\n  value: tag');
    expect(api).toMatchObject({ key: 'api.image.tag', value: 'tag' });
    expect(api.keyByFile).toBeUndefined();
    expect(imageFor(api, 'any/file.yaml')).toEqual(api);
  });

  it('reads a map in the order written, for key and for its alias helm-key', () => {
    const api = only(LAMBDA);
    expect(api.key).toBeUndefined();
    expect(api.keyByFile).toEqual([
      { pattern: DEV, value: 'lambda_image_uri' },
      { pattern: PROD, value: 'lambda.image_uri' },
    ]);
    const helm = only('- name: api\n  helm-key: {"./envs/*/values.yaml": api.tag}');
    expect(helm.keyByFile).toEqual([{ pattern: 'envs/*/values.yaml', value: 'api.tag' }]);
  });

  it('reads a value map', () => {
    const api = only(
      `- name: api\n  key: image\n  value: {envs/prod/**: reference, "envs/dev/*.json": digest}`,
    );
    expect(api).toMatchObject({ key: 'image', value: 'auto' });
    expect(imageFor(api, 'envs/prod/eu/values.yaml').value).toBe('reference');
    expect(imageFor(api, 'envs/dev/x.json').value).toBe('digest');
    expect(imageFor(api, 'envs/staging/x.json').value).toBe('auto');
  });

  it.each<[string, string, RegExp]>([
    [
      'a bad key path in a map',
      '  key: {envs/a.json: "a..b"}',
      /images\[0\]\.key\["envs\/a\.json"\] "a\.\.b" is not a key path/,
    ],
    ['a bad single key path', '  key: "a..b"', /images\[0\]\.key "a\.\.b" is not a key path/],
    [
      'a bad pattern',
      '  key: {"envs/[a.json": x}',
      /images\[0\]\.key: "envs\/\[a\.json" is not an overlay path or glob: unbalanced/,
    ],
    [
      'an absolute pattern',
      '  key: {/envs/a.json: x}',
      /is not an overlay path or glob: .*leading "\/"/,
    ],
    ['a negated pattern', '  key: {"!envs/a.json": x}', /a per-file pattern cannot be negated/],
    ['an empty map', '  key: {}', /images\[0\]\.key must be a string, or a map from overlay path/],
    ['a list', '  key: [a, b]', /must be a string, or a map/],
    [
      'a non-string key path',
      '  key: {envs/a.json: 3}',
      /images\[0\]\.key\["envs\/a\.json"\] must be a string/,
    ],
    [
      'a bad shape in a map',
      '  value: {envs/a.json: url}',
      /images\[0\]\.value\["envs\/a\.json"\] "url" is not a value shape — use one of: auto, tag, digest, reference/,
    ],
    [
      'a bad helm-key map',
      '  helm-key: {envs/a.yaml: "x["}',
      /images\[0\]\.helm-key\["envs\/a\.yaml"\]/,
    ],
  ])('refuses %s, naming images', (_what, line, message) => {
    const err = refusal({ images: `- name: api\n${line}` });
    expect(err.input).toBe('images');
    expect(err.message).toMatch(message);
  });
});

describe('imageFor: the image as one overlay file sees it', () => {
  const api = only(
    [
      '- name: api',
      '  key:',
      '    envs/prod/special.tfvars: special.uri',
      '    envs/prod/*.tfvars: lambda.image_uri',
      '    "**/*.json": lambda_image_uri',
    ].join('\n'),
  );

  it('takes the first pattern that matches; exact paths and globs alike', () => {
    expect(imageFor(api, 'envs/prod/special.tfvars').key).toBe('special.uri');
    expect(imageFor(api, 'envs/prod/prod.tfvars').key).toBe('lambda.image_uri');
    expect(imageFor(api, 'envs/dev/deep/x.tfvars.json').key).toBe('lambda_image_uri');
    const resolved = imageFor(api, 'envs/prod/prod.tfvars');
    expect(resolved.keyByFile).toBeUndefined();
    expect(resolved.valueByFile).toBeUndefined();
    expect(keyMissProblem(api, 'envs/prod/prod.tfvars')).toBeUndefined();
  });

  it('leaves the key unset for a file no pattern matches; that file cannot hold the image', () => {
    expect(imageFor(api, 'envs/prod/nested/x.tfvars').key).toBeUndefined();
    const problem = keyMissProblem(api, 'envs/prod/nested/x.tfvars');
    expect(problem).toBe(
      'image api has no key for envs/prod/nested/x.tfvars: its key map names envs/prod/special.tfvars, envs/prod/*.tfvars, **/*.json — add the file (or a glob that matches it) to the key of api in "images"',
    );
    expect(() => requireImageFor(api, 'envs/prod/nested/x.tfvars')).toThrow(UserError);
    expect(() => requireImageFor(api, 'envs/prod/nested/x.tfvars')).toThrow(problem);
  });
});

describe('overlay-format with per-file keys', () => {
  it('accepts a map that has a key for one of the overlays', () => {
    const config = parse({
      images: LAMBDA,
      'overlay-format': 'json',
      overlay: DEV,
    });
    expect(config.images[0]?.keyByFile).toHaveLength(2);
  });

  it('refuses a map that matches none of them, naming the image and the files', () => {
    const err = refusal({
      images: LAMBDA,
      'overlay-format': 'tfvars',
      overlay: 'envs/qa/qa.tfvars',
    });
    expect(err.input).toBe('overlay-format');
    expect(err.message).toMatch(
      /"tfvars" needs a key for every image; missing for api \(its key map matches none of envs\/qa\/qa\.tfvars\)/,
    );
  });
});

describe('the engine reads and plans each file with its own key', () => {
  const api = only(`${LAMBDA}\n  value: reference`);
  const json = `{\n  "region": "eu-west-1",\n  "lambda_image_uri": "ghcr.io/acme/api:sha-1a2b3c4"\n}\n`;
  const tfvars = `lambda = {\n  image_uri = "ghcr.io/acme/api:bootstrap"\n}\nlambda_image_uri = "other"\n`;
  const overlay = (path: string): OverlayConfig => ({
    file: join(workspace, path),
    path,
    format: 'auto',
  });

  it('reads the dev JSON at lambda_image_uri and the prod tfvars at lambda.image_uri', () => {
    const dev = readOverlayTextFor(json, overlay(DEV), [api]);
    expect(overlayValue(dev, 'api')).toEqual({
      repository: 'ghcr.io/acme/api',
      tag: 'sha-1a2b3c4',
    });
    const prod = readOverlayTextFor(tfvars, overlay(PROD), [api]);
    expect(overlayValue(prod, 'api')).toEqual({ repository: 'ghcr.io/acme/api', tag: 'bootstrap' });
    // A file the map does not name: the image is not there (and no warning about it).
    const other = readOverlayTextFor(tfvars, overlay('envs/qa/qa.tfvars'), [api]);
    expect(other.images.get('api')).toEqual({ name: 'api', found: false, value: {} });
    expect(other.warnings).toEqual([]);
  });

  it('finds the image by name in a kustomization the map does not name', () => {
    const kustomization = 'images:\n  - name: api\n    newTag: sha-1a2b3c4\n';
    const state = readOverlayTextFor(kustomization, overlay('k8s/prod/kustomization.yaml'), [api]);
    expect(overlayValue(state, 'api')).toEqual({ tag: 'sha-1a2b3c4' });
    const update = { image: api, repository: 'ghcr.io/acme/api', tag: 'v2' };
    expect(updatesFor(state, [update])[0]?.image.key).toBeUndefined();
  });

  it("plans the write at the file's own key; refuses a key-path file the map does not name", () => {
    const prod = readOverlayTextFor(tfvars, overlay(PROD), [api]);
    const update = { image: api, repository: 'ghcr.io/acme/api', tag: 'sha-1a2b3c4' };
    const edit = planOverlayEdit(prod, updatesFor(prod, [update]), {
      pinDigest: false,
      createMissing: false,
      isImmutable: () => true,
    });
    expect(edit.after.toString('utf8')).toBe(tfvars.replace(':bootstrap', ':sha-1a2b3c4'));
    const other = readOverlayTextFor(tfvars, overlay('envs/qa/qa.tfvars'), [api]);
    expect(() => updatesFor(other, [update])).toThrow(
      /image api has no key for envs\/qa\/qa\.tfvars: its key map names envs\/dev\/lambda\.tfvars\.json, envs\/prod\/prod\.tfvars/,
    );
  });
});
