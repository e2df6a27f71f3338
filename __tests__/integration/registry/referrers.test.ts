/**
 * The artifact store (src/registry/types.ts ArtifactStore, in oci.ts) and the referrers
 * support (src/registry/referrers.ts) against real registries: distribution 2.8.2, which has
 * no referrers API, so referrers go into the referrers tag schema; and a small in-memory 1.1
 * registry (__tests__/support/referrers-registry.ts) that indexes subjects itself.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { silentLogger } from '../../../src/log.js';
import { parseReference, withTagAndDigest, type ImageReference } from '../../../src/reference.js';
import { RegistryError } from '../../../src/registry/http.js';
import { createRegistryProvider } from '../../../src/registry/provider.js';
import {
  buildArtifactManifest,
  copyReferrers,
  listReferrers,
  pushReferrer,
  referrersTag,
} from '../../../src/registry/referrers.js';
import { TAG_CONFLICT } from '../../../src/registry/tag-precondition.js';
import { isArtifactStore, type ArtifactStore } from '../../../src/registry/types.js';
import { sharedRegistry } from '../../support/env.js';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';
import {
  getManifest,
  OCI_INDEX,
  OCI_MANIFEST,
  pushBlob,
  pushImage,
  pushManifest,
  sha256,
  type PushedImage,
} from '../../support/oci-fixtures.js';
import {
  startReferrersRegistry,
  type ReferrersRegistry,
} from '../../support/referrers-registry.js';

const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const prefix = `referrers${Date.now()}`;
const noSleep = () => Promise.resolve();

async function storeFor(host: string): Promise<ArtifactStore> {
  const provider = createRegistryProvider({ logger: silentLogger, env: {} });
  const registry = await provider.forReference(parseReference(`${host}/x/y`));
  if (!isArtifactStore(registry)) throw new Error('the OCI backend must be an ArtifactStore');
  return registry;
}

/** A referrer of `subject`: one blob layer holding `text`, pushed through the store. */
async function referrerManifest(
  store: ArtifactStore,
  repo: ImageReference,
  subject: PushedImage,
  text: string,
): Promise<{ bytes: Buffer; mediaType: string }> {
  const layer = await store.writeBlob(repo, Buffer.from(text));
  await store.writeBlob(repo, Buffer.from('{}'));
  return buildArtifactManifest({
    artifactType: BUNDLE,
    subject: { mediaType: OCI_MANIFEST, digest: subject.digest, size: subject.manifest.length },
    layers: [{ ...layer, mediaType: BUNDLE }],
    annotations: { 'dev.sigstore.bundle.predicateType': `https://example.com/${text}` },
  });
}

/**
 * Another tool's referrer (cosign v3's layout), pushed straight through the distribution API:
 * the registry refuses an index that lists a manifest it does not hold.
 */
async function foreignReferrer(
  target: { url: string },
  repoPath: string,
  subject: PushedImage,
  text: string,
): Promise<{
  mediaType: string;
  digest: string;
  size: number;
  artifactType: string;
  annotations: Record<string, string>;
}> {
  const layer = Buffer.from(text);
  await pushBlob(target, repoPath, layer);
  await pushBlob(target, repoPath, Buffer.from('{}'));
  const annotations = {
    'dev.sigstore.bundle.content': 'dsse-envelope',
    'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
    'org.opencontainers.image.created': '2024-03-08T18:18:20.406Z',
  };
  const manifest = buildArtifactManifest({
    artifactType: BUNDLE,
    subject: { mediaType: OCI_MANIFEST, digest: subject.digest, size: subject.manifest.length },
    layers: [{ mediaType: BUNDLE, digest: sha256(layer), size: layer.length }],
    annotations,
  });
  const digest = await pushManifest(
    target,
    repoPath,
    sha256(manifest.bytes),
    manifest.bytes,
    OCI_MANIFEST,
  );
  return {
    mediaType: OCI_MANIFEST,
    digest,
    size: manifest.bytes.length,
    artifactType: BUNDLE,
    annotations,
  };
}

