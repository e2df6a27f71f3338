/**
 * Referrers lists (OCI 1.1), pure: the index the referrers API answers and the referrers tag
 * holds. Entries are hints for reads by digest, so an entry that is not a descriptor is left
 * out rather than failing the list; the list itself must be an OCI index.
 */
import { isValidDigest } from '../reference.js';
import { MEDIA_TYPES, ManifestError } from './manifest.js';
import type { ReferrerDescriptor } from './types.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The string-valued entries of an object (annotations), undefined when there are none. */
export function stringRecord(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value).filter(
    (e): e is [string, string] => typeof e[1] === 'string',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** A descriptor object, or undefined when it lacks a valid digest, size or media type. */
export function readReferrer(value: unknown): ReferrerDescriptor | undefined {
  if (!isRecord(value)) return undefined;
  const { digest, size, mediaType, artifactType, annotations } = value;
  if (typeof digest !== 'string' || !isValidDigest(digest)) return undefined;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined;
  if (typeof mediaType !== 'string' || mediaType === '') return undefined;
  const strings = stringRecord(annotations);
  return {
    digest,
    size,
    mediaType,
    ...(typeof artifactType === 'string' && artifactType !== '' ? { artifactType } : {}),
    ...(strings ? { annotations: strings } : {}),
  };
}

/** The JSON object of an OCI index; throws ManifestError when the bytes are not one. */
export function indexObject(bytes: Uint8Array): Record<string, unknown> & { manifests: unknown[] } {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new ManifestError('not valid JSON');
  }
  if (!isRecord(json)) throw new ManifestError('not a JSON object');
  if (json.mediaType !== undefined && json.mediaType !== MEDIA_TYPES.ociIndex) {
    throw new ManifestError(`media type ${JSON.stringify(json.mediaType)}, not an OCI index`);
  }
  const { manifests } = json;
  if (!Array.isArray(manifests)) throw new ManifestError('no "manifests" list');
  return json as Record<string, unknown> & { manifests: unknown[] };
}

/**
 * The descriptors of a referrers list (the referrers API's answer or the referrers tag's
 * index). Throws ManifestError when the bytes are not an OCI index; entries that are not
 * descriptors are left out.
 */
export function parseReferrersIndex(bytes: Uint8Array): ReferrerDescriptor[] {
  const out: ReferrerDescriptor[] = [];
  for (const entry of indexObject(bytes).manifests) {
    const ref = readReferrer(entry);
    if (ref) out.push(ref);
  }
  return out;
}
