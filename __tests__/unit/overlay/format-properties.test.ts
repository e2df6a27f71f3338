/**
 * Properties over random values: whatever tag, digest or reference is written into each
 * format reads back as written (by image-promote and by the format's real consumer), and the
 * rest of the parsed document is unchanged.
 */
import { describe, expect, it } from '@jest/globals';
import { parseHcl } from '../../support/hcl2json.js';
import fc from 'fast-check';
import { parse as parseYamlText } from 'yaml';
import type { OverlayConfig } from '../../../src/config/types.js';
import { dataAt, isRecord } from '../../../src/overlay/data-path.js';
import { planOverlayEdit } from '../../../src/overlay/plan.js';
import { isSafePlain } from '../../../src/overlay/scalar-style.js';
import { readOverlayText } from '../../../src/overlay/state.js';
import { quoteHcl } from '../../../src/overlay/tfvars.js';
import type { ImageUpdate } from '../../../src/overlay/types.js';
import { parseReference, parseRepositoryName } from '../../../src/reference.js';
import { overlayImage } from '../../support/images.js';
import { loadFormats } from '../../../src/overlay/documents.js';

// The JSON and tfvars editors load on demand (src/overlay/documents.ts); these tests call them directly.
await loadFormats(['json', 'tfvars']);

const tag = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,40}$/);
const digest = fc.stringMatching(/^[0-9a-f]{64}$/).map((h) => `sha256:${h}`);
const component = fc.stringMatching(/^[a-z0-9]{1,8}(?:[._-][a-z0-9]{1,8})?$/);
const repository = fc.oneof(
  fc.constantFrom(
    'ghcr.io/acme/api',
    '123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api',
    'localhost:5000/team/app',
    'docker.io/library/nginx',
    'nginx',
  ),
  fc
    .tuple(fc.constantFrom('ghcr.io', 'registry.example.com:8443', 'quay.io'), component, component)
    .map(([host, a, b]) => `${host}/${a}/${b}`),
);
const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/).map((k) => `k_${k}`);
const reference = fc
  .tuple(repository, tag, fc.option(digest, { nil: undefined }))
  .map(([r, t, d]) => `${r}:${t}${d ? `@${d}` : ''}`);

interface Input {
  key: string;
  /** What the file holds before: a bare tag or a full reference. */
  initial: { shape: 'tag' | 'reference'; text: string };
  quoted: boolean;
  update: { repository: string; tag: string; digest: string };
  pin: boolean;
}

const input: fc.Arbitrary<Input> = fc.record({
  key,
  initial: fc.oneof(
    tag.map((text) => ({ shape: 'tag' as const, text })),
    reference.map((text) => ({ shape: 'reference' as const, text })),
  ),
  quoted: fc.boolean(),
  update: fc.record({ repository, tag, digest }),
  pin: fc.boolean(),
});

type Format = 'yaml' | 'json' | 'tfvars';

function document(format: Format, i: Input): { path: string; text: string } {
  const v = i.initial.text;
  if (format === 'json') {
    return {
      path: 'values.json',
      text: `{\n  "other": 1.20,\n  "nested": {"${i.key}": ${JSON.stringify(v)}, "list": [1, {"a": null}]},\n  "s": "x"\n}\n`,
    };
  }
  if (format === 'tfvars') {
    return {
      path: 'terraform.tfvars',
      text: `# c\nother  = 12\nnested = {\n  ${i.key} = ${quoteHcl(v)} # c\n  list = ["a", "\${var.x}"]\n}\nh = <<EOT\n\${y}\nEOT\n`,
    };
  }
  const spelled = i.quoted || !isSafePlain(v) ? JSON.stringify(v) : v;
  return {
    path: 'values.yaml',
    text: `# c\nother: 1.20\nnested:\n  ${i.key}: ${spelled}   # trailing\n  list: [a, b]\nanchor: &a {x: 1}\nalias: *a\n`,
  };
}

