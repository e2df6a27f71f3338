/**
 * Copying an image's Sigstore bundles along with the image, so a promotion to another
 * repository stays verifiable there: every bundle referrer of the digest (ours and other
 * tools', e.g. build provenance), manifest bytes as they are and their blobs, made findable
 * in the target by its referrers API or its referrers tag (src/registry/referrers.ts).
 */
import type { ImageReference } from '../reference.js';
import {
  copyReferrers,
  type CopiedReferrer,
  type PushReferrerOptions,
} from '../registry/referrers.js';
import type { ArtifactStore } from '../registry/types.js';
import { BUNDLE_MEDIA_TYPE_PREFIX } from './verify.js';

export type CopiedBundle = CopiedReferrer;

/**
 * Copies the bundles attached to `digest` from one repository to another (same or another
 * registry). Returns what was copied; an image without bundles copies nothing.
 */
export function copyBundles(
  from: { store: ArtifactStore; repository: ImageReference },
  to: { store: ArtifactStore; repository: ImageReference },
  digest: string,
  options: PushReferrerOptions = {},
): Promise<CopiedBundle[]> {
  return copyReferrers(
    { store: from.store, repo: from.repository },
    { store: to.store, repo: to.repository },
    digest,
    (r) => r.artifactType?.startsWith(BUNDLE_MEDIA_TYPE_PREFIX) ?? false,
    options,
  );
}
