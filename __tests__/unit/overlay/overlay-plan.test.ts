import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { OverlayConfig, OverlayFormat } from '../../../src/config/types.js';
import { InputError, UserError } from '../../../src/errors.js';
import { formatImageValue, planOverlayEdit } from '../../../src/overlay/plan.js';
import { readOverlayText } from '../../../src/overlay/state.js';
import type { ImageUpdate, OverlayEdit, PlanOptions } from '../../../src/overlay/types.js';
import { overlayImage } from '../../support/images.js';
import { loadFormats } from '../../../src/overlay/documents.js';

// The JSON and tfvars editors load on demand (src/overlay/documents.ts); these tests call them directly.
await loadFormats(['json', 'tfvars']);

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/overlays/${name}`, import.meta.url), 'utf8');
}

const image = overlayImage;

function overlay(path: string, format: OverlayFormat = 'auto'): OverlayConfig {
  return { file: `/ws/${path}`, path, format };
}

const NO_PIN: PlanOptions = { pinDigest: false, createMissing: false, isImmutable: () => true };
const PIN: PlanOptions = { ...NO_PIN, pinDigest: true };
const CREATE: PlanOptions = { ...NO_PIN, createMissing: true };
const K = overlay('k8s/prod/kustomization.yaml');

/** An update whose repository is the one the image name stands for (`api` = docker.io/library/api). */
function update(name: string, tag: string, extra: Partial<ImageUpdate> = {}): ImageUpdate {
  return { image: image(name), repository: name, tag, ...extra };
}

/** Reads `text` as the engine does and plans `updates` from that state. */
/** A planned edit with its bytes as UTF-8 text. */
type TextEdit = Omit<OverlayEdit, 'before' | 'after'> & { before: string; after: string };

function planOverlayText(
  text: string,
  at: OverlayConfig,
  updates: readonly ImageUpdate[],
  options: PlanOptions,
): TextEdit {
  const edit = planOverlayEdit(
    readOverlayText(
      text,
      at,
      updates.map((u) => u.image),
    ),
    updates,
    options,
  );
  return { ...edit, before: edit.before.toString('utf8'), after: edit.after.toString('utf8') };
}

/** Lines that differ, as [before, after] pairs (the files here keep their line count). */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i): [string, string][] => (line === b[i] ? [] : [[line, b[i] ?? '']]));
}

describe('reading what an overlay runs', () => {
  it('reads each image of a messy kustomization by name', () => {
    const state = readOverlayText(fixture('messy-kustomization.yaml'), K, [
      image('web'),
      image('api'),
      image('worker'),
      image('absent'),
    ]);
    expect(state.format).toBe('kustomize');
    expect(Object.fromEntries(state.images)).toEqual({
      api: {
        name: 'api',
        found: true,
        value: {
          repository: '123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api',
          tag: 'sha-1a2b3c4',
          digest: D1,
        },
        shape: 'tag',
        slot: 'images[name=api]',
        line: 19,
      },
      worker: {
        name: 'worker',
        found: true,
        value: { tag: '20240501' },
        shape: 'tag',
        slot: 'images[name=worker]',
        line: 24,
      },
      web: {
        name: 'web',
        found: true,
        value: { tag: 'v1.2.3' },
        shape: 'tag',
        slot: 'images[name=web]',
        line: 26,
      },
      absent: { name: 'absent', found: false, value: {}, slot: 'images[name=absent]' },
    });
    expect(state.known).toEqual(['api', 'worker', 'web']);
    expect(state.warnings).toEqual([]);
  });

  it('reads Helm values by key path and warns about a tag written as a number', () => {
    const api = image('api', {
      key: 'api.image.tag',
      repositoryKey: 'api.image.repository',
    });
    const worker = image('worker', { key: 'worker.image.tag' });
    const state = readOverlayText(fixture('helm-values.yaml'), overlay('values.yaml'), [
      api,
      worker,
    ]);
    expect(state.format).toBe('yaml');
    expect(state.images.get('api')).toEqual({
      name: 'api',
      found: true,
      value: { repository: 'acme/api', tag: 'sha-1a2b3c4' },
      shape: 'tag',
      slot: 'api.image.tag',
      line: 14,
    });
    expect(state.images.get('worker')).toMatchObject({ found: true, value: { tag: '1.20' } });
    expect(state.warnings).toEqual([
      'values.yaml:23: worker.image.tag is written as a number (1.20); Helm reads it as a number — quote it',
    ]);
  });

  it.each([
    ['kustomization.yml', 'resources: []\n', 'kustomize'],
    ['Kustomization', '', 'kustomize'],
    [
      'overlay.yaml',
      'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
      'kustomize',
    ],
    ['overlay.yaml', 'images:\n- name: api\n  newTag: v1\n', 'kustomize'],
    ['values.yaml', 'images:\n  api: {tag: v1}\n', 'yaml'],
    ['values.json', '{"images": {"api": {"tag": "v1"}}}', 'json'],
    ['lambda.tfvars.json', '{"images": {"api": {"tag": "v1"}}}', 'json'],
    ['envs/prod/terraform.tfvars', 'images = { api = { tag = "v1" } }\n', 'tfvars'],
  ])('auto-detects %s holding %j as %s', (path, text, format) => {
    const api = image('api', { key: 'images.api.tag' });
    expect(readOverlayText(text, overlay(path), [api]).format).toBe(format);
  });

  it('honours an explicit format and says when it cannot tell', () => {
    const api = image('api', { key: 'images.0.newTag' });
    expect(
      readOverlayText('images:\n- name: api\n  newTag: v1\n', overlay('x.yaml', 'yaml'), [
        api,
      ]).images.get('api'),
    ).toMatchObject({ value: { tag: 'v1' } });
    expect(() => readOverlayText('a: 1\n', overlay('x.yaml'), [image('api')])).toThrow(InputError);
    expect(() => readOverlayText('a: 1\n', overlay('x.yaml'), [image('api')])).toThrow(
      /cannot tell what x.yaml is/,
    );
  });

  it('reports malformed images lists with the line', () => {
    expect(() => readOverlayText('images:\n- name: a\n- name: a\n', K, [image('a')])).toThrow(
      /images lists "a" twice \(lines 2 and 3\)/,
    );
    expect(() => readOverlayText('images:\n- newTag: v1\n', K, [image('a')])).toThrow(
      /:2: images\[0\] has no "name"/,
    );
    expect(() => readOverlayText('images: {a: 1}\n', K, [image('a')])).toThrow(
      /"images" is a mapping, not a list/,
    );
  });
});

const ECR_API = '123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api';

describe('planning a write into a messy kustomization', () => {
  const before = fixture('messy-kustomization.yaml');

  it('changes only the values it sets and appends new entries in the file’s style', () => {
    const edit = planOverlayText(
      before,
      K,
      [
        update('api', 'sha-9f8e7d6', { repository: ECR_API }),
        update('worker', '20240601'),
        update('web', 'v1.3.0'),
        update('cron', '7', { repository: 'ghcr.io/acme/cron' }),
      ],
      CREATE,
    );
    expect(edit.changed).toBe(true);
    const expected = before
      .replace("newTag: 'sha-1a2b3c4'", "newTag: 'sha-9f8e7d6'")
      // Without pin-digest the old digest would pin the old image: it goes.
      .replace(`        digest: ${D1}\n`, '')
      .replace('newTag: "20240501"', 'newTag: "20240601"')
      .replace('{name: web, newTag: v1.2.3}', '{name: web, newTag: v1.3.0}')
      .replace(
        '   # flow style, kept\n',
        '   # flow style, kept\n    -   name: cron\n        newName: ghcr.io/acme/cron\n        newTag: "7"\n',
      );
    expect(edit.after).toBe(expected);
    expect(edit.changes).toEqual([
      {
        image: 'api',
        from: `123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api:sha-1a2b3c4@${D1}`,
        to: '123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api:sha-9f8e7d6',
        before: {
          repository: '123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api',
          tag: 'sha-1a2b3c4',
          digest: D1,
        },
        after: {
          repository: '123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api',
          tag: 'sha-9f8e7d6',
        },
      },
      {
        image: 'worker',
        from: '20240501',
        to: '20240601',
        before: { tag: '20240501' },
        after: { tag: '20240601' },
      },
      {
        image: 'web',
        from: 'v1.2.3',
        to: 'v1.3.0',
        before: { tag: 'v1.2.3' },
        after: { tag: 'v1.3.0' },
      },
      {
        image: 'cron',
        to: 'ghcr.io/acme/cron:7',
        after: { repository: 'ghcr.io/acme/cron', tag: '7' },
      },
    ]);
  });

  it('writes the digest with pin-digest, in place', () => {
    const edit = planOverlayText(
      before,
      K,
      [update('api', 'sha-9f8e7d6', { digest: D2, repository: ECR_API })],
      PIN,
    );
    expect(changedLines(before, edit.after)).toEqual([
      [
        "        newTag: 'sha-1a2b3c4'     # deployed by CI",
        "        newTag: 'sha-9f8e7d6'     # deployed by CI",
      ],
      [`        digest: ${D1}`, `        digest: ${D2}`],
    ]);
  });

  it('plans nothing when the overlay already says it', () => {
    const edit = planOverlayText(before, K, [update('worker', '20240501')], NO_PIN);
    expect(edit).toMatchObject({ changed: false, changes: [], after: before });
  });
});

describe('the digest rule (kustomize)', () => {
  const entry = (extra: string): string => `images:\n- name: api\n  newTag: v1\n${extra}`;
  it.each([
    [
      'tag changes, stale digest removed',
      entry(`  digest: ${D1}\n`),
      update('api', 'v2'),
      NO_PIN,
      entry('').replace('v1', 'v2'),
    ],
    [
      'tag stays, digest unknown: kept',
      entry(`  digest: ${D1}\n`),
      update('api', 'v1'),
      NO_PIN,
      entry(`  digest: ${D1}\n`),
    ],
    [
      'tag stays, same digest: kept',
      entry(`  digest: ${D1}\n`),
      update('api', 'v1', { digest: D1 }),
      NO_PIN,
      entry(`  digest: ${D1}\n`),
    ],
    [
      'tag stays, other digest: removed',
      entry(`  digest: ${D1}\n`),
      update('api', 'v1', { digest: D2 }),
      NO_PIN,
      entry(''),
    ],
    [
      'no digest and no pin: none written',
      entry(''),
      update('api', 'v2', { digest: D2 }),
      NO_PIN,
      entry('').replace('v1', 'v2'),
    ],
    [
      'pin: digest added',
      entry(''),
      update('api', 'v2', { digest: D2 }),
      PIN,
      entry(`  digest: ${D2}\n`).replace('v1', 'v2'),
    ],
    [
      'newName kept when it names the verified repository',
      `images:\n- name: api\n  newName: reg/api\n  newTag: v1\n`,
      update('api', 'v2', { repository: 'docker.io/reg/api' }),
      NO_PIN,
      `images:\n- name: api\n  newName: reg/api\n  newTag: v2\n`,
    ],
    [
      'newName replaced when it names another repository',
      `images:\n- name: api\n  newName: reg/api\n  newTag: v1\n`,
      update('api', 'v2', { repository: 'ghcr.io/acme/api' }),
      NO_PIN,
      `images:\n- name: api\n  newName: ghcr.io/acme/api\n  newTag: v2\n`,
    ],
  ])('%s', (_, text, u, options, after) => {
    expect(planOverlayText(text, K, [u], options).after).toBe(after);
  });
});

describe('planning a write into Helm values', () => {
  const before = fixture('helm-values.yaml');
  const api = image('api', { key: 'api.image.tag', repositoryKey: 'api.image.repository' });
  const worker = image('worker', { key: 'worker.image.tag' });
  const values = overlay('helm/values.yaml');

  it('sets tags in place, quoting numeric ones, and pins the digest in the digest key', () => {
    const edit = planOverlayText(
      before,
      values,
      [
        { image: api, repository: 'docker.io/acme/api', tag: 'sha-9f8e7d6', digest: D2 },
        { image: worker, repository: 'ghcr.io/acme/worker', tag: '1.21', digest: D1 },
      ],
      PIN,
    );
    expect(edit.format).toBe('yaml');
    const after = edit.after.split('\n');
    expect(changedLines(before, edit.after.replace(`    digest: ${D1}\n`, ''))).toEqual([
      [
        '    tag: "sha-1a2b3c4"            # ← updated by CI',
        '    tag: "sha-9f8e7d6"            # ← updated by CI',
      ],
      ['    digest: ""', `    digest: "${D2}"`],
      ['    tag: 1.20', '    tag: "1.21"'],
    ]);
    // The worker had no digest key: it is created next to the tag.
    expect(after[after.indexOf('    tag: "1.21"') + 1]).toBe(`    digest: ${D1}`);
  });

  it('empties a stale digest instead of removing the key, and sets the repository', () => {
    const pinned = before.replace('digest: ""', `digest: "${D1}"`);
    const edit = planOverlayText(
      pinned,
      values,
      [{ image: api, tag: 'sha-9f8e7d6', repository: 'ghcr.io/acme/api' }],
      NO_PIN,
    );
    expect(changedLines(pinned, edit.after)).toEqual([
      [
        '    repository: acme/api          # ← updated by CI',
        '    repository: ghcr.io/acme/api          # ← updated by CI',
      ],
      [
        '    tag: "sha-1a2b3c4"            # ← updated by CI',
        '    tag: "sha-9f8e7d6"            # ← updated by CI',
      ],
      [`    digest: "${D1}"`, '    digest: ""'],
    ]);
  });

  it('refuses images without a helm-key and conflicting shared keys', () => {
    expect(() =>
      planOverlayText(
        before,
        values,
        [update('api', 'v2'), { image: worker, repository: 'worker', tag: 'v2' }],
        NO_PIN,
      ),
    ).toThrow(/the image has no key/);
    const a = image('a', { key: 'global.imageTag' });
    const b = image('b', { key: 'global.imageTag' });
    expect(() =>
      planOverlayText(
        'global:\n  imageTag: v1\n',
        values,
        [
          { image: a, repository: 'a', tag: 'v2' },
          { image: b, repository: 'b', tag: 'v3' },
        ],
        NO_PIN,
      ),
    ).toThrow(/images a and b share "global.imageTag" in helm\/values.yaml/);
    expect(
      planOverlayText(
        'global:\n  imageTag: v1\n',
        values,
        [
          { image: a, repository: 'a', tag: 'v2' },
          { image: b, repository: 'b', tag: 'v2' },
        ],
        NO_PIN,
      ).after,
    ).toBe('global:\n  imageTag: v2\n');
  });
});

describe('what is never written', () => {
  const text = 'images:\n- name: api\n  newTag: v1\n';
  it.each([
    [
      'latest, mutable by the policy',
      update('api', 'latest'),
      { ...NO_PIN, isImmutable: (t: string) => t !== 'latest' },
      /"latest" is not an immutable tag: a tag that can move is written only pinned to its digest — its digest is not known/,
    ],
    [
      'a branch name given as mutable',
      update('api', 'main'),
      { ...NO_PIN, isImmutable: (t: string) => t !== 'main' },
      /"main" is not an immutable tag/,
    ],
    ['an invalid tag', update('api', '-x'), NO_PIN, /tag "-x" is not valid/],
    [
      'an invalid digest',
      update('api', 'v2', { digest: 'sha256:abc' }),
      NO_PIN,
      /digest "sha256:abc" is not valid/,
    ],
    [
      'an invalid repository',
      update('api', 'v2', { repository: 'ghcr.io/Acme/api' }),
      NO_PIN,
      /repository "ghcr.io\/Acme\/api" is not valid: repository name must be lowercase/,
    ],
    [
      'pin-digest without a digest',
      update('api', 'v2'),
      PIN,
      /pin-digest is on but the digest of v2 is not known/,
    ],
  ])('%s', (_, u, options, message) => {
    expect(() => planOverlayText(text, K, [u], options)).toThrow(UserError);
    expect(() => planOverlayText(text, K, [u], options)).toThrow(message);
  });

  it('names the file and line of invalid YAML', () => {
    expect(() =>
      planOverlayText('images:\n- name: api\n newTag: v1\n', K, [update('api', 'v2')], NO_PIN),
    ).toThrow(/^k8s\/prod\/kustomization\.yaml:3:\d+: invalid YAML/);
  });
});

describe('formatImageValue', () => {
  it.each([
    [{ tag: 'v1' }, 'v1'],
    [{ repository: 'r/a', tag: 'v1', digest: D1 }, `r/a:v1@${D1}`],
    [{ digest: D1 }, `@${D1}`],
    [{ repository: 'r/a' }, 'r/a'],
    [{}, '(none)'],
  ])('%j', (value, text) => {
    expect(formatImageValue(value)).toBe(text);
  });
});
