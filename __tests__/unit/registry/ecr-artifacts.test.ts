/**
 * The ECR backend as an artifact store (src/registry/ecr.ts: readManifest, writeManifest,
 * writeBlob, readBlob, referrers) through aws-sdk-client-mock: a small in-memory ECR answers
 * BatchGetImage, PutImage, the layer upload calls and ListImageReferrers the way the API
 * reference describes them. A real ECR is not reachable from here: that PutImage of a
 * manifest with a `subject` is listed by ListImageReferrers is ECR's documented behaviour,
 * modelled, not observed.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  BatchCheckLayerAvailabilityCommand,
  BatchGetImageCommand,
  CompleteLayerUploadCommand,
  ECRClient,
  ImageAlreadyExistsException,
  InitiateLayerUploadCommand,
  ListImageReferrersCommand,
  PutImageCommand,
  RepositoryNotFoundException,
  UploadLayerPartCommand,
  type ListImageReferrersCommandInput,
  type PutImageCommandInput,
  type UploadLayerPartCommandInput,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { silentLogger } from '../../../src/log.js';
import { parseReference, withTagAndDigest } from '../../../src/reference.js';
import { EcrRegistry } from '../../../src/registry/ecr.js';
import type { Clock } from '../../../src/http/retry.js';
import {
  buildArtifactManifest,
  listReferrers,
  pushReferrer,
} from '../../../src/registry/referrers.js';
import { TAG_CONFLICT, TAG_MOVED } from '../../../src/registry/tag-precondition.js';
import type { BlobReader, Registry } from '../../../src/registry/types.js';

const HOST = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const sha = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const repo = parseReference(`${HOST}/team/api`);
const meta = { $metadata: {} };
const noWait: Clock = { now: () => 0, sleep: () => Promise.resolve(), random: () => 0.5 };

interface Held {
  manifest: string;
  mediaType: string;
}

let client: ECRClient;
const stub = (c: ECRClient) => mockClient(c);
let ecr: ReturnType<typeof stub>;
let registry: EcrRegistry;
/** tag or digest → manifest, as ECR holds them. */
let images: Map<string, Held>;
let layers: Map<string, Buffer>;
let uploads: Map<string, Buffer[]>;
let blobReads: string[];

/** An in-memory ECR behind the mocked client. */
function fakeEcr(): void {
  ecr.on(BatchGetImageCommand).callsFake((input: { imageIds: Record<string, string>[] }) => {
    const id = input.imageIds[0] ?? {};
    const key = id.imageTag ?? id.imageDigest ?? '';
    const found = images.get(key);
    if (!found) {
      return { images: [], failures: [{ imageId: id, failureCode: 'ImageNotFound' }], ...meta };
    }
    return {
      images: [
        {
          imageId: { imageDigest: sha(found.manifest), ...(id.imageTag ? { imageTag: key } : {}) },
          imageManifest: found.manifest,
          imageManifestMediaType: found.mediaType,
        },
      ],
      failures: [],
      ...meta,
    };
  });
  ecr.on(PutImageCommand).callsFake((input: PutImageCommandInput) => {
    const manifest = input.imageManifest ?? '';
    const digest = sha(manifest);
    if (input.imageDigest !== digest) throw new Error('ECR: the digest does not match');
    const held = { manifest, mediaType: input.imageManifestMediaType ?? '' };
    const key = input.imageTag ?? digest;
    if (images.get(key)?.manifest === manifest) {
      throw new ImageAlreadyExistsException({ message: 'exists', $metadata: {} });
    }
    images.set(digest, held);
    images.set(key, held);
    return {
      image: { imageId: { imageDigest: digest, ...(input.imageTag ? { imageTag: key } : {}) } },
      ...meta,
    };
  });
  ecr.on(BatchCheckLayerAvailabilityCommand).callsFake((input: { layerDigests: string[] }) => ({
    layers: input.layerDigests.map((d) => ({
      layerDigest: d,
      layerAvailability: layers.has(d) ? 'AVAILABLE' : 'UNAVAILABLE',
    })),
    failures: [],
    ...meta,
  }));
  ecr.on(InitiateLayerUploadCommand).callsFake(() => {
    const uploadId = `upload-${uploads.size}`;
    uploads.set(uploadId, []);
    return { uploadId, partSize: 4, ...meta };
  });
  ecr.on(UploadLayerPartCommand).callsFake((input: UploadLayerPartCommandInput) => {
    uploads.get(input.uploadId ?? '')?.push(Buffer.from(input.layerPartBlob ?? new Uint8Array()));
    return { lastByteReceived: input.partLastByte, ...meta };
  });
  ecr
    .on(CompleteLayerUploadCommand)
    .callsFake((input: { uploadId: string; layerDigests: string[] }) => {
      const bytes = Buffer.concat(uploads.get(input.uploadId) ?? []);
      const digest = input.layerDigests[0] ?? '';
      if (sha(bytes) !== digest) throw new Error('ECR: layer digest mismatch');
      layers.set(digest, bytes);
      return { layerDigest: digest, ...meta };
    });
  ecr.on(ListImageReferrersCommand).callsFake((input: ListImageReferrersCommandInput) => {
    const subject = input.subjectId?.imageDigest;
    const referrers = [...images.entries()]
      .filter(([key]) => key.startsWith('sha256:'))
      .map(([digest, held]) => ({
        digest,
        held,
        json: JSON.parse(held.manifest) as Record<string, unknown>,
      }))
      .filter(({ json }) => (json.subject as { digest?: string } | undefined)?.digest === subject)
      .map(({ digest, held, json }) => ({
        digest,
        mediaType: held.mediaType,
        size: Buffer.byteLength(held.manifest),
        artifactType: json.artifactType as string,
        annotations: json.annotations as Record<string, string>,
        artifactStatus: 'ACTIVE',
      }))
      .filter(
        (r) => !input.filter?.artifactTypes || input.filter.artifactTypes.includes(r.artifactType),
      );
    return { referrers, ...meta };
  });
}

