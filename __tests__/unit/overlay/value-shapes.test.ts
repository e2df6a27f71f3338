import { describe, expect, it } from '@jest/globals';
import type { ImageConfig, OverlayConfig, OverlayFormat } from '../../../src/config/types.js';
import { UserError } from '../../../src/errors.js';
import { planOverlayEdit } from '../../../src/overlay/plan.js';
import { readOverlayText } from '../../../src/overlay/state.js';
import type { ImageUpdate, OverlayEdit, PlanOptions } from '../../../src/overlay/types.js';
import { parseKeyPath } from '../../../src/overlay/key-path.js';
import { readShape } from '../../../src/overlay/value-shape.js';
import { overlayImage } from '../../support/images.js';
import { loadFormats } from '../../../src/overlay/documents.js';

// The JSON and tfvars editors load on demand (src/overlay/documents.ts); these tests call them directly.
await loadFormats(['json', 'tfvars']);

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const ECR = '123456789012.dkr.ecr.us-east-1.amazonaws.com';

const OPTIONS: PlanOptions = {
  pinDigest: false,
  createMissing: false,
  isImmutable: (t) => t !== 'latest' && t !== 'main',
};

function overlay(path: string, format: OverlayFormat = 'auto'): OverlayConfig {
  return { file: `/ws/${path}`, path, format };
}

/** A planned edit with its bytes as UTF-8 text. */
type TextEdit = Omit<OverlayEdit, 'before' | 'after'> & { before: string; after: string };

function plan(
  path: string,
  text: string,
  updates: ImageUpdate[],
  options: Partial<PlanOptions> = {},
): TextEdit {
  const at = overlay(path);
  const state = readOverlayText(
    text,
    at,
    updates.map((u) => u.image),
  );
  const edit = planOverlayEdit(state, updates, { ...OPTIONS, ...options });
  return { ...edit, before: edit.before.toString('utf8'), after: edit.after.toString('utf8') };
}

const api = (extra: Partial<ImageConfig> = {}): ImageConfig => overlayImage('api', extra);

describe('reading value shapes', () => {
  it.each([
    ['sha-1a2b3c4', 'tag', 'tag'],
    ['1.20', 'tag', 'tag'],
    [D1, 'tag', 'digest'],
    [`sha512:${'a'.repeat(128)}`, 'tag', 'digest'],
    ['ghcr.io/acme/api:v1', 'tag', 'reference'],
    [`${ECR}/api:sha-abc1234-20251127`, 'lambda_image_uri', 'reference'],
    [`acme/api@${D1}`, 'x', 'reference'],
    ['nginx:1.27', 'x', 'reference'],
    ['localhost:5000/app', 'x', 'reference'],
    ['nginx', 'image', 'reference'],
    ['nginx', 'tag', 'tag'],
    ['Not A Reference', 'image', 'tag'],
    [' ghcr.io/acme/api:v1', 'image', 'tag'],
  ])('%s at %s is a %s', (text, key, shape) => {
    expect(readShape(text, parseKeyPath(key))).toBe(shape);
  });

  it('reads each format’s value in its shape', () => {
    const tf = readOverlayText(
      `lambda_image_uri = "${ECR}/shop/api:sha-abc1234@${D1}"\n`,
      overlay('envs/prod/terraform.tfvars'),
      [api({ key: 'lambda_image_uri' })],
    );
    expect(tf.images.get('api')).toEqual({
      name: 'api',
      found: true,
      value: { repository: `${ECR}/shop/api`, tag: 'sha-abc1234', digest: D1 },
      shape: 'reference',
      slot: 'lambda_image_uri',
      line: 1,
    });
    const json = readOverlayText(`{"image": {"digest": "${D1}"}}`, overlay('v.json'), [
      api({ key: 'image.digest', value: 'digest' }),
    ]);
    expect(json.images.get('api')).toMatchObject({ shape: 'digest', value: { digest: D1 } });
    const raw = readOverlayText(
      'spec:\n  containers:\n  - name: api\n    image: nginx\n',
      overlay('deploy.yaml'),
      [api({ key: 'spec.containers[name=api].image' })],
    );
    expect(raw.images.get('api')).toMatchObject({
      shape: 'reference',
      value: { repository: 'nginx' },
      slot: 'spec.containers[name=api].image',
    });
    expect(raw.known).toEqual([
      'spec.containers[name=api].name',
      'spec.containers[name=api].image',
    ]);
  });

  it.each([
    [
      'value: tag on a reference',
      'tag',
      `image: ${ECR}/api:v1\n`,
      `values.yaml:1: image api has value: tag, but "image" holds a full image reference ("${ECR}/api:v1") — set value: reference (or auto) for this image, or point key at a tag`,
    ],
    [
      'value: digest on a tag',
      'digest',
      'image: v1.2\n',
      'values.yaml:1: image api has value: digest, but "image" holds a full image reference ("v1.2") — set value: reference (or auto) for this image, or point key at a digest',
    ],
    [
      'value: reference on a digest',
      'reference',
      `image: "${D1}"\n`,
      `values.yaml:1: image api has value: reference, but "image" holds a digest ("${D1}") — set value: digest (or auto) for this image, or point key at a full image reference`,
    ],
    [
      'value: tag on a digest',
      'tag',
      `tag: "${D1}"\n`,
      `values.yaml:1: image api has value: tag, but "tag" holds a digest ("${D1}") — set value: digest (or auto) for this image, or point key at a tag`,
    ],
  ] as const)('refuses %s, naming the file and key', (_, value, text, message) => {
    const key = text.startsWith('tag') ? 'tag' : 'image';
    expect(() => readOverlayText(text, overlay('values.yaml'), [api({ key, value })])).toThrow(
      new UserError(message),
    );
  });
});