async function consumer(format: Format, text: string): Promise<unknown> {
  if (format === 'json') return JSON.parse(text) as unknown;
  if (format === 'tfvars') return parseHcl('terraform.tfvars', text);
  return parseYamlText(text) as unknown;
}

function withoutNested(data: unknown, keys: string[]): unknown {
  const copy = structuredClone(data);
  const nested = isRecord(copy) ? copy.nested : undefined;
  if (isRecord(nested)) for (const k of keys) Reflect.deleteProperty(nested, k);
  return copy;
}

const overlay = (path: string): OverlayConfig => ({ file: `/ws/${path}`, path, format: 'auto' });

describe.each(['yaml', 'json', 'tfvars'] as const)('%s: random values read back', (format) => {
  it('as written, with the rest of the document unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (i) => {
        const { path, text } = document(format, i);
        const image = overlayImage('api', { key: `nested.${i.key}` });
        const state = readOverlayText(text, overlay(path), [image]);
        expect(state.images.get('api')?.shape).toBe(i.initial.shape);
        const update: ImageUpdate = { image, ...i.update };
        const edit = planOverlayEdit(state, [update], {
          pinDigest: i.pin,
          createMissing: false,
          isImmutable: () => true,
        });
        const read = readOverlayText(edit.after, overlay(path), [image]).images.get('api');
        expect(read?.shape).toBe(i.initial.shape);
        expect(read?.value.tag).toBe(i.update.tag);
        expect(read?.value.digest).toBe(i.pin ? i.update.digest : undefined);
        if (i.initial.shape === 'reference') {
          expect(parseReference(read?.value.repository ?? '').name).toBe(
            parseRepositoryName(i.update.repository).name,
          );
        }
        const before = await consumer(format, text);
        const after = await consumer(format, edit.after.toString('utf8'));
        const written = dataAt(after, ['nested', i.key]);
        const { repository: r, tag: t, digest: d } = read?.value ?? {};
        expect(written).toBe(
          i.initial.shape === 'reference' ? `${r ?? ''}:${t ?? ''}${d ? `@${d}` : ''}` : t,
        );
        if (i.initial.shape === 'tag') {
          expect(dataAt(after, ['nested', 'digest'])).toBe(i.pin ? i.update.digest : undefined);
        }
        expect(withoutNested(after, [i.key, 'digest'])).toEqual(
          withoutNested(before, [i.key, 'digest']),
        );
      }),
      { numRuns: 120 },
    );
  });
});

describe('kustomize: random values read back', () => {
  it('as written, with the rest of the document unchanged', () => {
    fc.assert(
      fc.property(input, (i) => {
        const name = i.key.replace(/_+/g, '');
        const v = i.initial.shape === 'tag' ? i.initial.text : i.initial.text.split(':').pop();
        const text = `resources: [../base]   # c\nimages:\n- name: ${name}\n  newTag: ${JSON.stringify(v)}\nnamespace: prod\n`;
        const image = overlayImage(name);
        const state = readOverlayText(text, overlay('kustomization.yaml'), [image]);
        const edit = planOverlayEdit(state, [{ image, ...i.update }], {
          pinDigest: i.pin,
          createMissing: false,
          isImmutable: () => true,
        });
        const read = readOverlayText(edit.after, overlay('kustomization.yaml'), [image]).images.get(
          name,
        );
        expect(read?.value.tag).toBe(i.update.tag);
        expect(read?.value.digest).toBe(i.pin ? i.update.digest : undefined);
        expect(parseRepositoryName(read?.value.repository ?? name).name).toBe(
          parseRepositoryName(i.update.repository).name,
        );
        const before = parseYamlText(text) as Record<string, unknown>;
        const after = parseYamlText(edit.after.toString('utf8')) as Record<string, unknown>;
        delete before.images;
        delete after.images;
        expect(after).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});
