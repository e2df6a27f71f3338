/**
 * Byte-exact before/after pairs recorded from other updaters
 * (/work/shared/vectors/yaml-inplace-update-cases.json, copied into the fixtures).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { editYaml, type YamlEdit } from '../../../src/overlay/yaml-edit.js';
import { parseKeyPath } from '../../../src/overlay/key-path.js';
import { isSafePlain, renderScalar } from '../../../src/overlay/scalar-style.js';

interface Write {
  key: string;
  value: string | number;
}
interface Case {
  source: { repo: string; test?: string };
  writes?: Write[];
  before: string;
  after?: string;
}
interface Vectors {
  image_updater_helm_values: Case[];
  image_updater_plain_scalar_safety: { safe_plain: string[]; must_quote_or_fallback: string[] };
  kargo_yaml_update: (Case & { after_kargo_code_reading?: string })[];
  flux_setters: (Case & { policies: Record<string, string> })[];
}

const vectors = JSON.parse(
  readFileSync(
    new URL('../../fixtures/overlays/yaml-inplace-update-cases.json', import.meta.url),
    'utf8',
  ),
) as Vectors;

function sets(writes: Write[]): YamlEdit[] {
  return writes.map((w) => ({ op: 'set', path: parseKeyPath(w.key), value: w.value }));
}

describe('recorded in-place update vectors', () => {
  const byteExact = [...vectors.image_updater_helm_values, ...vectors.kargo_yaml_update].filter(
    (c): c is Case & { writes: Write[]; after: string } =>
      c.after !== undefined && c.writes !== undefined,
  );

  it.each(byteExact.map((c) => [`${c.source.repo} ${c.source.test ?? ''}`, c] as const))(
    '%s',
    (_, c) => {
      expect(editYaml(c.before, 'values.yaml', sets(c.writes)).text).toBe(c.after);
    },
  );

  it('keeps a trailing comment on the edited line (where kargo would drop it)', () => {
    const c = vectors.kargo_yaml_update.find((k) => k.after_kargo_code_reading !== undefined);
    expect(c?.writes).toBeDefined();
    expect(editYaml(c?.before ?? '', 'values.yaml', sets(c?.writes ?? [])).text).toBe(
      'image:\n  tag: v2 # pinned by CI\n',
    );
  });

  // Flux resolves setter markers in comments; the same byte-for-byte result is reached here
  // by writing the marked keys directly (markers are not a feature of image-promote).
  const fluxWrites: Record<number, YamlEdit[]> = {
    0: [
      { op: 'set', path: ['images', 0, 'newName'], value: 'index.repo.fake/updated' },
      { op: 'set', path: ['images', 0, 'newTag'], value: 'v1.0.1' },
      {
        op: 'set',
        path: ['images', 0, 'newDigest'],
        value: 'sha256:6745aaad46d795c9836632e1fb62f24b7e7f4c843144da8e47a5465c411a14be',
      },
      {
        op: 'set',
        path: ['patches', 0, 'target', 'image'],
        value:
          'image:v1.0.0@sha256:6745aaad46d795c9836632e1fb62f24b7e7f4c843144da8e47a5465c411a14be',
      },
    ],
    1: [
      {
        op: 'set',
        path: ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'image'],
        value: 'index.repo.fake/updated:v1.0.1',
      },
    ],
  };
  it.each(vectors.flux_setters.map((c, i) => [c.source.repo, i, c] as const))(
    '%s setters case %i',
    (_, i, c) => {
      expect(editYaml(c.before, 'kustomization.yml', fluxWrites[i] ?? []).text).toBe(c.after);
    },
  );
});

describe('plain scalar safety vectors', () => {
  const { safe_plain: safe, must_quote_or_fallback: unsafe } =
    vectors.image_updater_plain_scalar_safety;
  it.each(safe)('%j is written plain', (v) => {
    expect(isSafePlain(v)).toBe(true);
    expect(renderScalar(v)).toBe(v);
  });
  it.each(unsafe)('%j is quoted', (v) => {
    expect(isSafePlain(v)).toBe(false);
    expect(renderScalar(v)).toBe(JSON.stringify(v));
  });
});
