/**
 * Sign → store → find → verify against a real registry: distribution 2.8.2 (no referrers API,
 * so bundles go into the referrers tag schema) and an in-memory OCI 1.1 registry with the
 * referrers API. Key-based and keyless (mock Fulcio/Rekor/TSA) signing; the failures an
 * attacker or a mistake produces (unsigned, wrong key, a statement copied from another image,
 * a tampered bundle); bundles other tools attached (a real public SLSA provenance bundle) are
 * kept and read; bundles copied with an image verify in the other repository.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { silentLogger } from '../../../src/log.js';
import { copyBundles } from '../../../src/provenance/copy.js';
import { preparePolicy, type PreparedPolicy } from '../../../src/provenance/policy.js';
import { createSigner, signImage, type StatementSigner } from '../../../src/provenance/sign.js';
import type { SourceStatementFields } from '../../../src/provenance/statement.js';
import { BUNDLE_V03_MEDIA_TYPE, findBundles, verifyImage } from '../../../src/provenance/verify.js';
import { parseReference, type ImageReference } from '../../../src/reference.js';
import { createRegistryProvider } from '../../../src/registry/provider.js';
import {
  buildArtifactManifest,
  listReferrers,
  pushReferrer,
  referrersTag,
} from '../../../src/registry/referrers.js';
import { isArtifactStore, type ArtifactStore } from '../../../src/registry/types.js';
import { sharedRegistry } from '../../support/env.js';
import {
  getManifest,
  OCI_MANIFEST,
  pushImage,
  sha256,
  type PushedImage,
} from '../../support/oci-fixtures.js';
import {
  startReferrersRegistry,
  type ReferrersRegistry,
} from '../../support/referrers-registry.js';
import { startMockSigstore, type MockSigstore } from '../../support/sigstore-mock.js';

const prefix = `provenance${Date.now()}`;
const noSleep = () => Promise.resolve();
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

function p256(): { private: string; public: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    private: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    public: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

async function storeFor(host: string): Promise<ArtifactStore> {
  const provider = createRegistryProvider({ logger: silentLogger, env: {} });
  const registry = await provider.forReference(parseReference(`${host}/x/y`));
  if (!isArtifactStore(registry)) throw new Error('the OCI backend must be an ArtifactStore');
  return registry;
}

/** Attaches bundle bytes to an image the way another tool would (cosign / attest-build-provenance). */
async function attachForeignBundle(
  store: ArtifactStore,
  repo: ImageReference,
  image: PushedImage,
  bundle: Buffer,
  predicateType: string,
): Promise<string> {
  const layer = await store.writeBlob(repo, bundle);
  await store.writeBlob(repo, Buffer.from('{}'));
  const manifest = buildArtifactManifest({
    artifactType: BUNDLE_V03_MEDIA_TYPE,
    subject: { mediaType: OCI_MANIFEST, digest: image.digest, size: image.manifest.length },
    layers: [{ ...layer, mediaType: BUNDLE_V03_MEDIA_TYPE }],
    annotations: {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': predicateType,
      'org.opencontainers.image.created': '2024-12-16T18:42:56Z',
    },
  });
  await pushReferrer(store, repo, manifest, { sleep: noSleep });
  return sha256(manifest.bytes);
}

const slsaBundle = readFileSync(
  new URL('../../fixtures/sigstore/conformance-dsse-v3.sigstore.json', import.meta.url),
);

