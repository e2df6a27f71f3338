/**
 * The wire-level pieces the OCI registry client (oci.ts) and its artifact store
 * (oci-artifacts.ts, loaded on first use) share: a fetched manifest, its descriptor and the
 * reference a request names.
 */
import type { ImageReference } from '../reference.js';
import type { ParsedManifest } from './manifest.js';
import type { Descriptor } from './types.js';

/** A manifest as fetched: the exact bytes and what they hash to. */
export interface FetchedManifest {
  bytes: Buffer;
  /** Exactly as the registry sent it (minus parameters); reused for the PUT. */
  mediaType: string;
  digest: string;
  parsed: ParsedManifest;
}

/** What to ask the registry for: the digest when pinned (docker ignores the tag then), else the tag. */
export function manifestReference(ref: ImageReference): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

export function descriptorOf(m: FetchedManifest): Descriptor {
  return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
}