describe('writing full references', () => {
  const lambda = api({ key: 'lambda_image_uri' });
  const text = `lambda_image_uri = "${ECR}/shop/api:sha-abc1234-20251127"  # CI\n`;

  it('keeps the shape, the file’s spelling of the same repository, and adds @digest only when pinned', () => {
    const u = { image: lambda, repository: `${ECR}/shop/api`, tag: 'sha-def5678', digest: D2 };
    expect(plan('terraform.tfvars', text, [u]).after).toBe(
      `lambda_image_uri = "${ECR}/shop/api:sha-def5678"  # CI\n`,
    );
    expect(plan('terraform.tfvars', text, [u], { pinDigest: true }).after).toBe(
      `lambda_image_uri = "${ECR}/shop/api:sha-def5678@${D2}"  # CI\n`,
    );
    const hub = plan('values.yaml', 'image: nginx:1.26\n', [
      { image: api({ key: 'image' }), repository: 'docker.io/library/nginx', tag: '1.27' },
    ]);
    expect(hub.after).toBe('image: nginx:1.27\n');
  });

  it('writes the verified repository when the file names another one, and says so', () => {
    const edit = plan('terraform.tfvars', text, [
      { image: lambda, repository: 'ghcr.io/acme/api', tag: 'sha-def5678' },
    ]);
    expect(edit.after).toBe('lambda_image_uri = "ghcr.io/acme/api:sha-def5678"  # CI\n');
    expect(edit.changes).toEqual([
      {
        image: 'api',
        from: `${ECR}/shop/api:sha-abc1234-20251127`,
        to: 'ghcr.io/acme/api:sha-def5678',
        before: { repository: `${ECR}/shop/api`, tag: 'sha-abc1234-20251127' },
        after: { repository: 'ghcr.io/acme/api', tag: 'sha-def5678' },
      },
    ]);
  });

  it('never leaves a stale digest in a reference, and writes repository@digest when only the digest is known', () => {
    const pinned = `image: ghcr.io/acme/api:v1@${D1}\n`;
    const image = api({ key: 'image' });
    expect(
      plan('v.yaml', pinned, [{ image, repository: 'ghcr.io/acme/api', tag: 'v2', digest: D2 }])
        .after,
    ).toBe('image: ghcr.io/acme/api:v2\n');
    expect(
      plan('v.yaml', pinned, [{ image, repository: 'ghcr.io/acme/api', digest: D2 }]).after,
    ).toBe(`image: ghcr.io/acme/api@${D2}\n`);
  });

  it('writes a reference into a new key when asked to', () => {
    const edit = plan(
      'v.json',
      '{"other": 1}',
      [
        {
          image: api({ key: 'image', value: 'reference' }),
          repository: 'ghcr.io/acme/api',
          tag: 'v1',
        },
      ],
      { createMissing: true },
    );
    expect(edit.after).toBe('{"other": 1, "image": "ghcr.io/acme/api:v1"}');
  });
});

