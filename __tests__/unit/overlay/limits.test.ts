/**
 * Input that used to end in an internal error or a false message: nesting thousands of
 * levels deep (a stack overflow, or valid YAML called invalid), a YAML alias inside the value
 * it names, valid HCL object keys (`{ 0 = "t1" }`) called invalid, tagged YAML scalars, and
 * create-missing at keys named `image` or `digest` ending in "(please report this)". Each now
 * reads correctly or is refused with the file and line.
 */
import { describe, expect, it } from '@jest/globals';
import type { ImageConfig } from '../../../src/config/types.js';
import { UserError } from '../../../src/errors.js';
import { JsonError, parseJson } from '../../../src/overlay/json-edit.js';
import { parseKeyPath } from '../../../src/overlay/key-path.js';
import { planOverlayEdit } from '../../../src/overlay/plan.js';
import { readOverlayText } from '../../../src/overlay/state.js';
import { editTfvars, parseTfvars, TfvarsError, TfvarsOpaque } from '../../../src/overlay/tfvars.js';
import type { PlanOptions } from '../../../src/overlay/types.js';
import { editYaml, parseYaml, YamlError } from '../../../src/overlay/yaml-edit.js';
import { parseHcl } from '../../support/hcl2json.js';
import { overlayImage } from '../../support/images.js';
import { loadFormats } from '../../../src/overlay/documents.js';

// The JSON and tfvars editors load on demand (src/overlay/documents.ts); these tests call them directly.
await loadFormats(['json', 'tfvars']);

const D = `sha256:${'d'.repeat(64)}`;
const OPTIONS: PlanOptions = { pinDigest: false, createMissing: false, isImmutable: () => true };
const TOO_DEEP =
  /nested more than 256 levels deep; image-promote reads overlays nested up to 256 levels/;

function plan(path: string, text: string, image: ImageConfig, options: Partial<PlanOptions> = {}) {
  const state = readOverlayText(text, { file: `/ws/${path}`, path, format: 'auto' }, [image]);
  return planOverlayEdit(state, [{ image, repository: 'ghcr.io/acme/api', tag: 'v2', digest: D }], {
    ...OPTIONS,
    ...options,
  });
}

