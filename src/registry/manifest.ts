/**
 * Manifest media types, digests over exact bytes, and the references a manifest holds
 * (an index's children, an image's config and layers). Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import { digestProblem } from '../reference.js';

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

const INDEX_TYPES = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);
const IMAGE_TYPES = new Set<string>([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);

/**
 * Every manifest type, on every manifest request: distribution answers 404 for a manifest whose
 * type is missing from Accept, even though it exists (vectors/registry-http-transcript.json).
 */
export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerList,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifest,
].join(', ');

export const MANIFEST_MEDIA_TYPES: readonly string[] = Object.values(MEDIA_TYPES);

export function isIndexMediaType(mediaType: string): boolean {
  return INDEX_TYPES.has(mediaType);
}

/** `sha256:<hex>` (or the algorithm of `like`) over exactly these bytes. */
export function digestOf(bytes: Uint8Array, like?: string): string {
  const algorithm = like?.startsWith('sha512:') ? 'sha512' : 'sha256';
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

/** `application/vnd.oci.image.index.v1+json; charset=utf-8` → the bare type. */
export function bareMediaType(contentType: string | null | undefined): string | undefined {
  if (!contentType) return undefined;
  const bare = contentType.split(';', 1)[0]?.trim().toLowerCase();
  return bare || undefined;
}

export interface BlobRef {
  digest: string;
  size: number;
  mediaType: string;
  /** Foreign (non-distributable) layers live elsewhere and are never copied. */
  foreign: boolean;
}

export type ParsedManifest =
  | { kind: 'index'; mediaType: string; children: BlobRef[] }
  | { kind: 'image'; mediaType: string; blobs: BlobRef[] };

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

function readDescriptor(value: unknown, where: string): BlobRef {
  if (typeof value !== 'object' || value === null) {
    throw new ManifestError(`${where} is not a descriptor object`);
  }
  const d = value as { digest?: unknown; size?: unknown; mediaType?: unknown; urls?: unknown };
  if (typeof d.digest !== 'string' || digestProblem(d.digest) !== undefined) {
    throw new ManifestError(`${where} has an invalid digest`);
  }
  if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
    throw new ManifestError(`${where} has an invalid size`);
  }
  const mediaType = typeof d.mediaType === 'string' ? d.mediaType : '';
  const foreign =
    mediaType.includes('nondistributable') ||
    mediaType.includes('foreign') ||
    (Array.isArray(d.urls) && d.urls.length > 0);
  return { digest: d.digest, size: d.size, mediaType, foreign };
}

/**
 * Reads what a manifest references. The media type comes from the response's Content-Type,
 * else the manifest's own `mediaType`, else its shape (`manifests` means an index).
 */
export function parseManifest(bytes: Uint8Array, contentType?: string): ParsedManifest {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new ManifestError('the manifest is not valid JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ManifestError('the manifest is not a JSON object');
  }
  const m = json as {
    mediaType?: unknown;
    manifests?: unknown;
    config?: unknown;
    layers?: unknown;
  };
  const declared = typeof m.mediaType === 'string' ? m.mediaType : undefined;
  const header = bareMediaType(contentType);
  const known = (t: string | undefined) =>
    t !== undefined && (INDEX_TYPES.has(t) || IMAGE_TYPES.has(t));
  let mediaType = known(header) ? header : known(declared) ? declared : undefined;
  mediaType ??= Array.isArray(m.manifests) ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;

  if (INDEX_TYPES.has(mediaType)) {
    if (!Array.isArray(m.manifests)) throw new ManifestError('the index has no "manifests" list');
    const children = m.manifests.map((c, i) => readDescriptor(c, `manifests[${i}]`));
    return { kind: 'index', mediaType, children };
  }
  const blobs: BlobRef[] = [];
  if (m.config !== undefined) blobs.push(readDescriptor(m.config, 'config'));
  if (m.layers !== undefined) {
    if (!Array.isArray(m.layers)) throw new ManifestError('"layers" is not a list');
    m.layers.forEach((l, i) => blobs.push(readDescriptor(l, `layers[${i}]`)));
  }
  return { kind: 'image', mediaType, blobs };
}
