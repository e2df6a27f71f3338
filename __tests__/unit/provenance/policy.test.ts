/**
 * Policy inputs (src/provenance/policy.ts): the default certificate identity is exactly this
 * repository's workflows, every pattern is anchored, and bad inputs fail early with the
 * input's name.
 */
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../../src/errors.js';
import {
  anchoredPattern,
  defaultCertificateIdentity,
  GITHUB_ACTIONS_ISSUER,
  parseTrustedRoot,
  preparePolicy,
} from '../../../src/provenance/policy.js';

describe('the default certificate-identity', () => {
  const pattern = anchoredPattern(defaultCertificateIdentity('https://github.com', 'acme/app'));

  it.each([
    'https://github.com/acme/app/.github/workflows/deploy.yml@refs/heads/main',
    'https://github.com/acme/app/.github/workflows/release.yaml@refs/tags/v1.2.3',
    'https://github.com/acme/app/.github/workflows/ci.yml@refs/pull/7/merge',
  ])('accepts a workflow of the repository: %s', (san) => {
    expect(pattern.test(san)).toBe(true);
  });

  it.each([
    'https://github.com/acme/app-evil/.github/workflows/deploy.yml@refs/heads/main',
    'https://github.com/evil/app/.github/workflows/deploy.yml@refs/heads/main',
    'https://github.com/acme/app/.github/workflows/deploy.yml',
    'https://githubXcom/acme/app/.github/workflows/deploy.yml@refs/heads/main',
    'https://evil.example/https://github.com/acme/app/.github/workflows/x.yml@main',
    'https://github.com/acme/other/.github/workflows/reusable.yml@refs/heads/main',
  ])('refuses %s', (san) => {
    expect(pattern.test(san)).toBe(false);
  });

  it('follows a GHES host', () => {
    const ghes = anchoredPattern(defaultCertificateIdentity('https://ghe.example.com', 'a/b'));
    expect(ghes.test('https://ghe.example.com/a/b/.github/workflows/x.yml@refs/heads/main')).toBe(
      true,
    );
    expect(ghes.test('https://github.com/a/b/.github/workflows/x.yml@refs/heads/main')).toBe(false);
  });
});

describe('anchoredPattern', () => {
  it('anchors the whole alternation', () => {
    const p = anchoredPattern('a|b');
    expect(p.test('a')).toBe(true);
    expect(p.test('xb')).toBe(false);
    expect(p.test('ax')).toBe(false);
  });

  it('refuses an invalid or empty expression, naming certificate-identity', () => {
    expect(() => anchoredPattern('(')).toThrow(
      /^input 'certificate-identity': is not a valid regular expression/,
    );
    expect(() => anchoredPattern(' ')).toThrow(InputError);
  });
});

describe('preparePolicy', () => {
  it('defaults the issuer to GitHub Actions and the trusted root to public good', () => {
    const policy = preparePolicy({
      kind: 'keyless',
      serverUrl: 'https://github.com',
      repository: 'acme/app',
    });
    expect(policy).toMatchObject({
      kind: 'keyless',
      issuer: GITHUB_ACTIONS_ISSUER,
      trustName: 'the public-good trusted root',
      identityText: '^(?:https://github\\.com/acme/app/\\.github/workflows/[^@]+@.+)$',
    });
    if (policy.kind !== 'keyless') return;
    expect(policy.trust.tlogs.map((t) => t.baseURL)).toContain('https://rekor.sigstore.dev');
    expect(policy.trust.certificateAuthorities.length).toBeGreaterThan(0);
  });

  it.each<[string, string, RegExp]>([
    ['not JSON', '{', /is not valid JSON/],
    ['another document', '{"mediaType":"application/json"}', /is not a Sigstore trusted root/],
    [
      'a root without a CA',
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [],
      }),
      /lists 0 certificate authorities and 0 transparency logs/,
    ],
  ])('refuses a trusted-root that is %s', (_what, text, message) => {
    const input = {
      kind: 'keyless' as const,
      serverUrl: 'https://github.com',
      repository: 'a/b',
      trustedRoot: text,
    };
    expect(() => preparePolicy(input)).toThrow(/^input 'trusted-root': /);
    expect(() => preparePolicy(input)).toThrow(message);
  });

  it('refuses an empty certificate-oidc-issuer', () => {
    expect(() =>
      preparePolicy({
        kind: 'keyless',
        serverUrl: 'https://github.com',
        repository: 'a/b',
        certificateOidcIssuer: ' ',
      }),
    ).toThrow(/^input 'certificate-oidc-issuer': is empty/);
  });

  it('parses verify-key for the key policy', () => {
    expect(() => preparePolicy({ kind: 'key', verifyKey: 'nope' })).toThrow(/^input 'verify-key'/);
  });

  it('parseTrustedRoot reads the conformance staging root', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(
      new URL('../../fixtures/sigstore/conformance-rekor2-dsse.trusted_root.json', import.meta.url),
      'utf8',
    );
    expect(parseTrustedRoot(text).tlogs.length).toBeGreaterThan(0);
  });
});
