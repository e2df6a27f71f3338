/**
 * Referrers (OCI image and distribution spec 1.1): manifests whose `subject` names another
 * manifest, the way signatures and attestations are attached to an image.
 *
 * Listing asks the registry's referrers API and, when the registry has none (a 404, as
 * distribution 2.8.2 answers), reads the referrers tag schema: an OCI index tagged
 * `sha256-<hex>` that clients maintain. Pushing writes the referrer by digest; a registry that
 * does not answer `OCI-Subject` gets the tag schema updated by read-modify-write: read the
 * index, append one descriptor (every other entry is kept exactly as it was, with its
 * artifactType and annotations), write it only while the tag still names what was read, and
 * read it back. Losing a race with another writer starts over, a bounded number of times.
 *
 * Nothing here trusts a listing: it only names candidates. Whoever uses a referrer reads its
 * manifest by digest (verified) and checks that its subject is the image (parseArtifactManifest).
 */
import { UserError } from '../errors.js';
import { systemClock } from '../http/retry.js';
import { formatReference, withTagAndDigest, type ImageReference } from '../reference.js';
import { bareMediaType, digestOf, MEDIA_TYPES, ManifestError } from './manifest.js';
import {
  indexObject,
  isRecord,
  parseReferrersIndex,
  readReferrer,
  stringRecord,
} from './referrers-index.js';
import { isTagRace } from './tag-precondition.js';
import type { ArtifactStore, Descriptor, ManifestContent, ReferrerDescriptor } from './types.js';

export { parseReferrersIndex };

/** The config of an artifact that needs none (image spec: the empty descriptor). */
export const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
export const EMPTY_BLOB = Buffer.from('{}');

/**
 * The referrers tag of a digest (distribution spec, "Referrers Tag Schema"): the algorithm
 * cut to 32 characters, `-`, the encoded part cut to 64, anything a tag may not hold as `-`.
 */
export function referrersTag(digest: string): string {
  const colon = digest.indexOf(':');
  if (colon <= 0) throw new Error(`referrersTag: ${digest} is not a digest`);
  const algorithm = digest.slice(0, colon).slice(0, 32);
  const encoded = digest.slice(colon + 1).slice(0, 64);
  return `${algorithm}-${encoded}`.replace(/[^A-Za-z0-9_.-]/g, '-');
}

/** What a referrer manifest says about itself. */
export interface ArtifactManifest {
  mediaType: string;
  /** The manifest's artifactType, else its config's media type (as the spec lists it). */
  artifactType?: string;
  subject?: Descriptor;
  config?: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

function readDescriptor(value: unknown, where: string): Descriptor {
  const ref = readReferrer(value);
  if (!ref) throw new ManifestError(`${where} is not a descriptor (digest, size, mediaType)`);
  return { digest: ref.digest, size: ref.size, mediaType: ref.mediaType };
}

/** Reads an OCI image manifest used as an artifact; throws ManifestError when it is not one. */
export function parseArtifactManifest(bytes: Uint8Array, contentType?: string): ArtifactManifest {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new ManifestError('the manifest is not valid JSON');
  }
  if (!isRecord(json)) throw new ManifestError('the manifest is not a JSON object');
  const declared = typeof json.mediaType === 'string' ? json.mediaType : undefined;
  const mediaType = declared ?? bareMediaType(contentType) ?? MEDIA_TYPES.ociManifest;
  if (mediaType !== MEDIA_TYPES.ociManifest) {
    throw new ManifestError(`media type ${mediaType}, not an OCI image manifest`);
  }
  const config = json.config === undefined ? undefined : readDescriptor(json.config, 'config');
  if (!Array.isArray(json.layers)) throw new ManifestError('the manifest has no "layers" list');
  const layers = json.layers.map((l, i) => readDescriptor(l, `layers[${i}]`));
  const subject = json.subject === undefined ? undefined : readDescriptor(json.subject, 'subject');
  const artifactType =
    typeof json.artifactType === 'string' && json.artifactType !== ''
      ? json.artifactType
      : config?.mediaType;
  const annotations = stringRecord(json.annotations);
  return {
    mediaType,
    layers,
    ...(artifactType !== undefined ? { artifactType } : {}),
    ...(subject ? { subject } : {}),
    ...(config ? { config } : {}),
    ...(annotations ? { annotations } : {}),
  };
}

export interface ArtifactManifestInput {
  artifactType: string;
  subject: Descriptor;
  /** The layers, in order (their blobs must be in the repository before the manifest). */
  layers: (Descriptor & { annotations?: Record<string, string> })[];
  annotations?: Record<string, string>;
}