describe('key-based, on distribution 2.8.2 (referrers tag schema)', () => {
  const { url, host } = sharedRegistry();
  const target = { url };
  const path = `${prefix}/api`;
  const repo = parseReference(`${host}/${path}`);
  const key = p256();
  let store: ArtifactStore;
  let signer: StatementSigner;
  let policy: PreparedPolicy;

  beforeAll(async () => {
    store = await storeFor(host);
    signer = await createSigner({ kind: 'key', signingKey: key.private });
    policy = preparePolicy({ kind: 'key', verifyKey: key.public });
  });

  it('signs, stores as a referrer in the tag schema, finds and verifies it', async () => {
    const image = await pushImage(target, path, 'v1', { seed: 'prov-signed' });
    const signed = await signImage(store, repo, image.digest, FIELDS, signer, {
      sleep: noSleep,
      now: () => new Date('2026-01-02T03:04:05Z'),
    });
    expect(signed.via).toBe('tag-schema');
    expect(signed.statement.subject).toEqual({ name: repo.name, digest: image.digest });

    const index = await getManifest(target, path, referrersTag(image.digest));
    const listed = JSON.parse(index?.bytes.toString() ?? '') as { manifests: unknown[] };
    expect(listed.manifests).toEqual([
      {
        mediaType: OCI_MANIFEST,
        digest: signed.referrer,
        size: expect.any(Number),
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        annotations: {
          'dev.sigstore.bundle.content': 'dsse-envelope',
          'dev.sigstore.bundle.predicateType': 'https://github.com/image-promote/source/v1',
          'org.opencontainers.image.created': '2026-01-02T03:04:05.000Z',
        },
      },
    ]);
    const referrer = await getManifest(target, path, signed.referrer);
    expect(JSON.parse(referrer?.bytes.toString() ?? '')).toMatchObject({
      mediaType: OCI_MANIFEST,
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2 },
      layers: [
        {
          mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          digest: sha256(signed.bundle),
        },
      ],
      subject: { mediaType: OCI_MANIFEST, digest: image.digest, size: image.manifest.length },
    });

    const found = await findBundles(store, repo, image.digest);
    expect(found.map((f) => [f.referrer, f.via, f.bundle.equals(signed.bundle)])).toEqual([
      [signed.referrer, 'tag-schema', true],
    ]);
    const result = await verifyImage(store, repo, image.digest, policy);
    expect(result).toEqual({
      ok: true,
      digest: image.digest,
      signer: signed.signer,
      statement: { ...FIELDS, subject: { name: repo.name, digest: image.digest } },
      referrer: signed.referrer,
    });
  });

  it('an unsigned image is "none", naming the digest and repository', async () => {
    const image = await pushImage(target, path, 'unsigned', { seed: 'prov-unsigned' });
    await expect(verifyImage(store, repo, image.digest, policy)).resolves.toEqual({
      ok: false,
      digest: image.digest,
      found: 'none',
      problem: expect.stringMatching(
        new RegExp(`^${image.digest} in ${repo.name} has no Sigstore bundle attached`),
      ),
    });
  });

  it('a bundle by another key is "other-key"', async () => {
    const image = await pushImage(target, path, 'other-key', { seed: 'prov-other-key' });
    const stranger = await createSigner({ kind: 'key', signingKey: p256().private });
    await signImage(store, repo, image.digest, FIELDS, stranger, { sleep: noSleep });
    const result = await verifyImage(store, repo, image.digest, policy);
    expect(result).toMatchObject({ ok: false, found: 'other-key' });
  });

  it('a statement copied from another image is "other-subject"', async () => {
    const original = await pushImage(target, path, 'original', { seed: 'prov-original' });
    const victim = await pushImage(target, path, 'victim', { seed: 'prov-victim' });
    const signed = await signImage(store, repo, original.digest, FIELDS, signer, {
      sleep: noSleep,
    });
    // An attacker who can push attaches the genuine bundle of `original` to `victim`.
    await attachForeignBundle(
      store,
      repo,
      victim,
      signed.bundle,
      'https://github.com/image-promote/source/v1',
    );
    const result = await verifyImage(store, repo, victim.digest, policy);
    expect(result).toMatchObject({ ok: false, found: 'other-subject' });
    if (!result.ok) expect(result.problem).toContain(`about ${original.digest}`);
  });

  it('a tampered bundle is "invalid"', async () => {
    const image = await pushImage(target, path, 'tampered', { seed: 'prov-tampered' });
    const signed = await signer.sign(
      Buffer.from(
        JSON.stringify({
          _type: 'https://in-toto.io/Statement/v1',
          subject: [{ name: repo.name, digest: { sha256: image.digest.slice(7) } }],
          predicateType: 'https://github.com/image-promote/source/v1',
          predicate: { ...FIELDS },
        }),
      ),
    );
    const json = JSON.parse(signed.bundle.toString()) as { dsseEnvelope: { payload: string } };
    const forged = Buffer.from(json.dsseEnvelope.payload, 'base64')
      .toString()
      .replace('ab'.repeat(32), 'ef'.repeat(32));
    json.dsseEnvelope.payload = Buffer.from(forged).toString('base64');
    await attachForeignBundle(
      store,
      repo,
      image,
      Buffer.from(JSON.stringify(json)),
      'https://github.com/image-promote/source/v1',
    );
    await expect(verifyImage(store, repo, image.digest, policy)).resolves.toMatchObject({
      ok: false,
      found: 'invalid',
    });
  });

  it('keeps and reads a bundle another tool attached (real public SLSA provenance)', async () => {
    const image = await pushImage(target, path, 'with-slsa', { seed: 'prov-with-slsa' });
    const theirs = await attachForeignBundle(
      store,
      repo,
      image,
      slsaBundle,
      'https://slsa.dev/provenance/v1',
    );
    // Only theirs: set aside as another predicate, never mistaken for a signature of ours.
    await expect(verifyImage(store, repo, image.digest, policy)).resolves.toMatchObject({
      ok: false,
      found: 'other-predicate',
    });
    const signed = await signImage(store, repo, image.digest, FIELDS, signer, { sleep: noSleep });
    const { referrers } = await listReferrers(store, repo, image.digest);
    expect(
      referrers.map((r) => [r.digest, r.annotations?.['dev.sigstore.bundle.predicateType']]),
    ).toEqual([
      [theirs, 'https://slsa.dev/provenance/v1'],
      [signed.referrer, 'https://github.com/image-promote/source/v1'],
    ]);
    const found = await findBundles(store, repo, image.digest);
    expect(found.map((f) => f.referrer)).toEqual([signed.referrer, theirs]);
    expect(found[1]?.bundle.equals(slsaBundle)).toBe(true);
    await expect(verifyImage(store, repo, image.digest, policy)).resolves.toMatchObject({
      ok: true,
      referrer: signed.referrer,
    });
  });

  it('copies the bundles with the image; they verify in the other repository', async () => {
    const image = await pushImage(target, path, 'promote', { seed: 'prov-promote' });
    await attachForeignBundle(store, repo, image, slsaBundle, 'https://slsa.dev/provenance/v1');
    await signImage(store, repo, image.digest, FIELDS, signer, { sleep: noSleep });
    const prodPath = `${prefix}/prod-api`;
    const prod = parseReference(`${host}/${prodPath}`);
    await pushImage(target, prodPath, 'v1', { seed: 'prov-promote' });
    await expect(verifyImage(store, prod, image.digest, policy)).resolves.toMatchObject({
      found: 'none',
    });
    const copied = await copyBundles(
      { store, repository: repo },
      { store, repository: prod },
      image.digest,
      { sleep: noSleep },
    );
    expect(copied).toHaveLength(2);
    const result = await verifyImage(store, prod, image.digest, policy);
    expect(result).toMatchObject({ ok: true, statement: { subject: { name: repo.name } } });
  });

  it('refuses to sign a digest the repository does not hold', async () => {
    await expect(
      signImage(store, repo, `sha256:${'0'.repeat(64)}`, FIELDS, signer),
    ).rejects.toThrow(/does not hold it — push the image first/);
  });
});