describe('distribution 2.8.2 (no referrers API)', () => {
  const { url, host: localhost } = sharedRegistry();
  const target = { url };
  const repoPath = `${prefix}/app`;
  const repo = parseReference(`${localhost}/${repoPath}`);
  let store: ArtifactStore;
  let image: PushedImage;

  beforeAll(async () => {
    store = await storeFor(localhost);
    image = await pushImage(target, repoPath, 'v1', { seed: 'referrers-subject' });
  });

  it('has no referrers API: referrers() is undefined, so the tag schema applies', async () => {
    await expect(store.referrers(repo, image.digest)).resolves.toBeUndefined();
  });

  it('uploads a blob once and reads it back verified', async () => {
    const bytes = Buffer.from(`blob ${prefix}`);
    const first = await store.writeBlob(repo, bytes);
    expect(first).toEqual({ digest: sha256(bytes), size: bytes.length });
    await expect(store.writeBlob(repo, bytes)).resolves.toEqual(first);
    await expect(store.readBlob(repo, first.digest)).resolves.toEqual(bytes);
  });

  it('writes a manifest by digest and reads the exact bytes back', async () => {
    const manifest = await referrerManifest(store, repo, image, 'by-digest');
    const digest = sha256(manifest.bytes);
    const written = await store.writeManifest(withTagAndDigest(repo, undefined, digest), manifest);
    expect(written).toMatchObject({
      descriptor: { digest, mediaType: OCI_MANIFEST, size: manifest.bytes.length },
      changed: true,
      // distribution 2.8.2 does not answer OCI-Subject
      subjectIndexed: false,
    });
    const read = await store.readManifest(withTagAndDigest(repo, undefined, digest));
    expect(read?.bytes.equals(manifest.bytes)).toBe(true);
    expect(read?.digest).toBe(digest);
  });

  it('a tag write honours expectCurrent and the overwrite rule', async () => {
    const one = await referrerManifest(store, repo, image, 'tag-one');
    const two = await referrerManifest(store, repo, image, 'tag-two');
    const ref = withTagAndDigest(repo, 'rmw');
    await store.writeManifest(ref, one, { expectCurrent: null });
    const conflict = store.writeManifest(ref, two, { allowOverwrite: true, expectCurrent: null });
    await expect(conflict).rejects.toThrow(RegistryError);
    await expect(conflict).rejects.toMatchObject({ info: { code: TAG_CONFLICT } });
    await expect(store.writeManifest(ref, two)).rejects.toThrow(/refusing to move it/);
    const moved = await store.writeManifest(ref, two, {
      allowOverwrite: true,
      expectCurrent: sha256(one.bytes),
    });
    expect(moved.descriptor.digest).toBe(sha256(two.bytes));
    expect((await store.readManifest(ref))?.digest).toBe(sha256(two.bytes));
  });

  it('adds a referrer to the referrers tag, keeping a cosign-style entry that was there', async () => {
    const subject = await pushImage(target, repoPath, 'keep', { seed: 'referrers-keep' });
    const cosign = await foreignReferrer(target, repoPath, subject, 'cosign bundle');
    const existing = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [cosign] }),
    );
    await pushManifest(target, repoPath, referrersTag(subject.digest), existing, OCI_INDEX);

    const manifest = await referrerManifest(store, repo, subject, 'ours');
    const pushed = await pushReferrer(store, repo, manifest, { sleep: noSleep });
    expect(pushed.via).toBe('tag-schema');
    const ours = {
      mediaType: OCI_MANIFEST,
      digest: sha256(manifest.bytes),
      size: manifest.bytes.length,
      artifactType: BUNDLE,
      annotations: { 'dev.sigstore.bundle.predicateType': 'https://example.com/ours' },
    };
    expect(pushed.descriptor).toEqual(ours);

    const raw = await getManifest(target, repoPath, referrersTag(subject.digest));
    expect(JSON.parse(raw?.bytes.toString() ?? '')).toEqual({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [cosign, ours],
    });
    await expect(listReferrers(store, repo, subject.digest, BUNDLE)).resolves.toEqual({
      source: 'tag-schema',
      referrers: [cosign, ours],
    });
    // Pushing it again lists it once.
    await pushReferrer(store, repo, manifest, { sleep: noSleep });
    expect((await listReferrers(store, repo, subject.digest)).referrers).toHaveLength(2);
  });

  it('lists nothing for an image without referrers, or whose tag holds no index', async () => {
    const lone = await pushImage(target, repoPath, 'lone', { seed: 'referrers-lone' });
    await expect(listReferrers(store, repo, lone.digest)).resolves.toEqual({
      source: 'tag-schema',
      referrers: [],
    });
    await pushManifest(target, repoPath, referrersTag(lone.digest), lone.manifest, OCI_MANIFEST);
    await expect(listReferrers(store, repo, lone.digest)).resolves.toEqual({
      source: 'tag-schema',
      referrers: [],
    });
    // …and refuses to overwrite that tag.
    const manifest = await referrerManifest(store, repo, lone, 'refused');
    await expect(pushReferrer(store, repo, manifest, { sleep: noSleep })).rejects.toThrow(
      /referrers tag of an image, but it holds something else/,
    );
  });

  it('copies referrers (manifests and blobs) to another repository', async () => {
    const subject = await pushImage(target, repoPath, 'copy', { seed: 'referrers-copy' });
    const manifest = await referrerManifest(store, repo, subject, 'copied');
    await pushReferrer(store, repo, manifest, { sleep: noSleep });
    const otherPath = `${prefix}/other`;
    const other = parseReference(`${localhost}/${otherPath}`);
    const copied = await copyReferrers(
      { store, repo },
      { store, repo: other },
      subject.digest,
      (r) => r.artifactType === BUNDLE,
      { sleep: noSleep },
    );
    expect(copied.map((c) => [c.digest, c.via])).toEqual([[sha256(manifest.bytes), 'tag-schema']]);
    const listed = await listReferrers(store, other, subject.digest);
    expect(listed.referrers.map((r) => r.digest)).toEqual([sha256(manifest.bytes)]);
    const copiedManifest = await store.readManifest(
      withTagAndDigest(other, undefined, sha256(manifest.bytes)),
    );
    expect(copiedManifest?.bytes.equals(manifest.bytes)).toBe(true);
    const layer = JSON.parse(manifest.bytes.toString()) as { layers: { digest: string }[] };
    await expect(store.readBlob(other, layer.layers[0]?.digest ?? '')).resolves.toEqual(
      Buffer.from('copied'),
    );
  });

  it('skips a listed referrer whose manifest names another subject', async () => {
    const subject = await pushImage(target, repoPath, 'liar', { seed: 'referrers-liar' });
    const elsewhere = await pushImage(target, repoPath, 'elsewhere', { seed: 'referrers-else' });
    const foreign = await referrerManifest(store, repo, elsewhere, 'foreign');
    await pushManifest(target, repoPath, sha256(foreign.bytes), foreign.bytes, OCI_MANIFEST);
    const index = {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        { mediaType: OCI_MANIFEST, digest: sha256(foreign.bytes), size: foreign.bytes.length },
      ],
    };
    await pushManifest(
      target,
      repoPath,
      referrersTag(subject.digest),
      Buffer.from(JSON.stringify(index)),
      OCI_INDEX,
    );
    const other = parseReference(`${localhost}/${prefix}/liar-target`);
    await expect(
      copyReferrers({ store, repo }, { store, repo: other }, subject.digest, () => true),
    ).resolves.toEqual([]);
  });
});

