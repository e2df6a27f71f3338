import type { ImageConfig, OverlayConfig } from '../config/types.js';

/** An overlay format after `auto` is resolved. */
export type ResolvedOverlayFormat = 'kustomize' | 'helm' | 'yaml';

/** What an overlay says about one image. */
export interface ImageValue {
  /** kustomize `newName`, or the value at `helm-repository-key`. */
  newName?: string;
  tag?: string;
  digest?: string;
}

export interface OverlayImageState extends ImageValue {
  name: string;
  /** False when the overlay has no entry (kustomize) or no value at the key path. */
  found: boolean;
  /** 1-based line of the entry or tag, for messages. */
  line?: number;
}

export interface OverlayState {
  overlay: OverlayConfig;
  format: ResolvedOverlayFormat;
  /** One entry per requested image, by image name. */
  images: ReadonlyMap<string, OverlayImageState>;
  /** Things worth telling the user (a tag that is not a valid tag, a missing helm-key, …). */
  warnings: string[];
}

/** What one image should run. */
export interface ImageUpdate {
  image: ImageConfig;
  /** New repository; without it the overlay's current one is kept. */
  newName?: string;
  tag: string;
  digest?: string;
}

export interface PlanOptions {
  /** Write `digest` (needs `digest` in every update); otherwise a stale digest is removed. */
  pinDigest: boolean;
  /** Tags never written to an overlay besides `latest` (e.g. the branch name). */
  mutableTags?: readonly string[];
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
  before: string;
  after: string;
  changed: boolean;
  changes: OverlayChange[];
}
