import type { ImageConfig } from '../config/types.js';
import type { ImageReference } from '../reference.js';

/** One image to build: what the engine decided and rendered, ready for a builder. */
export interface BuildRequest {
  image: ImageConfig;
  /**
   * Exactly the tags to build and push, primary (immutable) tag first; every entry carries a
   * tag and names `image.repository`. The engine decides which tags these are; the build
   * layer checks none of them against the registry before pushing.
   */
  tags: ImageReference[];
  /** Image labels, e.g. from `ociLabels`. */
  labels: Record<string, string>;
  /** Push to the registry; false builds (and tags) locally only. */
  push: boolean;
  /**
   * Push the image by digest only, with none of `tags` in the registry (they are added once it
   * is signed): buildx pushes by digest; the classic builder's image is uploaded by digest
   * through the registry client. Locally the image is still tagged (classic builder).
   */
  untagged?: boolean;
  /** buildx `--cache-from` / `--cache-to` values, e.g. `type=registry,ref=…`. */
  cacheFrom: string[];
  cacheTo: string[];
}

export interface BuiltImage {
  /**
   * Manifest digest the push reported. Undefined when nothing was pushed, or when docker
   * did not print one (the caller then takes it from the registry).
   */
  digest?: string;
  /** Tag names that were pushed, in request order. */
  pushedTags: string[];
}

/** Receives each line of the builder's output as it arrives (boilerplate left out). */
export type BuildOutput = (line: string) => void;

/** Drives one flavour of the docker CLI. */
export interface Builder {
  readonly kind: 'buildx' | 'legacy';
  /**
   * Builds, tags and (when `req.push`) pushes; throws UserError for requests it cannot
   * honour. Output lines go to `output` (default: the logger's info).
   */
  build(req: BuildRequest, output?: BuildOutput): Promise<BuiltImage>;
}

/** `built`: built, and pushed when the request said so; `failed`: see `message`/`error`. */
export type BuildStatus = 'built' | 'failed';

/** What happened to one image; the caller turns these into outputs and the summary. */
export interface BuildOutcome {
  /** The image name (`images[].name`). */
  name: string;
  status: BuildStatus;
  /** Manifest digest in the registry; undefined when failed or not pushed. */
  digest?: string;
  /** Tag names requested for the image, primary first. */
  tags: string[];
  /** One human sentence (or two): what happened and why. */
  message: string;
  error?: Error;
  /** Wall time spent on the image: login, build, push and the registry check. */
  elapsedMs: number;
}
