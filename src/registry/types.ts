import type { ImageReference } from '../reference.js';
import type { ImageConfigInfo } from './manifest.js';

export type { ImageConfigInfo } from './manifest.js';

/** What a manifest reference resolves to. */
export interface Descriptor {
  digest: string;
  mediaType: string;
  size: number;
}

export interface TagResult {
  descriptor: Descriptor;
  /** False when the tag already pointed at this digest (a no-op). */
  changed: boolean;
}

export interface WriteOptions {
  /** Allow moving an existing tag to a different digest (refused by default). */
  allowOverwrite?: boolean;
}

/**
 * One registry host. References passed in must belong to this host; the tag or
 * digest of `ref` selects the manifest.
 *
 * Every digest a method returns or compares was computed from manifest bytes this process
 * hashed (a `Docker-Content-Digest` header is a hint, never proof). Content that does not
 * hash to what it should is retried like a transient fault, then a RegistryError
 * ("the registry returned bytes that …").
 *
 * Race limit: the distribution API has no compare-and-swap. Every write is re-read (GET and
 * hash) right after its PUT, and `verifyTag` re-reads again on demand, so a tag that another
 * writer moved before the last re-read is reported as a failure; a PUT by someone else that
 * lands after the last re-read is not seen. Only server-side tag immutability (e.g. ECR's
 * IMMUTABLE repositories) really locks a tag.
 */
export interface Registry {
  readonly kind: 'oci' | 'ecr';
  /** The manifest's descriptor, or undefined when the tag/digest/repository does not exist. */
  resolve(ref: ImageReference): Promise<Descriptor | undefined>;
  /**
   * Points `tag` (same repository) at the manifest `source` names; exact bytes, same digest.
   * An existing tag with another digest is refused unless `allowOverwrite`; the tag is
   * re-read after the write and a tag another writer moved meanwhile fails.
   */
  addTag(source: ImageReference, tag: string, options?: WriteOptions): Promise<TagResult>;
  /** Copies the manifest (and an index's children, and blobs) to `target` (must carry a tag). */
  copy(source: ImageReference, target: ImageReference, options?: WriteOptions): Promise<TagResult>;
  /**
   * Re-reads `ref`'s tag (GET and hash) and throws a RegistryError when it no longer exists
   * or names another digest than `expectedDigest` ("… now points to <d2>, not <d1>: another
   * writer moved it"). `ref` must carry a tag; its digest, if any, is ignored.
   */
  verifyTag(ref: ImageReference, expectedDigest: string): Promise<void>;
  /**
   * The labels (and `created`) of the image config `ref` names, or undefined when the
   * manifest does not exist. For an index: the linux/amd64 image, else the first image that
   * is not an attestation. Manifests and the config blob are verified against their digests.
   */
  imageConfig(ref: ImageReference): Promise<ImageConfigInfo | undefined>;
}

/**
 * Reads a (config) blob of `repo` by digest, verified against it and bounded in size (the ECR
 * backend's OCI fallback).
 */
export interface BlobReader {
  readBlob(repo: ImageReference, digest: string): Promise<Buffer>;
}

/** A manifest as the registry holds it: the exact bytes, their media type, their digest. */
export interface ManifestContent {
  bytes: Buffer;
  mediaType: string;
  /** Computed here from `bytes`. */
  digest: string;
}

/** One entry of a referrers list: the referrers API's answer or the referrers tag's index. */
export interface ReferrerDescriptor extends Descriptor {
  artifactType?: string;
  annotations?: Record<string, string>;
}

export interface ManifestWriteOptions {
  /** A tag write may move the tag from another digest (refused by default). */
  allowOverwrite?: boolean;
  /**
   * A tag write happens only while the tag still names this digest (`null`: while it does not
   * exist); otherwise it fails with code TAG_CONFLICT. The tag is re-read after the write,
   * and a tag that no longer names what was written fails with code TAG_MOVED.
   */
  expectCurrent?: string | null;
}

export interface WrittenManifest {
  descriptor: Descriptor;
  /** False when the reference already named exactly these bytes. */
  changed: boolean;
  /**
   * The registry indexed the manifest's `subject` for its referrers API (it answered
   * `OCI-Subject`, or the backend always does): no referrers tag needs to be maintained.
   */
  subjectIndexed: boolean;
}

/**
 * Artifacts stored beside images (signatures, attestations): manifests by digest or tag,
 * blobs, and the referrers API. Every digest is computed from bytes; every write is re-read.
 * Both backends implement it; `isArtifactStore` tells a Registry that does.
 */
export interface ArtifactStore {
  /** The manifest `ref`'s digest (verified) or tag names, or undefined when it is absent. */
  readManifest(ref: ImageReference): Promise<ManifestContent | undefined>;
  /**
   * PUTs exactly `manifest.bytes` under `ref`'s digest (which must be theirs) or its tag, and
   * re-reads it. A tag follows the overwrite rule (`allowOverwrite`) and `expectCurrent`.
   */
  writeManifest(
    ref: ImageReference,
    manifest: { bytes: Buffer; mediaType: string },
    options?: ManifestWriteOptions,
  ): Promise<WrittenManifest>;
  /** Uploads `bytes` as a blob of `repo` unless it already holds it; the digest is computed. */
  writeBlob(repo: ImageReference, bytes: Buffer): Promise<{ digest: string; size: number }>;
  /** A blob of `repo`, verified against `digest` and bounded in size. */
  readBlob(repo: ImageReference, digest: string): Promise<Buffer>;
  /**
   * The registry's referrers API for `digest` (pagination followed, filtered by
   * `artifactType` when given), or undefined when the registry has no referrers API (404):
   * then the referrers tag schema applies (src/registry/referrers.ts).
   */
  referrers(
    repo: ImageReference,
    digest: string,
    artifactType?: string,
  ): Promise<ReferrerDescriptor[] | undefined>;
}

/** True when `registry` can store artifacts (both real backends can; test doubles may not). */
export function isArtifactStore(registry: object): registry is ArtifactStore {
  const r = registry as Partial<Record<keyof ArtifactStore, unknown>>;
  return (
    typeof r.readManifest === 'function' &&
    typeof r.writeManifest === 'function' &&
    typeof r.writeBlob === 'function' &&
    typeof r.readBlob === 'function' &&
    typeof r.referrers === 'function'
  );
}

/** Hands out one Registry per host, created on first use (ECR loads its SDK lazily). */
export interface RegistryProvider {
  forReference(ref: ImageReference): Promise<Registry>;
}