describe('keyless (mock Sigstore) on distribution 2.8.2', () => {
  let mock: MockSigstore;

  beforeAll(async () => {
    mock = await startMockSigstore();
  });
  afterAll(async () => {
    await mock.stop();
  });

  it('signs with a Fulcio certificate and a Rekor entry, stores, verifies with the identity', async () => {
    const { url, host } = sharedRegistry();
    const path = `${prefix}/keyless`;
    const repo = parseReference(`${host}/${path}`);
    const image = await pushImage({ url }, path, 'v1', { seed: 'prov-keyless' });
    const store = await storeFor(host);
    const signer = await createSigner({
      kind: 'keyless',
      fulcioUrl: mock.fulcioUrl,
      rekorUrl: mock.rekorUrl,
      env: mock.env,
    });
    const signed = await signImage(store, repo, image.digest, FIELDS, signer, { sleep: noSleep });
    const identity = 'https://github.com/acme/app/.github/workflows/deploy.yml@refs/heads/main';
    expect(signed.signer.identity).toBe(identity);
    const policy = preparePolicy({
      kind: 'keyless',
      serverUrl: 'https://github.com',
      repository: 'acme/app',
      trustedRoot: mock.trustedRoot,
    });
    const result = await verifyImage(store, repo, image.digest, policy);
    expect(result).toMatchObject({
      ok: true,
      signer: { identity, issuer: 'https://token.actions.githubusercontent.com' },
    });
    if (result.ok) expect(result.signedAt).toBeInstanceOf(Date);
    const other = preparePolicy({
      kind: 'keyless',
      serverUrl: 'https://github.com',
      repository: 'acme/other',
      trustedRoot: mock.trustedRoot,
    });
    const refused = await verifyImage(store, repo, image.digest, other);
    expect(refused).toMatchObject({ ok: false, found: 'other-identity' });
    if (!refused.ok) {
      expect(refused.problem).toBe(
        `${image.digest} in ${repo.name} is signed by identity ${identity} (issuer https://token.actions.githubusercontent.com), but certificate-identity requires ^(?:https://github\\.com/acme/other/\\.github/workflows/[^@]+@.+)$`,
      );
    }
  });
});

describe('a registry with the referrers API (in-memory OCI 1.1)', () => {
  let server: ReferrersRegistry;

  beforeAll(async () => {
    server = await startReferrersRegistry();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('stores through the API (no referrers tag) and verifies', async () => {
    const key = p256();
    const image = await pushImage({ url: `http://${server.host}` }, 'team/api', 'v1', {
      seed: 'prov-api',
    });
    const store = await storeFor(server.host);
    const repo = parseReference(`${server.host}/team/api`);
    const signer = await createSigner({ kind: 'key', signingKey: key.private });
    const signed = await signImage(store, repo, image.digest, FIELDS, signer, { sleep: noSleep });
    expect(signed.via).toBe('api');
    expect(server.requests.some((r) => r.includes('/manifests/sha256-'))).toBe(false);
    const result = await verifyImage(
      store,
      repo,
      image.digest,
      preparePolicy({ kind: 'key', verifyKey: key.public }),
    );
    expect(result).toMatchObject({ ok: true, referrer: signed.referrer });
  });
});