describe('tags, digests and the digest next to a tag', () => {
  const values = 'api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: v1\n';
  const image = api({ key: 'api.image.tag', repositoryKey: 'api.image.repository' });

  it('pins a tag the policy calls mutable, and refuses it without a digest', () => {
    expect(
      plan('v.yaml', values, [{ image, repository: 'ghcr.io/acme/api', tag: 'main', digest: D2 }])
        .after,
    ).toBe(`${values.replace('tag: v1', 'tag: main')}    digest: ${D2}\n`);
    expect(() =>
      plan('v.yaml', values, [{ image, repository: 'ghcr.io/acme/api', tag: 'main' }]),
    ).toThrow(
      /"main" is not an immutable tag: a tag that can move is written only pinned to its digest — its digest is not known/,
    );
  });

  it('writes the repository key only when it names another repository', () => {
    const same = plan('v.yaml', values, [{ image, repository: 'ghcr.io/acme/api', tag: 'v2' }]);
    expect(same.after).toBe(values.replace('tag: v1', 'tag: v2'));
    const moved = plan('v.yaml', values, [{ image, repository: `${ECR}/api`, tag: 'v2' }]);
    expect(moved.after).toBe(
      values.replace('tag: v1', 'tag: v2').replace('ghcr.io/acme/api', `${ECR}/api`),
    );
  });

  it('writes a digest-shaped value', () => {
    const text = `image:\n  digest: "${D1}"\n`;
    const digest = api({ key: 'image.digest' });
    expect(
      plan('v.yaml', text, [
        { image: digest, repository: 'ghcr.io/acme/api', tag: 'v2', digest: D2 },
      ]).after,
    ).toBe(`image:\n  digest: "${D2}"\n`);
    expect(() =>
      plan('v.yaml', text, [{ image: digest, repository: 'ghcr.io/acme/api', tag: 'v2' }]),
    ).toThrow(/"image.digest" holds a digest, and the digest of v2 is not known/);
  });

  it.each([
    [
      'a top-level tag key',
      'values.json',
      '{"imageTag": "v1"}',
      'imageTag',
      /"imageTag" is at the top level/,
    ],
    [
      'a field of a manifest’s list element',
      'deploy.yaml',
      'containers:\n- name: api\n  tag: v1\n',
      'containers[name=api].tag',
      /is a field of a list element \(a manifest\)/,
    ],
  ])('refuses pin-digest where a digest cannot go: %s', (_, path, text, key, why) => {
    const u = { image: api({ key }), repository: 'ghcr.io/acme/api', tag: 'v2', digest: D2 };
    expect(() => plan(path, text, [u], { pinDigest: true })).toThrow(why);
    expect(() => plan(path, text, [u], { pinDigest: true })).toThrow(
      /set value: reference to write repository:tag@digest in one value/,
    );
    // Where the digest key exists, it is used.
    const withKey = path.endsWith('.json')
      ? '{"imageTag": "v1", "digest": ""}'
      : 'containers:\n- name: api\n  tag: v1\n  digest: ""\n';
    expect(plan(path, withKey, [u], { pinDigest: true }).after).toContain(D2);
  });

  it('reads a digest key that holds settings as no digest, and refuses to write into it', () => {
    const text = 'image:\n  tag: v1\n  digest: {enabled: false}\n';
    const tagged = api({ key: 'image.tag' });
    const state = readOverlayText(text, overlay('v.yaml'), [tagged]);
    expect(state.images.get('api')?.value).toEqual({ tag: 'v1' });
    const u = { image: tagged, repository: 'api', tag: 'v2', digest: D2 };
    expect(plan('v.yaml', text, [u]).after).toBe(text.replace('v1', 'v2'));
    expect(() => plan('v.yaml', text, [u], { pinDigest: true })).toThrow(
      /"image.digest" is a mapping, not a single value/,
    );
  });

  it('refuses a tag-shaped key when only the digest is known', () => {
    expect(() =>
      plan('v.yaml', values, [{ image, repository: 'ghcr.io/acme/api', digest: D2 }]),
    ).toThrow(
      /only its digest is known, and "api.image.tag" holds a tag — set value: digest or value: reference/,
    );
  });
});

