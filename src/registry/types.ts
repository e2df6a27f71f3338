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
  /** All tags of the repository `repo` names (pagination followed). */
  listTags(repo: ImageReference): Promise<string[]>;
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

/** Hands out one Registry per host, created on first use (ECR loads its SDK lazily). */
export interface RegistryProvider {
  forReference(ref: ImageReference): Promise<Registry>;
}