describe('a writer that replaces the referrers tag between our write and its read-back', () => {
  let proxy: FaultProxy;
  const repoPath = `${prefix}/race`;

  beforeAll(async () => {
    proxy = await startFaultProxy({ upstream: sharedRegistry().url, seed: 7 });
  });
  afterAll(async () => {
    await proxy.stop();
  });

  it('is noticed (TAG_MOVED) and the read-modify-write starts over, keeping both entries', async () => {
    const direct = { url: sharedRegistry().url };
    const subject = await pushImage(direct, repoPath, 'v1', { seed: 'referrers-race' });
    const store = await storeFor(proxy.host);
    const repo = parseReference(`${proxy.host}/${repoPath}`);
    const tag = referrersTag(subject.digest);
    const theirs = await foreignReferrer(direct, repoPath, subject, 'their bundle');
    let putSeen = false;
    let injected = false;
    proxy.onRequest(async (req) => {
      if (req.path.endsWith(`/manifests/${tag}`) && req.method === 'PUT') putSeen = true;
      // Our read-back GET after our PUT: another writer replaced the index just before it.
      if (putSeen && !injected && req.method === 'GET' && req.path.endsWith(`/manifests/${tag}`)) {
        injected = true;
        const index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [theirs] };
        await pushManifest(direct, repoPath, tag, Buffer.from(JSON.stringify(index)), OCI_INDEX);
      }
    });
    try {
      const manifest = await referrerManifest(store, repo, subject, 'race');
      await pushReferrer(store, repo, manifest, { sleep: noSleep });
      expect(injected).toBe(true);
      const { referrers } = await listReferrers(store, repo, subject.digest);
      expect(referrers.map((r) => r.digest)).toEqual([theirs.digest, sha256(manifest.bytes)]);
    } finally {
      proxy.onRequest(undefined);
    }
  });
});