describe('images the overlay does not name', () => {
  it('lists the kustomize names, unless create-missing', () => {
    const text = 'images:\n- name: web\n  newTag: v1\n- name: worker\n  newTag: v1\n';
    const u = { image: api(), repository: 'ghcr.io/acme/api', tag: 'v2' };
    expect(() => plan('kustomization.yaml', text, [u])).toThrow(
      new UserError(
        'image api is not in kustomization.yaml: its images: list names web, worker — fix the image name, add an entry for it, or set create-missing: true to have one added',
      ),
    );
    expect(plan('kustomization.yaml', text, [u], { createMissing: true }).after).toBe(
      `${text}- name: api\n  newName: ghcr.io/acme/api\n  newTag: v2\n`,
    );
  });

  it('lists the image-like keys of a values file', () => {
    const text = 'replicas: 2\nweb:\n  image:\n    tag: v1\n  port: 80\n';
    const u = { image: api({ key: 'api.image.tag' }), repository: 'ghcr.io/acme/api', tag: 'v2' };
    expect(() => plan('values.yaml', text, [u])).toThrow(
      'values.yaml has no "api.image.tag" for image api (its image-like keys: web.image.tag) — fix key, add the key to the file, or set create-missing: true to have it added',
    );
  });

  it('writes into a key that is there but empty', () => {
    const u = { image: api({ key: 'image.tag' }), repository: 'ghcr.io/acme/api', tag: 'v2' };
    expect(plan('values.yaml', 'image:\n  tag: ""\n', [u]).after).toBe('image:\n  tag: "v2"\n');
    expect(plan('values.yaml', 'image:\n  tag:\n', [u]).after).toBe('image:\n  tag: v2\n');
  });

  it('refuses value: reference for a kustomization', () => {
    const u = {
      image: api({ value: 'reference' }),
      repository: 'ghcr.io/acme/api',
      tag: 'v2',
    };
    expect(() => plan('kustomization.yaml', 'images:\n- name: api\n  newTag: v1\n', [u])).toThrow(
      /value: reference, but a kustomization's images: entries hold newName, newTag and digest/,
    );
  });
});

describe('shared slots', () => {
  const a = overlayImage('a', { key: 'global.imageTag' });
  const b = overlayImage('b', { key: 'global.imageTag' });
  const text = 'global:\n  imageTag: v1\n';

  it('reports the slot and writes one value once', () => {
    const state = readOverlayText(text, overlay('values.yaml'), [a, b]);
    expect(state.images.get('a')?.slot).toBe('global.imageTag');
    expect(state.images.get('b')?.slot).toBe('global.imageTag');
    const edit = plan('values.yaml', text, [
      { image: a, repository: 'a', tag: 'v2' },
      { image: b, repository: 'b', tag: 'v2' },
    ]);
    expect(edit.after).toBe('global:\n  imageTag: v2\n');
    expect(edit.changes.map((c) => c.image)).toEqual(['a', 'b']);
  });

  it('refuses different values for one slot, naming both images', () => {
    expect(() =>
      plan('values.yaml', text, [
        { image: a, repository: 'a', tag: 'v2' },
        { image: b, repository: 'b', tag: 'v3' },
      ]),
    ).toThrow(
      'images a and b share "global.imageTag" in values.yaml but would write different values there ("v2", "v3")',
    );
  });
});

describe('never surprising', () => {
  it('refuses an edit that an alias would carry elsewhere', () => {
    const text = 'api:\n  image: &img {tag: v1}\nworker:\n  image: *img\n';
    const u = { image: api({ key: 'api.image.tag' }), repository: 'api', tag: 'v2' };
    expect(() => plan('values.yaml', text, [u])).toThrow(
      /values\.yaml: refusing to write "api.image.tag": the edit would change other values as well/,
    );
  });

  it('is pure: the same state plans the same edit and is not changed', () => {
    const text = 'image:\n  tag: v1\n';
    const images = [api({ key: 'image.tag' })];
    const state = readOverlayText(text, overlay('values.yaml'), images);
    const copy = structuredClone({ ...state, images: [...state.images] });
    const u = [{ image: images[0] as ImageConfig, repository: 'api', tag: 'v2' }];
    const first = planOverlayEdit(state, u, OPTIONS);
    expect(planOverlayEdit(state, u, OPTIONS)).toEqual(first);
    expect({ ...state, images: [...state.images] }).toEqual(copy);
  });
});