beforeEach(() => {
  client = new ECRClient({ region: 'us-east-1' });
  ecr = stub(client);
  images = new Map();
  layers = new Map();
  uploads = new Map();
  blobReads = [];
  fakeEcr();
  const fallback = {
    readBlob: (r: { path: string }, digest: string) => {
      blobReads.push(`${r.path}@${digest}`);
      const bytes = layers.get(digest);
      return bytes ? Promise.resolve(bytes) : Promise.reject(new Error('no such blob'));
    },
  } as unknown as Registry & BlobReader;
  registry = new EcrRegistry({
    registry: HOST,
    logger: silentLogger,
    client,
    clock: noWait,
    oci: () => Promise.resolve(fallback),
  });
});

function subjectImage(): { digest: string; size: number } {
  const manifest = JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, layers: [] });
  images.set('v1', { manifest, mediaType: OCI_MANIFEST });
  images.set(sha(manifest), { manifest, mediaType: OCI_MANIFEST });
  return { digest: sha(manifest), size: Buffer.byteLength(manifest) };
}

describe('writeBlob', () => {
  it('uploads in the part size ECR names, completes with the computed digest', async () => {
    const bytes = Buffer.from('0123456789');
    await expect(registry.writeBlob(repo, bytes)).resolves.toEqual({
      digest: sha(bytes),
      size: 10,
    });
    const parts = ecr
      .commandCalls(UploadLayerPartCommand)
      .map((c) => [c.args[0].input.partFirstByte, c.args[0].input.partLastByte]);
    expect(parts).toEqual([
      [0, 3],
      [4, 7],
      [8, 9],
    ]);
    expect(ecr.commandCalls(CompleteLayerUploadCommand)[0]?.args[0].input).toMatchObject({
      registryId: '123456789012',
      repositoryName: 'team/api',
      layerDigests: [sha(bytes)],
    });
    // Read through the registry API fallback (the SDK returns no blob content).
    await expect(registry.readBlob(repo, sha(bytes))).resolves.toEqual(bytes);
    expect(blobReads).toEqual([`team/api@${sha(bytes)}`]);
  });

  it('does not upload a blob ECR already has', async () => {
    const bytes = Buffer.from('{}');
    layers.set(sha(bytes), bytes);
    await registry.writeBlob(repo, bytes);
    expect(ecr.commandCalls(InitiateLayerUploadCommand)).toHaveLength(0);
  });
});