/** An OCI image manifest for an artifact: the empty config, the layers, the subject. */
export function buildArtifactManifest(input: ArtifactManifestInput): {
  bytes: Buffer;
  mediaType: string;
} {
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType: input.artifactType,
    config: { mediaType: EMPTY_MEDIA_TYPE, digest: digestOf(EMPTY_BLOB), size: EMPTY_BLOB.length },
    layers: input.layers.map((l) => ({
      mediaType: l.mediaType,
      digest: l.digest,
      size: l.size,
      ...(l.annotations ? { annotations: l.annotations } : {}),
    })),
    subject: {
      mediaType: input.subject.mediaType,
      digest: input.subject.digest,
      size: input.subject.size,
    },
    ...(input.annotations ? { annotations: input.annotations } : {}),
  };
  return { bytes: Buffer.from(JSON.stringify(manifest)), mediaType: MEDIA_TYPES.ociManifest };
}

export interface ReferrersList {
  /** Where the list came from: the registry's referrers API or the referrers tag schema. */
  source: 'api' | 'tag-schema';
  referrers: ReferrerDescriptor[];
}

/**
 * The referrers of `digest` in `repo`: the referrers API when the registry answers it, else
 * the referrers tag's index (none when the tag is missing or is not an index). Filtered by
 * `artifactType` here, whether or not the registry filtered.
 */
export async function listReferrers(
  store: ArtifactStore,
  repo: ImageReference,
  digest: string,
  artifactType?: string,
): Promise<ReferrersList> {
  const keep = (r: ReferrerDescriptor): boolean =>
    artifactType === undefined || r.artifactType === artifactType;
  const api = await store.referrers(repo, digest, artifactType);
  if (api !== undefined) return { source: 'api', referrers: api.filter(keep) };
  const index = await store.readManifest(withTagAndDigest(repo, referrersTag(digest)));
  if (!index) return { source: 'tag-schema', referrers: [] };
  try {
    return { source: 'tag-schema', referrers: parseReferrersIndex(index.bytes).filter(keep) };
  } catch (err) {
    // The spec: a referrers tag that is not an index means there are no referrers.
    if (err instanceof ManifestError) return { source: 'tag-schema', referrers: [] };
    throw err;
  }
}

export interface PushReferrerOptions {
  /** Waits between attempts (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
  /** Read-modify-write rounds of the referrers tag before giving up (default 5). */
  attempts?: number;
}

export interface PushedReferrer {
  /** The descriptor as it is listed (with artifactType and annotations). */
  descriptor: ReferrerDescriptor;
  /** How it is found: the registry indexed its subject, or the referrers tag lists it. */
  via: 'api' | 'tag-schema';
}

/**
 * Pushes a referrer manifest (its blobs must be there) by digest and makes it findable: by the
 * registry's own index when it answers `OCI-Subject` (then checked through its referrers API),
 * else by adding it to the referrers tag schema.
 */
export async function pushReferrer(
  store: ArtifactStore,
  repo: ImageReference,
  manifest: { bytes: Buffer; mediaType: string },
  options: PushReferrerOptions = {},
): Promise<PushedReferrer> {
  const parsed = parseArtifactManifest(manifest.bytes, manifest.mediaType);
  const subject = parsed.subject;
  if (!subject) throw new Error('pushReferrer: the manifest has no subject');
  const digest = digestOf(manifest.bytes);
  const written = await store.writeManifest(withTagAndDigest(repo, undefined, digest), manifest);
  const descriptor: ReferrerDescriptor = {
    mediaType: manifest.mediaType,
    digest,
    size: manifest.bytes.length,
    ...(parsed.artifactType !== undefined ? { artifactType: parsed.artifactType } : {}),
    ...(parsed.annotations ? { annotations: parsed.annotations } : {}),
  };
  const sleep = options.sleep ?? systemClock.sleep;
  if (written.subjectIndexed) {
    // Read back through the API the registry said indexed it (it may index asynchronously).
    for (let attempt = 0; attempt < 4; attempt++) {
      if (attempt > 0) await sleep(250 * 2 ** attempt);
      const listed = await store.referrers(repo, subject.digest);
      if (listed === undefined) break;
      if (listed.some((r) => r.digest === digest)) return { descriptor, via: 'api' };
    }
    throw new UserError(
      `${formatReference(repo)}: the registry answered OCI-Subject for referrer ${digest} of ${subject.digest}, but its referrers API does not list it — retry; if it persists, report it to the registry's operators`,
    );
  }
  await addToReferrersTag(store, repo, subject.digest, descriptor, options.attempts ?? 5, sleep);
  return { descriptor, via: 'tag-schema' };
}

