import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/errors.js';
import { parseReference } from '../../../src/reference.js';
import { parsePromotionTarget, promoteImage } from '../../../src/registry/promote.js';
import type { Registry, RegistryProvider } from '../../../src/registry/types.js';

const source = parseReference('ghcr.io/acme/api:sha-1234567');
const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parsePromotionTarget', () => {
  it('reads a bare tag as the same repository', () => {
    expect(parsePromotionTarget(source, 'v1.2.3')).toMatchObject({
      name: 'ghcr.io/acme/api',
      tag: 'v1.2.3',
    });
  });

  it('reads a full reference as another repository of the same registry', () => {
    expect(parsePromotionTarget(source, 'ghcr.io/acme/prod-api:v1')).toMatchObject({
      name: 'ghcr.io/acme/prod-api',
      tag: 'v1',
    });
  });

  it.each([
    ['.bad', /invalid target tag/],
    ['ghcr.io/acme/api', /has no tag/],
    [`ghcr.io/acme/api@${DIGEST}`, /pins a digest/],
    ['quay.io/acme/api:v1', /same registry/],
    ['Ghcr.io/Acme:v1', /invalid target reference/],
  ])('rejects %s', (target, message) => {
    expect(() => parsePromotionTarget(source, target)).toThrow(UserError);
    expect(() => parsePromotionTarget(source, target)).toThrow(message);
  });
});

describe('promoteImage', () => {
  function provider(digest = DIGEST): { provider: RegistryProvider; calls: string[] } {
    const calls: string[] = [];
    const descriptor = { digest, mediaType: 'application/vnd.oci.image.index.v1+json', size: 10 };
    const registry: Registry = {
      kind: 'oci',
      resolve: () => Promise.resolve(descriptor),
      verifyTag: () => Promise.resolve(),
      imageConfig: () => Promise.resolve(undefined),
      addTag: (src, tag) => {
        calls.push(`addTag ${src.familiar} ${tag}`);
        return Promise.resolve({ descriptor, changed: true });
      },
      copy: (src, target) => {
        calls.push(`copy ${src.familiar} ${target.familiar}`);
        return Promise.resolve({ descriptor, changed: true });
      },
    };
    return { provider: { forReference: () => Promise.resolve(registry) }, calls };
  }

  it('retags within a repository and copies across repositories', async () => {
    const { provider: p, calls } = provider();
    await promoteImage(p, source, parsePromotionTarget(source, 'v1'));
    await promoteImage(p, source, parsePromotionTarget(source, 'ghcr.io/acme/prod:v1'));
    expect(calls).toEqual([
      'addTag ghcr.io/acme/api:sha-1234567 v1',
      'copy ghcr.io/acme/api:sha-1234567 ghcr.io/acme/prod:v1',
    ]);
  });

  it('refuses a result whose digest differs from a pinned source digest', async () => {
    const { provider: p } = provider(`sha256:${'b'.repeat(64)}`);
    const pinned = parseReference(`ghcr.io/acme/api@${DIGEST}`);
    await expect(promoteImage(p, pinned, parsePromotionTarget(pinned, 'v1'))).rejects.toThrow(
      /the digest must not change/,
    );
  });
});
