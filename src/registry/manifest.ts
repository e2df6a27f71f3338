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

/** `sha256:<hex>` (or the algorithm of `like`) over exactly these bytes. */
export function digestOf(bytes: Uint8Array, like?: string): string {
  const algorithm = like?.startsWith('sha512:') ? 'sha512' : 'sha256';
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

const ALGORITHMS: ReadonlySet<string> = new Set(['sha256', 'sha384', 'sha512']);

/** The hash algorithm `digest` names (sha256, sha384 or sha512), undefined for any other. */
export function digestAlgorithm(digest: string): string | undefined {
  const colon = digest.indexOf(':');
  const algorithm = digest.slice(0, colon);
  return colon > 0 && ALGORITHMS.has(algorithm) ? algorithm : undefined;
}

/**
 * True when `bytes` hash to `digest` (sha256, sha384 or sha512, per its prefix). A digest of
 * another or no algorithm never matches: a claim that cannot be checked is not believed.
 */
export function hashMatches(bytes: Uint8Array, digest: string): boolean {
  const algorithm = digestAlgorithm(digest);
  if (algorithm === undefined) return false;
  return createHash(algorithm).update(bytes).digest('hex') === digest.slice(algorithm.length + 1);
}

/** `application/vnd.oci.image.index.v1+json; charset=utf-8` → the bare type. */
export function bareMediaType(contentType: string | null | undefined): string | undefined {
  if (!contentType) return undefined;
  const bare = contentType.split(';', 1)[0]?.trim().toLowerCase();
  return bare || undefined;
}

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface BlobRef {
  digest: string;
  size: number;
  mediaType: string;
  /** Foreign (non-distributable) layers live elsewhere and are never copied. */
  foreign: boolean;
  /** An index entry's platform, when it names one. */
  platform?: Platform;
  /** An index entry's string annotations (e.g. `vnd.docker.reference.type`). */
  annotations?: Record<string, string>;
}

export type ParsedManifest =
  | { kind: 'index'; mediaType: string; children: BlobRef[] }
  | { kind: 'image'; mediaType: string; blobs: BlobRef[]; config?: BlobRef };

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

function readDescriptor(value: unknown, where: string): BlobRef {
  if (typeof value !== 'object' || value === null) {
    throw new ManifestError(`${where} is not a descriptor object`);
  }
  const d = value as {
    digest?: unknown;
    size?: unknown;
    mediaType?: unknown;
    urls?: unknown;
    platform?: unknown;
    annotations?: unknown;
  };
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
  const ref: BlobRef = { digest: d.digest, size: d.size, mediaType, foreign };
  const platform = readPlatform(d.platform);
  if (platform) ref.platform = platform;
  if (typeof d.annotations === 'object' && d.annotations !== null) {
    const strings = Object.entries(d.annotations).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    );
    if (strings.length > 0) ref.annotations = Object.fromEntries(strings);
  }
  return ref;
}

function readPlatform(value: unknown): Platform | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as { os?: unknown; architecture?: unknown; variant?: unknown };
  if (typeof p.os !== 'string' || typeof p.architecture !== 'string') return undefined;
  return {
    os: p.os,
    architecture: p.architecture,
    ...(typeof p.variant === 'string' ? { variant: p.variant } : {}),
  };
}

/** Build attestations (buildx provenance/SBOM) ride in an index as `unknown/unknown` images. */
export function isAttestation(child: BlobRef): boolean {
  return (
    child.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (child.platform?.os === 'unknown' && child.platform.architecture === 'unknown')
  );
}

/** The child of an index whose config describes the image: linux/amd64, else the first image. */
export function pickImageChild(children: readonly BlobRef[]): BlobRef | undefined {
  const images = children.filter((c) => !isAttestation(c));
  return (
    images.find((c) => c.platform?.os === 'linux' && c.platform.architecture === 'amd64') ??
    images[0]
  );
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
  const config = m.config !== undefined ? readDescriptor(m.config, 'config') : undefined;
  if (config) blobs.push(config);
  if (m.layers !== undefined) {
    if (!Array.isArray(m.layers)) throw new ManifestError('"layers" is not a list');
    m.layers.forEach((l, i) => blobs.push(readDescriptor(l, `layers[${i}]`)));
  }
  return { kind: 'image', mediaType, blobs, ...(config ? { config } : {}) };
}

/** What `Registry.imageConfig` returns: the labels (and creation time) of an image config. */
export interface ImageConfigInfo {
  labels: Record<string, string>;
  created?: string;
}

/** Reads labels and `created` from image config JSON; throws ManifestError when it is not JSON. */
export function parseImageConfig(bytes: Uint8Array): ImageConfigInfo {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new ManifestError('the image config is not valid JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ManifestError('the image config is not a JSON object');
  }
  const c = json as { config?: { Labels?: unknown } | null; created?: unknown };
  const raw = c.config?.Labels;
  const labels: Record<string, string> = {};
  if (typeof raw === 'object' && raw !== null) {
    for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') labels[k] = v;
  }
  return { labels, ...(typeof c.created === 'string' ? { created: c.created } : {}) };
}