/** Read-modify-write of the referrers tag of `subject`, keeping every other entry. */
async function addToReferrersTag(
  store: ArtifactStore,
  repo: ImageReference,
  subject: string,
  descriptor: ReferrerDescriptor,
  attempts: number,
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  const tag = referrersTag(subject);
  const ref = withTagAndDigest(repo, tag);
  for (let attempt = 1; ; attempt++) {
    const current = await store.readManifest(ref);
    const next = withReferrer(current, descriptor, formatReference(ref));
    if (next === undefined) return;
    try {
      // Written only while the tag still names what was read; read back by the store.
      await store.writeManifest(ref, next, {
        allowOverwrite: true,
        expectCurrent: current?.digest ?? null,
      });
      return;
    } catch (err) {
      if (!isTagRace(err) || attempt >= attempts) throw err;
    }
    await sleep(100 * 2 ** attempt);
  }
}

/**
 * The referrers index with `descriptor` appended (a new index when there is none), or
 * undefined when it already lists that digest. Refuses a tag that holds anything but an
 * OCI index: it is not ours to overwrite.
 */
export function withReferrer(
  current: ManifestContent | undefined,
  descriptor: ReferrerDescriptor,
  where: string,
): { bytes: Buffer; mediaType: string } | undefined {
  const entry = {
    mediaType: descriptor.mediaType,
    digest: descriptor.digest,
    size: descriptor.size,
    ...(descriptor.artifactType !== undefined ? { artifactType: descriptor.artifactType } : {}),
    ...(descriptor.annotations ? { annotations: descriptor.annotations } : {}),
  };
  if (!current) {
    const index = { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [entry] };
    return { bytes: Buffer.from(JSON.stringify(index)), mediaType: MEDIA_TYPES.ociIndex };
  }
  let index: Record<string, unknown> & { manifests: unknown[] };
  try {
    if (current.mediaType !== MEDIA_TYPES.ociIndex) {
      throw new ManifestError(`media type ${current.mediaType}, not an OCI index`);
    }
    index = indexObject(current.bytes);
  } catch (err) {
    if (!(err instanceof ManifestError)) throw err;
    throw new UserError(
      `${where} is the referrers tag of an image, but it holds something else (${err.message}); refusing to overwrite it — delete or rename that tag, then retry`,
    );
  }
  if (index.manifests.some((m) => isRecord(m) && m.digest === descriptor.digest)) {
    return undefined;
  }
  const next = { ...index, manifests: [...index.manifests, entry] };
  return { bytes: Buffer.from(JSON.stringify(next)), mediaType: MEDIA_TYPES.ociIndex };
}

export interface CopiedReferrer extends PushedReferrer {
  /** The referrer's digest (the same in both repositories: the bytes are copied as they are). */
  digest: string;
}

/**
 * Copies the referrers of `digest` that `keep` selects (their manifests, exact bytes, and
 * blobs) from one repository to another, then makes each findable there (pushReferrer). A
 * listed referrer whose manifest is missing or does not name `digest` as its subject is
 * skipped: a listing is a hint, the manifest is the truth.
 */
export async function copyReferrers(
  from: { store: ArtifactStore; repo: ImageReference },
  to: { store: ArtifactStore; repo: ImageReference },
  digest: string,
  keep: (referrer: ReferrerDescriptor) => boolean,
  options: PushReferrerOptions = {},
): Promise<CopiedReferrer[]> {
  const { referrers } = await listReferrers(from.store, from.repo, digest);
  const copied: CopiedReferrer[] = [];
  const found = referrerManifests(from.store, from.repo, digest, referrers.filter(keep));
  for await (const { content, parsed } of found) {
    for (const blob of [...(parsed.config ? [parsed.config] : []), ...parsed.layers]) {
      const bytes = await from.store.readBlob(from.repo, blob.digest);
      const written = await to.store.writeBlob(to.repo, bytes);
      if (written.digest !== blob.digest) {
        throw new Error(`copyReferrers: blob ${blob.digest} was stored as ${written.digest}`);
      }
    }
    const pushed = await pushReferrer(
      to.store,
      to.repo,
      { bytes: content.bytes, mediaType: content.mediaType },
      options,
    );
    copied.push({ ...pushed, digest: content.digest });
  }
  return copied;
}

/**
 * The manifests of `referrers`, read by digest one after the other and parsed. A referrer whose
 * manifest is missing, is not an artifact manifest, or names another subject than `digest` is
 * left out: a listing is a hint, the manifest read by digest is the truth.
 */
export async function* referrerManifests(
  store: ArtifactStore,
  repo: ImageReference,
  digest: string,
  referrers: readonly ReferrerDescriptor[],
): AsyncGenerator<{
  referrer: ReferrerDescriptor;
  content: ManifestContent;
  parsed: ArtifactManifest;
}> {
  for (const referrer of referrers) {
    const content = await store.readManifest(withTagAndDigest(repo, undefined, referrer.digest));
    if (!content) continue;
    let parsed: ArtifactManifest;
    try {
      parsed = parseArtifactManifest(content.bytes, content.mediaType);
    } catch (err) {
      if (err instanceof ManifestError) continue;
      throw err;
    }
    if (parsed.subject?.digest === digest) yield { referrer, content, parsed };
  }
}