describe('a registry with the referrers API (in-memory OCI 1.1)', () => {
  let server: ReferrersRegistry;
  let store: ArtifactStore;
  let repo: ImageReference;

  beforeAll(async () => {
    server = await startReferrersRegistry();
    store = await storeFor(server.host);
    repo = parseReference(`${server.host}/team/app`);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('indexes the subject itself: no referrers tag is written, the API lists it', async () => {
    const image = await pushImage({ url: `http://${server.host}` }, 'team/app', 'v1', {
      seed: 'api-subject',
    });
    const manifest = await referrerManifest(store, repo, image, 'api');
    const pushed = await pushReferrer(store, repo, manifest, { sleep: noSleep });
    expect(pushed.via).toBe('api');
    expect(server.requests.some((r) => r.includes(referrersTag(image.digest)))).toBe(false);
    const listed = await listReferrers(store, repo, image.digest, BUNDLE);
    expect(listed.source).toBe('api');
    expect(listed.referrers).toEqual([pushed.descriptor]);
    await expect(listReferrers(store, repo, image.digest, 'application/other')).resolves.toEqual({
      source: 'api',
      referrers: [],
    });
  });

  it('copies from a tag-schema registry into a referrers-API registry', async () => {
    const { host } = sharedRegistry();
    const fromPath = `${prefix}/to-api`;
    const image = await pushImage({ url: sharedRegistry().url }, fromPath, 'v1', {
      seed: 'cross',
    });
    await pushImage({ url: `http://${server.host}` }, 'team/copy', 'v1', { seed: 'cross' });
    const fromStore = await storeFor(host);
    const from = parseReference(`${host}/${fromPath}`);
    const manifest = await referrerManifest(fromStore, from, image, 'cross');
    await pushReferrer(fromStore, from, manifest, { sleep: noSleep });
    const to = parseReference(`${server.host}/team/copy`);
    const copied = await copyReferrers(
      { store: fromStore, repo: from },
      { store, repo: to },
      image.digest,
      () => true,
    );
    expect(copied.map((c) => c.via)).toEqual(['api']);
    const listed = await listReferrers(store, to, image.digest);
    expect(listed.referrers.map((r) => r.digest)).toEqual([sha256(manifest.bytes)]);
  });
});
