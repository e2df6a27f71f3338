import type { ImageReference } from '../reference.js';

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
 */
export interface Registry {
  readonly kind: 'oci' | 'ecr';
  /** The manifest's descriptor, or undefined when the tag/digest/repository does not exist. */
  resolve(ref: ImageReference): Promise<Descriptor | undefined>;
  /** Points `tag` (same repository) at the manifest `source` names; exact bytes, same digest. */
  addTag(source: ImageReference, tag: string, options?: WriteOptions): Promise<TagResult>;
  /** Copies the manifest (and an index's children, and blobs) to `target` (must carry a tag). */
  copy(source: ImageReference, target: ImageReference, options?: WriteOptions): Promise<TagResult>;
  /** All tags of the repository `repo` names (pagination followed). */
  listTags(repo: ImageReference): Promise<string[]>;
  /** The image config's labels (an index: its linux/amd64 image's), or undefined when absent. */
  imageConfig?(ref: ImageReference): Promise<ImageConfigInfo | undefined>;
}

export interface ImageConfigInfo {
  labels: Record<string, string>;
  created?: string;
}

/** Hands out one Registry per host, created on first use (ECR loads its SDK lazily). */
export interface RegistryProvider {
  forReference(ref: ImageReference): Promise<Registry>;
}
