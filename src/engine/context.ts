/**
 * What the engine's steps share: the dependencies, the per-image working record, and small
 * helpers to record outcomes and look tags up in the registry.
 */
import type { BuildOutcome, BuildRequest } from '../build/types.js';
import { Classifier, type ImageChange } from '../changes/classify.js';
import type { ApiChangeSource } from '../changes/detect.js';
import type { Config, Decision, ImageConfig } from '../config/types.js';
import type { Trigger } from '../event/trigger.js';
import type { Git } from '../git.js';
import type { Logger } from '../log.js';
import { withTagAndDigest, type ImageReference } from '../reference.js';
import type { RegistryProvider } from '../registry/types.js';
import type { ImageResult } from './types.js';

/** How far back release and PR lookups walk. */
export const LOOKBACK_COMMITS = 100;

export interface EngineDeps {
  config: Config;
  trigger: Trigger;
  git: Git;
  logger: Logger;
  registries: RegistryProvider;
  /** Builds and pushes from `workspace`; injected so the engine does not depend on docker. */
  build: (requests: BuildRequest[], workspace: string) => Promise<BuildOutcome[]>;
  api?: ApiChangeSource;
  now: Date;
  /** e.g. https://github.com/acme/app, for the OCI source label. */
  sourceUrl?: string;
}

/** What settling an intent produced: a result plus any registry work still to do. */
export interface Settled {
  result: ImageResult;
  image: ImageConfig;
  build?: { tag: string; extraTags: string[]; thenTags: string[] };
  /** Registry work: make `target` (tag) point at `source`'s manifest. */
  promote?: { source: ImageReference; targets: ImageReference[] };
  /** Set once `promote` was carried out. */
  promoted?: boolean;
  /** The value to write to overlays (tag/digest/newName) once verified. */
  write: boolean;
}

export function classifier(config: Config): Classifier {
  return new Classifier({
    deployPaths: config.deployPaths,
    ignorePaths: config.ignorePaths,
    images: config.images,
  });
}

export function newResult(
  image: ImageConfig,
  decision: Decision,
  reason: string,
  change: ImageChange,
): ImageResult {
  return {
    name: image.name,
    repository: image.repository.name,
    decision,
    reason,
    change: change.kind,
    status: 'planned',
    addedTags: [],
  };
}

export function fail(result: ImageResult, error: string): ImageResult {
  result.status = 'failed';
  result.error = error;
  return result;
}

export function refFor(image: ImageConfig, tag: string): ImageReference {
  return withTagAndDigest(image.repository, tag);
}

export async function exists(deps: EngineDeps, ref: ImageReference): Promise<string | undefined> {
  const registry = await deps.registries.forReference(ref);
  return (await registry.resolve(ref))?.digest;
}
