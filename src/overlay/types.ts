import type { ImageConfig, OverlayConfig } from '../config/types.js';

/** An overlay format after `auto` is resolved (`helm` is `yaml`). */
export type ResolvedOverlayFormat = 'kustomize' | 'yaml' | 'json' | 'tfvars';

/**
 * How a value is spelled at its key: a bare tag (`sha-1a2b3c4`), a digest (`sha256:…`), or a
 * full reference in one scalar (`ghcr.io/acme/api:sha-1a2b3c4@sha256:…`).
 */
export type ValueShape = 'tag' | 'digest' | 'reference';

/** What an overlay says about one image. */
export interface ImageValue {
  /**
   * The repository as the file spells it: kustomize `newName`, the value at
   * `repositoryKey`, or the name part of a full reference.
   */
  repository?: string;
  tag?: string;
  digest?: string;
}

export interface OverlayImageState {
  name: string;
  /** False when the overlay has no entry (kustomize) or no value at the key path. */
  found: boolean;
  value: ImageValue;
  /** How the stored value is spelled (undefined when not found). */
  shape?: ValueShape;
  /**
   * Identity of where the value lives (`global.imageTag`, `images[name=api]`): two images
   * with the same slot in one file share one value.
   */
  slot?: string;
  /** 1-based line of the entry or value, for messages. */
  line?: number;
}

export interface OverlayState {
  overlay: OverlayConfig;
  format: ResolvedOverlayFormat;
  /** The bytes the state was read from (the planner works on them; nothing is read again). */
  bytes: Buffer;
  /**
   * The text view of `bytes` the parsers read: UTF-8, with each byte that is not valid UTF-8
   * as a lone surrogate U+DC80–U+DCFF (src/overlay/byte-text.ts).
   */
  text: string;
  /** One entry per requested image, by image name. */
  images: ReadonlyMap<string, OverlayImageState>;
  /** Names (kustomize) or key paths the file has, for "not named" errors. */
  known: string[];
  /** Things worth telling the user (a tag that is not a valid tag, a missing key, …). */
  warnings: string[];
}

/** What one image should run. */
export interface ImageUpdate {
  image: ImageConfig;
  /** Fully qualified, verified repository, e.g. `ghcr.io/acme/api`. */
  repository: string;
  tag?: string;
  digest?: string;
  /** Write the digest next to the tag whatever the tag (it was given pinned: `TAG@sha256:…`). */
  pin?: boolean;
}

export interface PlanOptions {
  /** Write the digest next to every tag (needs `digest` in every update). */
  pinDigest: boolean;
  /** Create an entry (or key) for an image the overlay does not name yet. */
  createMissing: boolean;
  /**
   * The TagPolicy's allow-list (src/tags/policy.ts isImmutable): a tag it rejects is only
   * written pinned to its digest; without a digest the planner refuses.
   */
  isImmutable: (tag: string) => boolean;
}

export interface OverlayChange {
  image: string;
  /** The value before, for messages (`sha-1a2b3c4`, `ghcr.io/acme/api:v1@sha256:…`). */
  from?: string;
  to: string;
  before?: ImageValue;
  after: ImageValue;
}

/** A planned, validated, not yet written change of one overlay file. */
export interface OverlayEdit {
  overlay: OverlayConfig;
  format: ResolvedOverlayFormat;
  /** The file's bytes as read (a write goes ahead only while the file still holds them). */
  before: Buffer;
  /** The bytes to write: `before` with only the values' byte ranges replaced. */
  after: Buffer;
  changed: boolean;
  changes: OverlayChange[];
}
