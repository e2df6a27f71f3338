/**
 * Interoperability: real bundles other Sigstore clients made (sigstore-conformance fixtures,
 * see __tests__/fixtures/sigstore/README.md) verify offline with this module, against the
 * pinned public-good trusted root and against a custom trusted root; a broken one fails; an
 * identity or issuer the policy does not name is refused with what was found.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { preparePolicy } from '../../../src/provenance/policy.js';
import { verifyBundle, verifySignedStatement } from '../../../src/provenance/verify.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/sigstore/${name}`, import.meta.url));
const BEACON =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const A_TXT = 'sha256:a0cfc71271d6e278e57cd332ff957c3f7043fdda354c4cbb190a30d56efa01bf';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const publicGood = (identity = escape(BEACON), issuer?: string) =>
  preparePolicy({
    kind: 'keyless',
    serverUrl: 'https://github.com',
    repository: 'sigstore-conformance/extremely-dangerous-public-oidc-beacon',
    certificateIdentity: identity,
    ...(issuer !== undefined ? { certificateOidcIssuer: issuer } : {}),
  });

describe('a public-good v0.3 DSSE bundle (sigstore-conformance)', () => {
  const bundle = fixture('conformance-dsse-v3.sigstore.json');

  it('verifies against the pinned public-good trusted root', () => {
    const verdict = verifySignedStatement(bundle, publicGood());
    expect(verdict).toMatchObject({
      ok: true,
      signer: { identity: BEACON, issuer: 'https://token.actions.githubusercontent.com' },
      signedAt: new Date(1734374576 * 1000),
    });
    if (!verdict.ok) return;
    const statement = JSON.parse(verdict.payload.toString()) as {
      subject: { digest: { sha256: string } }[];
    };
    expect(`sha256:${statement.subject[0]?.digest.sha256 ?? ''}`).toBe(A_TXT);
  });

  it('passes the default identity of its own repository', () => {
    const policy = preparePolicy({
      kind: 'keyless',
      serverUrl: 'https://github.com',
      repository: 'sigstore-conformance/extremely-dangerous-public-oidc-beacon',
    });
    expect(verifySignedStatement(bundle, policy).ok).toBe(true);
  });

  it('is refused for another identity, saying which identity signed and what was required', () => {
    const verdict = verifySignedStatement(bundle, publicGood('https://github\\.com/acme/.*'));
    expect(verdict).toEqual({
      ok: false,
      found: 'other-identity',
      problem: `is signed by identity ${BEACON} (issuer https://token.actions.githubusercontent.com), but certificate-identity requires ^(?:https://github\\.com/acme/.*)$`,
    });
  });

  it('is refused when the identity only matches a prefix (the pattern is anchored)', () => {
    const prefix = escape('https://github.com/sigstore-conformance/extremely-dangerous');
    expect(verifySignedStatement(bundle, publicGood(prefix))).toMatchObject({
      found: 'other-identity',
    });
  });

  it('is refused for another issuer', () => {
    expect(
      verifySignedStatement(bundle, publicGood(undefined, 'https://accounts.google.com')),
    ).toMatchObject({
      ok: false,
      found: 'other-issuer',
      problem: expect.stringContaining(
        'certificate-oidc-issuer requires https://accounts.google.com',
      ),
    });
  });

  it('is not an image-promote source statement: verifyBundle sets it aside as another predicate', () => {
    expect(verifyBundle(bundle, A_TXT, publicGood())).toEqual({
      ok: false,
      found: 'other-predicate',
      problem:
        'carries a statement of predicate type https://slsa.dev/provenance/v1, not https://github.com/image-promote/source/v1',
    });
  });

  it('does not verify against another trusted root', () => {
    const staging = preparePolicy({
      kind: 'keyless',
      serverUrl: 'https://github.com',
      repository: 'x/y',
      certificateIdentity: escape(BEACON),
      trustedRoot: fixture('conformance-rekor2-dsse.trusted_root.json').toString(),
    });
    expect(verifySignedStatement(bundle, staging)).toMatchObject({
      ok: false,
      found: 'invalid',
      problem: expect.stringContaining('does not verify against the trusted-root given'),
    });
  });
});

describe('other conformance bundles', () => {
  it('a wrong DSSE signature is invalid', () => {
    const verdict = verifySignedStatement(
      fixture('conformance-dsse-invalid-sig.sigstore.json'),
      publicGood(),
    );
    expect(verdict).toMatchObject({ ok: false, found: 'invalid' });
  });

  it('a Rekor v2 (hashedrekord over DSSE) bundle with a timestamp verifies with its custom trusted root', () => {
    const policy = preparePolicy({
      kind: 'keyless',
      serverUrl: 'https://github.com',
      repository: 'x/y',
      certificateIdentity: escape(BEACON),
      trustedRoot: fixture('conformance-rekor2-dsse.trusted_root.json').toString(),
    });
    const verdict = verifySignedStatement(fixture('conformance-rekor2-dsse.sigstore.json'), policy);
    expect(verdict).toMatchObject({ ok: true, signer: { identity: BEACON } });
  });
});

describe('the pinned public-good trusted root', () => {
  it('is byte for byte the trusted_root.json target of Sigstore TUF targets.json v14', () => {
    const bytes = readFileSync(
      new URL('../../../src/provenance/public-good-trusted-root.json', import.meta.url),
    );
    // docs/trust.md "Refreshing the trusted root" says where this hash comes from.
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '6494e21ea73fa7ee769f85f57d5a3e6a08725eae1e38c755fc3517c9e6bc0b66',
    );
  });
});