describe('writeManifest and readManifest', () => {
  const manifest = (text: string) =>
    buildArtifactManifest({
      artifactType: BUNDLE,
      subject: { mediaType: OCI_MANIFEST, digest: sha('image'), size: 3 },
      layers: [{ mediaType: BUNDLE, digest: sha(text), size: text.length }],
    });

  it('puts by digest untagged, with the exact text, and says ECR indexes the subject', async () => {
    const m = manifest('a');
    const written = await registry.writeManifest(
      withTagAndDigest(repo, undefined, sha(m.bytes)),
      m,
    );
    expect(written).toEqual({
      descriptor: { digest: sha(m.bytes), mediaType: OCI_MANIFEST, size: m.bytes.length },
      changed: true,
      subjectIndexed: true,
    });
    const put = ecr.commandCalls(PutImageCommand)[0]?.args[0].input;
    expect(put).toEqual({
      registryId: '123456789012',
      repositoryName: 'team/api',
      imageManifest: m.bytes.toString(),
      imageManifestMediaType: OCI_MANIFEST,
      imageDigest: sha(m.bytes),
    });
    const read = await registry.readManifest(withTagAndDigest(repo, undefined, sha(m.bytes)));
    expect(read?.bytes.equals(m.bytes)).toBe(true);
    // Again: ImageAlreadyExistsException is "unchanged".
    await expect(
      registry.writeManifest(withTagAndDigest(repo, undefined, sha(m.bytes)), m),
    ).resolves.toMatchObject({ changed: false });
  });

  it('a tag write honours expectCurrent and notices a tag moved after the write', async () => {
    const one = manifest('one');
    const two = manifest('two');
    const ref = withTagAndDigest(repo, 'sha256-aaaa');
    await registry.writeManifest(ref, one, { expectCurrent: null });
    await expect(
      registry.writeManifest(ref, two, { allowOverwrite: true, expectCurrent: null }),
    ).rejects.toMatchObject({ info: { code: TAG_CONFLICT } });
    // Another writer moves the tag right after our PutImage.
    const other = manifest('other');
    ecr.on(PutImageCommand).callsFakeOnce((input: PutImageCommandInput) => {
      images.set(input.imageTag ?? '', {
        manifest: other.bytes.toString(),
        mediaType: OCI_MANIFEST,
      });
      return { ...meta };
    });
    await expect(
      registry.writeManifest(ref, two, { allowOverwrite: true, expectCurrent: sha(one.bytes) }),
    ).rejects.toMatchObject({ info: { code: TAG_MOVED } });
  });

  it('refuses bytes that are not a manifest, naming the reference', async () => {
    await expect(
      registry.writeManifest(withTagAndDigest(repo, 'x'), {
        bytes: Buffer.from('{"layers": 3}'),
        mediaType: OCI_MANIFEST,
      }),
    ).rejects.toThrow(/refusing to write .*team\/api:x/);
  });
});

describe('referrers', () => {
  it('lists through ListImageReferrers, following pages and leaving out malformed entries', async () => {
    const page1 = JSON.parse(
      readFileSync(
        new URL('../../fixtures/ecr/list-image-referrers.json', import.meta.url),
        'utf8',
      ),
    ) as Record<string, unknown>;
    ecr
      .on(ListImageReferrersCommand)
      .resolvesOnce({ ...page1, ...meta })
      .resolvesOnce({ referrers: [], ...meta });
    const found = await registry.referrers(repo, sha('image'), BUNDLE);
    expect(found).toEqual([
      {
        digest: 'sha256:270c60be5b6ed41e6e7c505ac0c4e2577748affc14147bcba76b533604dc7a07',
        mediaType: OCI_MANIFEST,
        size: 888,
        artifactType: BUNDLE,
        annotations: {
          'dev.sigstore.bundle.content': 'dsse-envelope',
          'dev.sigstore.bundle.predicateType': 'https://sigstore.dev/cosign/sign/v1',
          'org.opencontainers.image.created': '2025-11-17T22:00:33Z',
        },
      },
    ]);
    const calls = ecr.commandCalls(ListImageReferrersCommand).map((c) => c.args[0].input);
    expect(calls).toEqual([
      {
        registryId: '123456789012',
        repositoryName: 'team/api',
        subjectId: { imageDigest: sha('image') },
        filter: { artifactTypes: [BUNDLE] },
      },
      {
        registryId: '123456789012',
        repositoryName: 'team/api',
        subjectId: { imageDigest: sha('image') },
        filter: { artifactTypes: [BUNDLE] },
        nextToken: 'page-2',
      },
    ]);
  });

  it('answers an empty list for a missing repository (ECR always has the API)', async () => {
    ecr
      .on(ListImageReferrersCommand)
      .rejects(new RepositoryNotFoundException({ message: 'nope', $metadata: {} }));
    await expect(registry.referrers(repo, sha('image'))).resolves.toEqual([]);
  });

  it('pushReferrer stores by digest and finds it through the API, never a referrers tag', async () => {
    const subject = subjectImage();
    const layer = Buffer.from('bundle');
    await registry.writeBlob(repo, layer);
    const m = buildArtifactManifest({
      artifactType: BUNDLE,
      subject: { mediaType: OCI_MANIFEST, ...subject },
      layers: [{ mediaType: BUNDLE, digest: sha(layer), size: layer.length }],
      annotations: { 'dev.sigstore.bundle.predicateType': 'p' },
    });
    const pushed = await pushReferrer(registry, repo, m, { sleep: () => Promise.resolve() });
    expect(pushed.via).toBe('api');
    const tags = ecr
      .commandCalls(PutImageCommand)
      .map((c) => c.args[0].input.imageTag)
      .filter((t) => t !== undefined);
    expect(tags).toEqual([]);
    await expect(listReferrers(registry, repo, subject.digest)).resolves.toEqual({
      source: 'api',
      referrers: [pushed.descriptor],
    });
  });
});
