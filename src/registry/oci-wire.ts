/**
 * The wire-level pieces the OCI registry client (oci.ts) and its artifact store
 * (oci-artifacts.ts, loaded on first use) share: a fetched manifest, the reference a request
 * names, and pagination links.
 */
import type { ImageReference } from '../reference.js';
import type { ParsedManifest } from './manifest.js';

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

/** RFC 8288 `Link: <url>; rel="next"`, resolved against the current URL. */
export function nextLink(link: string | null, current: string): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    if (m && /rel="?next"?/i.test(m[2] ?? '')) return new URL(m[1] ?? '', current).toString();
  }
  return undefined;
}
