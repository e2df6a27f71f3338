/**
 * Signing and verifying a source statement offline (src/provenance/sign.ts, keyless.ts,
 * verify.ts): a key-based bundle carries only the key hint; a keyless one a Fulcio
 * certificate, a Rekor entry and a timestamp (mock Sigstore services with their own trusted
 * root, __tests__/support/sigstore-mock.ts). Each wrong key, identity, issuer, subject or
 * tampered byte is refused with the failure that names it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { InputError } from '../../../src/errors.js';
import { parseSigningKey } from '../../../src/provenance/keys.js';
import { preparePolicy } from '../../../src/provenance/policy.js';
import { createSigner } from '../../../src/provenance/sign.js';
import {
  buildSourceStatement,
  type SourceStatementFields,
} from '../../../src/provenance/statement.js';
import { verifyBundle } from '../../../src/provenance/verify.js';
import { redact } from '../../../src/redact.js';
import { githubClaims, startMockSigstore, type MockSigstore } from '../../support/sigstore-mock.js';

const DIGEST = `sha256:${'cd'.repeat(32)}`;
const OTHER = `sha256:${'ef'.repeat(32)}`;
const FIELDS: SourceStatementFields = {
  sourceKey: 'ab'.repeat(32),
  sourceKeyVersion: 'image-promote source key v1',
  repository: 'acme/app',
  serverUrl: 'https://github.com',
  commit: '1'.repeat(40),
  workflowRef: 'acme/app/.github/workflows/deploy.yml@refs/heads/main',
  runUrl: 'https://github.com/acme/app/actions/runs/42/attempts/1',
  imagePromoteVersion: '0.1.0',
};
const statement = (digest = DIGEST) =>
  buildSourceStatement({ name: 'ghcr.io/acme/api', digest }, FIELDS).bytes;

function p256(): { private: string; public: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    private: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    public: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

type Json = Record<string, unknown>;
const edit = (bundle: Buffer, change: (json: Json) => void): Buffer => {
  const json = JSON.parse(bundle.toString()) as Json;
  change(json);
  return Buffer.from(JSON.stringify(json));
};
const envelope = (json: Json) =>
  json.dsseEnvelope as { payload: string; signatures: { sig: string }[] };

describe('sign: key', () => {
  const key = p256();
  const keyPolicy = () => preparePolicy({ kind: 'key', verifyKey: key.public });
  let bundle: Buffer;

  beforeAll(async () => {
    const signer = await createSigner({ kind: 'key', signingKey: key.private });
    bundle = (await signer.sign(statement())).bundle;
  });

  it('makes a v0.3 bundle: DSSE over the in-toto statement, a public-key hint, no certificate, no log entry', () => {
    const json = JSON.parse(bundle.toString()) as Json;
    const hint = parseSigningKey(key.private).hint;
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    // Empty lists are left out, as protobuf JSON does: no log entry, no timestamp.
    expect(json.verificationMaterial).toEqual({
      publicKey: { hint },
      timestampVerificationData: {},
    });
    expect((json.dsseEnvelope as Json).payloadType).toBe('application/vnd.in-toto+json');
    expect(Buffer.from(envelope(json).payload, 'base64').equals(statement())).toBe(true);
  });

  it('verifies with verify-key and returns the statement and the key', () => {
    const verdict = verifyBundle(bundle, DIGEST, keyPolicy());
    const hint = parseSigningKey(key.private).hint;
    expect(verdict).toEqual({
      ok: true,
      signer: { identity: `key ${hint}`, keyHint: hint },
      statement: { ...FIELDS, subject: { name: 'ghcr.io/acme/api', digest: DIGEST } },
    });
  });

  it('verifies when verify-key lists other keys too', () => {
    const policy = preparePolicy({ kind: 'key', verifyKey: p256().public + key.public });
    expect(verifyBundle(bundle, DIGEST, policy).ok).toBe(true);
  });

  it('is other-key under another verify-key, naming both keys', () => {
    const other = p256().public;
    const verdict = verifyBundle(bundle, DIGEST, preparePolicy({ kind: 'key', verifyKey: other }));
    const hint = parseSigningKey(key.private).hint;
    expect(verdict).toMatchObject({ ok: false, found: 'other-key' });
    if (verdict.ok) return;
    expect(verdict.problem).toContain(
      `is signed by key ${hint}, but verify-key accepts only sha256:`,
    );
  });

  it('is other-subject for another image (a replayed statement)', () => {
    expect(verifyBundle(bundle, OTHER, keyPolicy())).toMatchObject({
      ok: false,
      found: 'other-subject',
      problem: expect.stringContaining(`about ${DIGEST} (ghcr.io/acme/api), another image`),
    });
  });

  it('is invalid when the statement was altered', () => {
    const tampered = edit(bundle, (json) => {
      const forged = statement().toString().replace('ab'.repeat(32), '00'.repeat(32));
      envelope(json).payload = Buffer.from(forged).toString('base64');
    });
    expect(verifyBundle(tampered, DIGEST, keyPolicy())).toMatchObject({
      ok: false,
      found: 'invalid',
      problem: expect.stringContaining('does not verify with the verify-key key it names'),
    });
  });

  it('is invalid when the signature was altered, or the bundle is not one', () => {
    const broken = edit(bundle, (json) => {
      const sig = Buffer.from(envelope(json).signatures[0]?.sig ?? '', 'base64');
      sig[sig.length - 1] = (sig[sig.length - 1] ?? 0) ^ 1;
      (envelope(json).signatures[0] as { sig: string }).sig = sig.toString('base64');
    });
    expect(verifyBundle(broken, DIGEST, keyPolicy())).toMatchObject({ found: 'invalid' });
    expect(verifyBundle(Buffer.from('{"mediaType":"x"}'), DIGEST, keyPolicy())).toMatchObject({
      found: 'invalid',
      problem: expect.stringContaining('not a valid Sigstore bundle'),
    });
  });

  it('is other-identity under a keyless policy (a key is not a certificate identity)', () => {
    const keyless = preparePolicy({
      kind: 'keyless',
      serverUrl: 'https://github.com',
      repository: 'acme/app',
    });
    expect(verifyBundle(bundle, DIGEST, keyless)).toMatchObject({
      found: 'other-identity',
      problem: expect.stringContaining('is signed with a key (sha256:'),
    });
  });

  it('refuses a non-P-256 signing-key when the signer is created', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await expect(createSigner({ kind: 'key', signingKey: pem })).rejects.toThrow(
      /^input 'signing-key': holds an EC key on curve secp384r1/,
    );
  });
});

describe('sign: keyless (mock Fulcio, Rekor and TSA)', () => {
  let mock: MockSigstore;
  let bundle: Buffer;
  const identity = 'https://github.com/acme/app/.github/workflows/deploy.yml@refs/heads/main';
  const policy = (
    overrides: Partial<Parameters<typeof preparePolicy>[0] & { kind: 'keyless' }> = {},
  ) =>
    preparePolicy({
      kind: 'keyless',
      serverUrl: 'https://github.com',
      repository: 'acme/app',
      trustedRoot: mock.trustedRoot,
      ...overrides,
    });

  beforeAll(async () => {
    mock = await startMockSigstore();
    const signer = await createSigner({
      kind: 'keyless',
      fulcioUrl: mock.fulcioUrl,
      rekorUrl: mock.rekorUrl,
      tsaUrl: mock.tsaUrl,
      env: mock.env,
    });
    const signed = await signer.sign(statement());
    bundle = signed.bundle;
    expect(signed.signer).toEqual({
      identity,
      issuer: 'https://token.actions.githubusercontent.com',
    });
    expect(signed.signedAt).toBeInstanceOf(Date);
  });
  afterAll(async () => {
    await mock.stop();
  });

  it('asked the token service for audience sigstore, then Fulcio, Rekor and the TSA', () => {
    expect(mock.requests).toEqual(
      expect.arrayContaining([
        'GET /token',
        'POST /api/v2/signingCert',
        'POST /api/v1/log/entries',
        'POST /api/v1/timestamp',
      ]),
    );
    const claims = JSON.parse(
      Buffer.from(mock.issued[0]?.split('.')[1] ?? '', 'base64url').toString(),
    ) as { aud: string };
    expect(claims.aud).toBe('sigstore');
  });

  it('made a v0.3 bundle with a certificate, a dsse log entry and a timestamp', () => {
    const json = JSON.parse(bundle.toString()) as {
      mediaType: string;
      verificationMaterial: Json & {
        tlogEntries: { kindVersion: Json }[];
        timestampVerificationData: { rfc3161Timestamps: unknown[] };
      };
    };
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(json.verificationMaterial).toHaveProperty('certificate');
    expect(json.verificationMaterial.tlogEntries[0]?.kindVersion).toEqual({
      kind: 'dsse',
      version: '0.0.1',
    });
    expect(json.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
  });

  it('registered the OIDC tokens with the redactor', () => {
    expect(redact(`token ${mock.issued[0] ?? ''}`)).toBe('token ***');
    expect(redact(`request ${mock.requestToken}`)).toBe('request ***');
  });

  it('verifies against the mock trusted root with the default identity of the repository', () => {
    const verdict = verifyBundle(bundle, DIGEST, policy());
    expect(verdict).toMatchObject({
      ok: true,
      signer: { identity, issuer: 'https://token.actions.githubusercontent.com' },
      statement: { sourceKey: FIELDS.sourceKey, runUrl: FIELDS.runUrl },
    });
    if (verdict.ok) expect(verdict.signedAt).toBeInstanceOf(Date);
  });

  it('is other-identity for another repository, saying who signed and what was required', () => {
    const verdict = verifyBundle(bundle, DIGEST, policy({ repository: 'acme/other' }));
    expect(verdict).toEqual({
      ok: false,
      found: 'other-identity',
      problem: `is signed by identity ${identity} (issuer https://token.actions.githubusercontent.com), but certificate-identity requires ^(?:https://github\\.com/acme/other/\\.github/workflows/[^@]+@.+)$`,
    });
  });

  it('is other-issuer for another issuer', () => {
    expect(
      verifyBundle(bundle, DIGEST, policy({ certificateOidcIssuer: 'https://issuer.example' })),
    ).toMatchObject({
      found: 'other-issuer',
    });
  });

  it('checks the source repository extension when asked', () => {
    expect(
      verifyBundle(bundle, DIGEST, policy({ sourceRepositoryUri: 'https://github.com/acme/app' }))
        .ok,
    ).toBe(true);
    expect(
      verifyBundle(bundle, DIGEST, policy({ sourceRepositoryUri: 'https://github.com/evil/app' })),
    ).toMatchObject({
      found: 'other-identity',
      problem: expect.stringContaining(
        'from source repository https://github.com/acme/app, but the policy requires https://github.com/evil/app',
      ),
    });
  });

  it('is invalid against the public-good trusted root (the mock CA is not trusted there)', () => {
    expect(verifyBundle(bundle, DIGEST, policy({ trustedRoot: undefined }))).toMatchObject({
      found: 'invalid',
      problem: expect.stringContaining('does not verify against the public-good trusted root'),
    });
  });

  it('is invalid when the statement was altered after logging', () => {
    const tampered = edit(bundle, (json) => {
      envelope(json).payload = statement(OTHER).toString('base64');
    });
    expect(verifyBundle(tampered, OTHER, policy())).toMatchObject({ found: 'invalid' });
  });

  it('is other-key under a key policy', () => {
    expect(
      verifyBundle(bundle, DIGEST, preparePolicy({ kind: 'key', verifyKey: p256().public })),
    ).toMatchObject({
      found: 'other-key',
      problem: expect.stringContaining(`is signed keylessly (a certificate for ${identity})`),
    });
  });

  it('without id-token permission fails naming the input and the permission', async () => {
    const signer = await createSigner({
      kind: 'keyless',
      fulcioUrl: mock.fulcioUrl,
      rekorUrl: mock.rekorUrl,
      env: {},
    });
    const attempt = signer.sign(statement());
    await expect(attempt).rejects.toThrow(InputError);
    await expect(attempt).rejects.toThrow(
      /^input 'sign': keyless signing needs the workflow OIDC token.*id-token: write/,
    );
  });

  it('a token service that refuses the request token fails with what it answered', async () => {
    const signer = await createSigner({
      kind: 'keyless',
      fulcioUrl: mock.fulcioUrl,
      rekorUrl: mock.rekorUrl,
      env: { ...mock.env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong-request-token' },
    });
    await expect(signer.sign(statement())).rejects.toThrow(
      /could not get the workflow's OIDC token \(HTTP 401/,
    );
  });

  it('refuses a fulcio-url that is not an http(s) URL, naming it', async () => {
    await expect(createSigner({ kind: 'keyless', fulcioUrl: 'ftp://x' })).rejects.toThrow(
      /^input 'fulcio-url': must be an http\(s\) URL/,
    );
  });

  it('signs for the identity the token names (another workflow of the repository)', async () => {
    mock.claims = githubClaims('acme/app', 'release.yml', 'refs/tags/v1.0.0');
    try {
      const signer = await createSigner({
        kind: 'keyless',
        fulcioUrl: mock.fulcioUrl,
        rekorUrl: mock.rekorUrl,
        env: mock.env,
      });
      const signed = await signer.sign(statement());
      expect(signed.signer.identity).toBe(
        'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0',
      );
      expect(verifyBundle(signed.bundle, DIGEST, policy()).ok).toBe(true);
      const pinned = policy({
        certificateIdentity:
          'https://github\\.com/acme/app/\\.github/workflows/deploy\\.yml@refs/heads/main',
      });
      expect(verifyBundle(signed.bundle, DIGEST, pinned)).toMatchObject({
        found: 'other-identity',
      });
    } finally {
      mock.claims = githubClaims('acme/app');
    }
  });
});
