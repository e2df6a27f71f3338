/**
 * Short display forms shared by the record's outputs (history, status, holds, the picture).
 * Plain text: each output escapes it for its own format (src/record/escape.ts). Pure.
 */
import { tryParseReference } from '../reference.js';

/** The first 7 characters of a commit id. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** `sha256:` and the first 12 hex characters. */
export function shortDigest(digest: string): string {
  const colon = digest.indexOf(':');
  return colon === -1 ? digest.slice(0, 12) : digest.slice(0, colon + 13);
}

/** A time as `2025-01-02 15:04 UTC`. */
export function formatTime(time: Date): string {
  if (Number.isNaN(time.getTime())) return 'an unknown time';
  return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * A reference as a person reads it next to others of the same image: its tag (with a short
 * digest when pinned), else its short digest; a bare value or text that does not parse as
 * it is.
 */
export function shortRef(ref: string): string {
  // A bare tag (`sha-1a2b3c4`, an overlay's value) is shown as it is.
  if (!/[/:@]/.test(ref)) return ref;
  if (/^[a-z0-9]+:[0-9a-f]{32,}$/.test(ref)) return shortDigest(ref);
  const parsed = tryParseReference(ref);
  if (!parsed.ok) return ref;
  const { tag, digest } = parsed.ref;
  if (tag !== undefined) return digest ? `${tag}@${shortDigest(digest)}` : tag;
  return digest ? shortDigest(digest) : parsed.ref.name;
}

/** `from → to` in short forms; `(none)` for a first deploy. */
export function fromTo(from: string | undefined, to: string): string {
  return `${from === undefined ? '(none)' : shortRef(from)} → ${shortRef(to)}`;
}
