/**
 * Validation and encoding of the values a deploy record holds. Every value that reaches a
 * record passes through here, whether it is being written or read back (commit trailers,
 * deployment payloads): a value is either valid and kept, or dropped with a reason. Pure.
 */
import { digestProblem, formatReference, tryParseReference } from '../reference.js';
import type { RecordKind } from './types.js';
import { RECORD_KINDS } from './types.js';

/** Characters written as they are; everything else is percent-encoded (UTF-8 bytes). */
const SAFE = /[A-Za-z0-9._~:/@+-]/;
const ENCODED = /^(?:[A-Za-z0-9._~:/@+-]|%[0-9A-Fa-f]{2})*$/;

/** Percent-encodes `text` so that it holds no whitespace, `=`, `%` or control character. */
export function encodeValue(text: string): string {
  let out = '';
  for (const ch of text) {
    if (SAFE.test(ch)) {
      out += ch;
      continue;
    }
    for (const byte of new TextEncoder().encode(ch)) {
      out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

/** The text `encodeValue` encoded, or a reason it is not such a text. */
export function decodeValue(
  text: string,
): { ok: true; value: string } | { ok: false; reason: string } {
  if (!ENCODED.test(text)) return { ok: false, reason: 'holds characters a record never writes' };
  try {
    return { ok: true, value: decodeURIComponent(text) };
  } catch {
    return { ok: false, reason: 'is not valid percent-encoded UTF-8' };
  }
}

/** The longest free text (environment, actor) and URL a record keeps. */
export const MAX_TEXT = 255;
export const MAX_URL = 2048;

/** Image names as the configuration accepts them (src/config/parse.ts). */
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
const SOURCE_RE = /^[0-9a-f]{64}$/;
export const COMMIT_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export type Checked = { ok: true; value: string } | { ok: false; reason: string };

const ok = (value: string): Checked => ({ ok: true, value });
const bad = (reason: string): Checked => ({ ok: false, reason });

export function checkName(name: string): Checked {
  if (name.length > MAX_TEXT) return bad(`an image name is at most ${MAX_TEXT} characters`);
  return NAME_RE.test(name) ? ok(name) : bad('is not a valid image name');
}

/** A reference, written back in its fully qualified form (`nginx` → `docker.io/library/nginx`). */
export function checkReference(ref: string): Checked {
  const parsed = tryParseReference(ref);
  return parsed.ok ? ok(formatReference(parsed.ref)) : bad(parsed.reason);
}

export function checkDigest(digest: string): Checked {
  const problem = digestProblem(digest);
  return problem ? bad(problem) : ok(digest);
}

export function checkSource(source: string): Checked {
  return SOURCE_RE.test(source) ? ok(source) : bad('a source key is 64 lowercase hex characters');
}

export function checkCommit(sha: string): Checked {
  return COMMIT_RE.test(sha) ? ok(sha) : bad('a commit is a full id (40 or 64 lowercase hex)');
}

/** Free text (environment, actor): one line of printable characters. */
export function checkText(text: string): Checked {
  if (text.trim() === '') return bad('is empty');
  if (text.length > MAX_TEXT) return bad(`is longer than ${MAX_TEXT} characters`);
  if (CONTROL.test(text)) return bad('holds a control character or a line break');
  if (/\p{Cs}/u.test(text)) return bad('is not well-formed Unicode');
  return ok(text);
}

/** An http(s) URL without credentials, as the URL parser writes it. */
export function checkUrl(url: string): Checked {
  if (url.length > MAX_URL) return bad(`is longer than ${MAX_URL} characters`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return bad('is not a URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return bad('is not an http(s) URL');
  if (parsed.username || parsed.password) return bad('holds credentials');
  return parsed.href === url ? ok(url) : bad('is not in its normal form');
}

export function checkKind(
  kind: string,
): { ok: true; value: RecordKind } | { ok: false; reason: string } {
  return (RECORD_KINDS as readonly string[]).includes(kind)
    ? { ok: true, value: kind as RecordKind }
    : { ok: false, reason: `is not one of ${RECORD_KINDS.join(', ')}` };
}

/** The digest a reference is pinned to (or undefined). */
export function digestOf(ref: string): string | undefined {
  const parsed = tryParseReference(ref);
  return parsed.ok ? parsed.ref.digest : undefined;
}

/** The repository of a reference (fully qualified, no tag or digest), or undefined. */
export function repositoryOf(ref: string): string | undefined {
  const parsed = tryParseReference(ref);
  return parsed.ok ? parsed.ref.name : undefined;
}
