/**
 * Property test for the `images` input: whatever YAML (or text) it holds, parseConfig returns
 * a Config or throws InputError naming the input — never another error.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { INPUTS, type InputName } from '../../../src/config/inputs.js';
import { parseConfig } from '../../../src/config/parse.js';
import { InputError } from '../../../src/errors.js';

const workspace = mkdtempSync(join(tmpdir(), 'ip-prop-yaml-'));
mkdirSync(join(workspace, 'services/api'), { recursive: true });
writeFileSync(join(workspace, 'images.yml'), '- name: api\n  context: services/api\n');
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

function parseImages(images: string, extra: Partial<Record<InputName, string>> = {}): unknown {
  const inputs: Partial<Record<InputName, string>> = { images, ...extra };
  try {
    return parseConfig({ get: (name) => inputs[name] ?? INPUTS[name].default }, { workspace });
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}

const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('api', 'services/api', '.', '..', '../etc', '/etc/passwd', 'a:b', 'linux/amd64'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }),
);
const KEYS = [
  'name',
  'repository',
  'context',
  'dockerfile',
  'paths',
  'target',
  'build-args',
  'platforms',
  'key',
  'helm-key',
  'helm-repository-key',
  'value',
  'unknown-key',
];
/** Image entries with the real keys and values of every shape. */
const entry = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 });
const imagesYaml = fc.oneof(
  fc.array(entry, { maxLength: 4 }).map((list) => stringify(list)),
  fc.record({ images: fc.array(entry, { maxLength: 3 }) }).map((doc) => stringify(doc)),
  fc
    .anything({ maxDepth: 3 })
    .filter((doc) => doc !== undefined)
    .map((doc) => stringify(doc)),
);
/** Text that is not meant to be YAML at all, and YAML-looking breakage. */
const rawText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    'images.yml',
    'missing.yaml',
    '../outside.yml',
    '- &a [*a]',
    '- name: a\n  name: b',
    'a: &x\n  b: *x\n',
    '- name: api\n\t- bad indent',
    '{',
    '- !!binary AAAA',
    '- name: !!js/function "() => 1"',
  ),
);

describe('the images input', () => {
  it('random YAML lists of image entries: a Config or an InputError, nothing else', () => {
    fc.assert(
      fc.property(imagesYaml, (text) => {
        const out = parseImages(text);
        if (out instanceof InputError) expect(out.input.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('any text: a Config or an InputError, nothing else', () => {
    fc.assert(
      fc.property(rawText, (text) => {
        parseImages(text);
      }),
      { numRuns: 1500 },
    );
  });

  it('holds with the other inputs set too (overlay, registry, key formats)', () => {
    fc.assert(
      fc.property(
        imagesYaml,
        fc.constantFrom('auto', 'yaml', 'json', 'kustomize'),
        (text, format) => {
          parseImages(text, { registry: 'ghcr.io/acme', 'overlay-format': format });
        },
      ),
      { numRuns: 500 },
    );
  });
});