describe('nesting', () => {
  const flow = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  const block = (n: number) =>
    `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} v\n`;
  const objects = (n: number) => `${'{ b = '.repeat(n)}"x"${' }'.repeat(n)}`;

  it.each([
    ['YAML flow', `tag: v1\ndeep: ${flow(2000)}\n`, 'v.yaml:2:262'],
    ['YAML block', `tag: v1\n${block(2000)}`, 'v.yaml:258:257'],
    ['YAML list', `tag: v1\ndeep:\n${'- '.repeat(2000)}x\n`, 'v.yaml:3:511'],
    ['JSON', `{"tag": "v1", "deep": ${flow(2000)}}`, 'v.json:1:278'],
    ['tfvars objects', `tag = "v1"\ndeep = ${objects(2000)}\n`, 't.tfvars:2:1544'],
  ])('past the limit: %s is refused with the place, not called invalid', (_, text, at) => {
    const path = at.split(':')[0] ?? '';
    let err: unknown;
    try {
      plan(path, text, overlayImage('api', { key: 'tag' }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(TOO_DEEP);
    expect((err as Error).message.slice(0, at.length + 2)).toBe(`${at}: `);
    expect((err as Error).message).not.toMatch(/invalid|not a valid|stack/i);
  });

  it.each([
    ['v.yaml', `tag: v1\ndeep: ${flow(255)}\n`],
    ['v.yaml', `tag: v1\n${block(255)}`],
    ['v.json', `{"tag": "v1", "deep": ${flow(255)}}`],
    ['t.tfvars', `tag = "v1"\ndeep = ${objects(256)}\n`],
    // Lists and templates are opaque in a variables file: scanned without recursion.
    ['t.tfvars', `tag = "v1"\ndeep = ${flow(5000)}\n`],
    ['t.tfvars', `tag = "v1"\ndeep = "${'${"'.repeat(3000)}${'"}'.repeat(3000)}"\n`],
  ])('up to the limit: %s is read and written', (path, text) => {
    const edit = plan(path, text, overlayImage('api', { key: 'tag' }));
    expect(edit.changes.map((c) => c.after.tag)).toEqual(['v2']);
    expect(edit.after.toString()).toBe(text.replace(/v1/, 'v2'));
  });

  it('counts what YAML aliases repeat', () => {
    const text = `tag: v1\nx0: &x0 ${flow(200)}\nx1: &x1 ${'['.repeat(100)}*x0${']'.repeat(100)}\n`;
    expect(() => parseYaml(text, 'v.yaml')).toThrow(
      new YamlError(
        'v.yaml:3: nested more than 256 levels deep counting what its aliases repeat; image-promote reads overlays nested up to 256 levels — keep the image values in a flatter file',
      ),
    );
  });

  it('refuses an alias inside the value it names', () => {
    for (const text of ['tag: v1\nb: &b [*b]\n', 'tag: v1\nb: &b\n  c: *b\n']) {
      expect(() => readOverlayText(text, overlayPath('v.yaml'), [])).toThrow(
        /^v\.yaml:[23]: the alias \*b is inside the value it names, so that value contains itself without end; image-promote cannot read it — write the value out$/,
      );
    }
  });
});

function overlayPath(path: string) {
  return { file: `/ws/${path}`, path, format: 'auto' as const };
}

describe('HCL object keys', () => {
  it.each([
    ['a = { 0 = "t1" }', { a: { 0: 't1' } }],
    ['a = { 007 = "t1", 10 = "x" }', { a: { 7: 't1', 10: 'x' } }],
    ['a = { true = "x", null = "y" }', { a: { true: 'x', null: 'y' } }],
    ['a = {\n  "b c" : "q"\n  d = "e",\n}', { a: { 'b c': 'q', d: 'e' } }],
  ])('%s is read as HashiCorp reads it', async (text, data) => {
    expect(parseTfvars(text, 'x.tfvars').data).toEqual(data);
    expect(await parseHcl('x.tfvars', text)).toEqual(data);
    const edited = editTfvars(`${text}\ntag = "v1"\n`, 'x.tfvars', [
      { path: ['tag'], value: 'v2' },
    ]);
    expect(edited.text).toBe(`${text}\ntag = "v2"\n`);
  });

  it.each([
    ['a = { 1.50 = "x" }'],
    ['a = { (var.k) = "x" }'],
    ['a = { "${var.k}" = "x" }'],
    ['a = { b.c = "x" }'],
    ['a = { -1 = "x" }'],
  ])('%s has a computed key: the object is read whole', async (text) => {
    await expect(parseHcl('x.tfvars', text)).resolves.toBeDefined();
    const a = parseTfvars(text, 'x.tfvars').data.a;
    expect(a).toBeInstanceOf(TfvarsOpaque);
    expect(() =>
      editTfvars(text, 'x.tfvars', [{ path: parseKeyPath('a.b'), value: 'v2' }]),
    ).toThrow(
      new TfvarsError(
        'x.tfvars:1: "a" is an object with computed keys, not an object, so it has no key "b"',
      ),
    );
  });

  it('a key that is not one is still an error with the place', () => {
    expect(() => parseTfvars('a = { = "x" }', 'x.tfvars')).toThrow(
      new TfvarsError(
        'x.tfvars:1:7: not a valid variables file: unexpected "=" where an object key belongs — fix the file first',
      ),
    );
  });
});

describe('YAML tags', () => {
  it.each([
    ['tag: !!int 5\n', '!!int'],
    ['tag: !!binary aGVsbG8=\n', '!!binary'],
    ['tag: !custom v1\n', '!custom'],
  ])('%s is refused before the edit', (text, tag) => {
    expect(() => editYaml(text, 'v.yaml', [{ op: 'set', path: ['tag'], value: 'v2' }])).toThrow(
      new YamlError(
        `v.yaml:1: "tag" has the YAML tag ${tag}; image-promote writes plain string values — remove the tag`,
      ),
    );
  });

  it('!!str and ! are strings and stay', () => {
    expect(
      editYaml('a: !!str v1\nb: ! v1\n', 'v.yaml', [
        { op: 'set', path: ['a'], value: 'v2' },
        { op: 'set', path: ['b'], value: 'v2' },
      ]).text,
    ).toBe('a: !!str v2\nb: ! v2\n');
  });
});

describe('create-missing at keys named image and digest', () => {
  const formats = [
    ['v.yaml', 'other: 1\n'],
    ['v.json', '{"other": 1}'],
    ['t.tfvars', 'other = 1\n'],
  ] as const;

  it.each(formats)('%s: a new image key gets repository:tag', (path, text) => {
    const edit = plan(path, text, overlayImage('api', { key: 'svc.image' }), {
      createMissing: true,
    });
    expect(edit.changes[0]?.after).toEqual({ repository: 'ghcr.io/acme/api', tag: 'v2' });
    expect(edit.after.toString()).toContain('ghcr.io/acme/api:v2');
  });

  it.each(formats)('%s: a new digest key gets the digest', (path, text) => {
    const edit = plan(path, text, overlayImage('api', { key: 'svc.digest' }), {
      createMissing: true,
    });
    expect(edit.changes[0]?.after).toEqual({ digest: D });
  });

  it('value: tag at a key named image is refused up front', () => {
    expect(() =>
      plan('v.yaml', 'other: 1\n', overlayImage('api', { key: 'image', value: 'tag' }), {
        createMissing: true,
      }),
    ).toThrow(
      new UserError(
        'cannot write image api into v.yaml: "image" is a key named image, where a bare word is read as an image name (image: nginx), so a tag alone cannot be written there — set value: reference (or auto) for this image to write repository:tag, or point key at a tag key',
      ),
    );
  });

  it('value: tag at a key named digest is refused up front', () => {
    expect(() =>
      plan('v.yaml', 'svc:\n  digest: v1\n', overlayImage('api', { key: 'svc.digest' })),
    ).toThrow(
      new UserError(
        'cannot write image api into v.yaml: "svc.digest" is a key named digest, where the digest next to a tag is read from, so a tag cannot be written there — set value: digest (or auto) for this image, or point key at the tag key',
      ),
    );
  });

  it('one image writing two values to one key says so', () => {
    expect(() =>
      plan(
        'v.yaml',
        'svc:\n  tag: v1\n',
        overlayImage('api', { key: 'svc.tag', repositoryKey: 'svc.tag' }),
      ),
    ).toThrow(
      new UserError(
        'cannot write image api into v.yaml: it would write both "ghcr.io/acme/api" and "v2" to "svc.tag" — its key, repository-key and the digest key next to a tag must be different keys',
      ),
    );
  });
});

it('JSON nesting is not called invalid JSON', () => {
  expect(() => parseJson(`${'{"a":'.repeat(300)}1${'}'.repeat(300)}`, 'f.json')).toThrow(
    new JsonError(
      'f.json:1:1281: nested more than 256 levels deep; image-promote reads overlays nested up to 256 levels — keep the image values in a flatter file',
    ),
  );
});
