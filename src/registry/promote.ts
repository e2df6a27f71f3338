/**
 * Promotion: point a tag at an existing image, in the same repository (retag) or another
 * repository of the same registry (copy), without pulling it and without changing its digest.
 */
import { UserError } from '../errors.js';
import {
  formatReference,
  tagProblem,
  tryParseReference,
  withTagAndDigest,
  type ImageReference,
} from '../reference.js';
import type { Descriptor, RegistryProvider, WriteOptions } from './types.js';

export interface PromotionResult {
  source: ImageReference;
  target: ImageReference;
  /** The target's manifest after the promotion: always the source's digest. */
  descriptor: Descriptor;
  /** False when the target already held this digest. */
  changed: boolean;
}

/**
 * Reads a promotion target: a bare tag means "this tag in the source's repository"; anything
 * with `/`, `:` or `@` is a full reference, which must carry a tag and no digest.
 */
export function parsePromotionTarget(source: ImageReference, target: string): ImageReference {
  if (!/[/:@]/.test(target)) {
    const problem = tagProblem(target);
    if (problem) throw new UserError(`invalid target tag "${target}": ${problem}`);
    return withTagAndDigest(source, target);
  }
  const parsed = tryParseReference(target);
  if (!parsed.ok) throw new UserError(`invalid target reference "${target}": ${parsed.reason}`);
  const ref = parsed.ref;
  if (ref.digest !== undefined) {
    throw new UserError(
      `target "${target}" pins a digest; a promotion writes a tag (e.g. ${ref.name}:v1)`,
    );
  }
  if (ref.tag === undefined) {
    throw new UserError(
      `target "${target}" has no tag; name the tag to write (e.g. ${ref.name}:v1)`,
    );
  }
  if (ref.domain !== source.domain) {
    throw new UserError(
      `cannot promote ${formatReference(source)} to ${formatReference(ref)}: both must be in the same registry (copying between registries would need the layers pulled and pushed)`,
    );
  }
  return ref;
}

/** Retags within a repository or copies to another one; verifies the digest did not change. */
export async function promoteImage(
  provider: RegistryProvider,
  source: ImageReference,
  target: ImageReference,
  options: WriteOptions = {},
): Promise<PromotionResult> {
  const registry = await provider.forReference(source);
  const tag = target.tag;
  if (tag === undefined) throw new UserError(`target ${formatReference(target)} has no tag`);
  const result =
    target.path === source.path
      ? await registry.addTag(source, tag, options)
      : await registry.copy(source, target, options);
  if (source.digest !== undefined && result.descriptor.digest !== source.digest) {
    // The registry layer verifies every write; this guards the contract at the boundary too.
    throw new UserError(
      `promotion of ${formatReference(source)} produced ${result.descriptor.digest}; the digest must not change`,
    );
  }
  return { source, target, descriptor: result.descriptor, changed: result.changed };
}
