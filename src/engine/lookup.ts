/**
 * What the registry says about one image, as a fact: found (with the digest computed from
 * the manifest bytes by the registry layer), absent, or a problem (the registry could not
 * answer — never read as "missing"). Used by the facts phase and the rollback history.
 */
import type { ImageConfig } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { ImageValue } from '../overlay/types.js';
import { tryParseReference, withTagAndDigest, type ImageReference } from '../reference.js';
import type { EngineDeps } from './context.js';
import type { Lookup, RegistryImage } from './types.js';

const REVISION_LABEL = 'org.opencontainers.image.revision';

/**
 * Looks a tag (or digest) up; a registry that cannot answer gives a problem, not a throw.
 * A value pinned to a digest (`tag@digest`) is looked up both ways: the digest must exist,
 * and `tagDigest` records what the tag names now (another image, when it moved).
 */
export async function lookup(
  deps: Pick<EngineDeps, 'registries'>,
  repository: ImageReference,
  tag: string | undefined,
  digest?: string,
): Promise<Lookup> {
  try {
    const registry = await deps.registries.forReference(repository);
    const [byDigest, byTag] = await Promise.all([
      digest
        ? registry.resolve(withTagAndDigest(repository, undefined, digest))
        : Promise.resolve(undefined),
      tag ? registry.resolve(withTagAndDigest(repository, tag)) : Promise.resolve(undefined),
    ]);
    const image = digest ? byDigest : byTag;
    if (!image) return undefined;
    const found: RegistryImage = {
      repository,
      tag: tag ?? '',
      digest: image.digest,
      mediaType: image.mediaType,
      size: image.size,
    };
    if (tag && byTag) found.tagDigest = byTag.digest;
    return found;
  } catch (err) {
    return { problem: errorMessage(err) };
  }
}

/** The revision label of an image, or undefined when it has none (or cannot be read). */
export async function revisionOf(
  deps: Pick<EngineDeps, 'registries' | 'logger'>,
  image: RegistryImage,
): Promise<string | undefined> {
  try {
    const registry = await deps.registries.forReference(image.repository);
    const config = await registry.imageConfig(
      withTagAndDigest(image.repository, undefined, image.digest),
    );
    const revision = config?.labels[REVISION_LABEL];
    return revision && /^[0-9a-f]{40}$/.test(revision) ? revision : undefined;
  } catch (err) {
    deps.logger.debug(
      `cannot read the labels of ${image.repository.name}@${image.digest}: ${errorMessage(err)}`,
    );
    return undefined;
  }
}

/** The repository an overlay value points at: its own (without tag or digest), else the image's. */
export function repositoryOf(value: ImageValue, image: ImageConfig): ImageReference {
  if (value.repository === undefined) return image.repository;
  const parsed = tryParseReference(value.repository);
  return parsed.ok ? withTagAndDigest(parsed.ref) : image.repository;
}
