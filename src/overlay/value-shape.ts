/**
 * Value shapes: reading what a scalar holds (a tag, a digest or a full reference) and
 * spelling a new one.
 *
 * A value is a digest when it is `sha256:<64 hex>` (or another algorithm of a valid digest),
 * a reference when it parses as an image reference and has more than a single word (a `/`,
 * `:` or `@`: `ghcr.io/acme/api:v1`, `nginx:1.27`, `api@sha256:…`), and a tag otherwise. A
 * single word at a key named `image` (`image: nginx`) is a reference too: that key holds
 * images, not tags.
 */
import { digestProblem, parseRepositoryName, tryParseReference } from '../reference.js';
import { isSelector, type KeyPath } from './key-path.js';
import type { ImageValue, ValueShape } from './types.js';

export function isDigestValue(text: string): boolean {
  return /^[a-z0-9]+:[0-9a-f]+$/.test(text) && digestProblem(text) === undefined;
}

/** The repository, tag and digest of a reference, the repository spelled as written. */
export function splitReference(text: string): ImageValue | undefined {
  const parsed = tryParseReference(text);
  if (!parsed.ok || text !== text.trim()) return undefined;
  let rest = text;
  const value: ImageValue = {};
  const at = rest.indexOf('@');
  if (at !== -1) {
    value.digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    value.tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { repository: rest, ...value };
}

function lastKey(path: KeyPath): string | undefined {
  const last = path[path.length - 1];
  return last === undefined || isSelector(last) ? undefined : String(last);
}

/** The shape of `text` found at `key`. */
export function readShape(text: string, key: KeyPath): ValueShape {
  if (isDigestValue(text)) return 'digest';
  if (text !== text.trim() || !tryParseReference(text).ok) return 'tag';
  if (/[/:@]/.test(text)) return 'reference';
  return lastKey(key)?.toLowerCase() === 'image' ? 'reference' : 'tag';
}

/**
 * The shape `value: auto` writes into a key that does not exist yet: a full reference at a key
 * named `image` (a bare word there reads as an image name), a digest at a key named `digest`,
 * a bare tag anywhere else.
 */
export function newKeyShape(key: KeyPath): ValueShape {
  const name = lastKey(key)?.toLowerCase();
  if (name === 'image') return 'reference';
  if (name === 'digest') return 'digest';
  return 'tag';
}

/** `repository[:tag][@digest]`. */
export function renderReference(repository: string, tag?: string, digest?: string): string {
  return (
    repository + (tag === undefined ? '' : `:${tag}`) + (digest === undefined ? '' : `@${digest}`)
  );
}

/** Whether `written` (as a file spells it) names the repository `verified`. */
export function sameRepository(written: string | undefined, verified: string): boolean {
  if (written === undefined) return false;
  const a = tryParseReference(written);
  if (!a.ok || a.ref.tag !== undefined || a.ref.digest !== undefined) return false;
  return a.ref.name === parseRepositoryName(verified).name;
}
