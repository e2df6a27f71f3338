/**
 * Deterministic images pushed straight through the distribution API (no docker needed):
 * real gzip'd tar layers with matching diff_ids, so a docker engine can pull them too.
 * The same seed always gives the same bytes, hence the same digests, on one machine.
 */
import { createHash } from 'node:crypto';
import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const ACCEPT_ALL = [OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(', ');

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export const FOUR_PLATFORMS: Platform[] = [
  { os: 'linux', architecture: 'amd64' },
  { os: 'linux', architecture: 'arm64' },
  { os: 'linux', architecture: 'arm', variant: 'v7' },
  { os: 'linux', architecture: 'ppc64le' },
];

/** Where fixtures are pushed; `authorize` supplies an Authorization header for a scope. */
export interface FixtureTarget {
  /** Base URL, e.g. http://127.0.0.1:5000 */
  url: string;
  authorize?: (scope: string) => Promise<string | undefined>;
}

export function sha256(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Pseudo-random but reproducible bytes (incompressible, like real layer data). */
export function seededBytes(seed: string, size: number): Buffer {
  const out = Buffer.alloc(size);
  let block = createHash('sha256').update(seed).digest();
  for (let offset = 0; offset < size; offset += block.length) {
    block.copy(out, offset, 0, Math.min(block.length, size - offset));
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

/** A ustar archive holding one regular file; fixed owner, mode and mtime. */
export function tarWithFile(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512);
  const field = (offset: number, length: number, value: string) => {
    header.write(value, offset, length, 'ascii');
  };
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, '0');
  field(0, 100, name);
  field(100, 8, octal(0o644, 8));
  field(108, 8, octal(0, 8));
  field(116, 8, octal(0, 8));
  field(124, 12, octal(content.length, 12));
  field(136, 12, octal(0, 12));
  field(148, 8, '        ');
  field(156, 1, '0');
  field(257, 6, 'ustar');
  field(263, 2, '00');
  let sum = 0;
  for (const byte of header) sum += byte;
  field(148, 8, `${octal(sum, 7)}\0`);
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([header, content, padding, Buffer.alloc(1024)]);
}

export interface ImageContent {
  config: Buffer;
  layers: Buffer[];
  manifest: Buffer;
  mediaType: string;
  digest: string;
}

export interface ImageOptions {
  seed: string;
  platform?: Platform;
  /** Layers in the image (default 1). */
  layers?: number;
  /** Uncompressed bytes of each layer's file (default 64). */
  layerSize?: number;
  /** Docker schema 2 media types instead of OCI. */
  docker?: boolean;
}

/** Builds (does not push) one image: config, layers and manifest bytes. */
export function imageContent(options: ImageOptions): ImageContent {
  const platform = options.platform ?? { os: 'linux', architecture: 'amd64' };
  const layers: Buffer[] = [];
  const diffIds: string[] = [];
  for (let i = 0; i < (options.layers ?? 1); i++) {
    const data = seededBytes(`${options.seed}/layer${i}`, options.layerSize ?? 64);
    const tar = tarWithFile(`layer-${i}.bin`, data);
    diffIds.push(sha256(tar));
    layers.push(gzipSync(tar, { level: 6 }));
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: platform.architecture,
      os: platform.os,
      ...(platform.variant ? { variant: platform.variant } : {}),
      created: '2024-01-01T00:00:00Z',
      config: { Cmd: ['/layer-0.bin'], Labels: { seed: options.seed } },
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: diffIds.map(() => ({ created: '2024-01-01T00:00:00Z', created_by: 'fixture' })),
    }),
  );
  const docker = options.docker ?? false;
  const mediaType = docker ? DOCKER_MANIFEST : OCI_MANIFEST;
  const manifest = Buffer.from(
    JSON.stringify(
      {
        schemaVersion: 2,
        mediaType,
        config: {
          mediaType: docker
            ? 'application/vnd.docker.container.image.v1+json'
            : 'application/vnd.oci.image.config.v1+json',
          digest: sha256(config),
          size: config.length,
        },
        layers: layers.map((l) => ({
          mediaType: docker
            ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
            : 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: sha256(l),
          size: l.length,
        })),
      },
      null,
      // Indented on purpose: re-serialising would change these bytes, and so the digest.
      3,
    ) + '\n',
  );
  return { config, layers, manifest, mediaType, digest: sha256(manifest) };
}

async function headers(
  target: FixtureTarget,
  repo: string,
  extra: Record<string, string> = {},
): Promise<Record<string, string>> {
  const authorization = await target.authorize?.(`repository:${repo}:pull,push`);
  return { ...extra, ...(authorization ? { Authorization: authorization } : {}) };
}

export async function pushBlob(
  target: FixtureTarget,
  repo: string,
  bytes: Buffer,
): Promise<string> {
  const digest = sha256(bytes);
  const start = await fetch(`${target.url}/v2/${repo}/blobs/uploads/`, {
    method: 'POST',
    headers: await headers(target, repo),
  });
  await start.arrayBuffer();
  const location = start.headers.get('location');
  if (start.status !== 202 || !location) {
    throw new Error(`fixture: start upload to ${repo} answered ${start.status}`);
  }
  const url = new URL(location, target.url);
  url.searchParams.set('digest', digest);
  const done = await fetch(url, {
    method: 'PUT',
    headers: await headers(target, repo, { 'Content-Type': 'application/octet-stream' }),
    body: bytes,
  });
  await done.arrayBuffer();
  if (done.status !== 201)
    throw new Error(`fixture: blob upload to ${repo} answered ${done.status}`);
  return digest;
}

export async function pushManifest(
  target: FixtureTarget,
  repo: string,
  reference: string,
  bytes: Buffer,
  mediaType: string,
): Promise<string> {
  const res = await fetch(`${target.url}/v2/${repo}/manifests/${reference}`, {
    method: 'PUT',
    headers: await headers(target, repo, { 'Content-Type': mediaType }),
    body: bytes,
  });
  const text = await res.text();
  if (res.status !== 201) {
    throw new Error(`fixture: manifest PUT ${repo}:${reference} answered ${res.status} ${text}`);
  }
  return sha256(bytes);
}

export interface PushedImage extends ImageContent {
  repo: string;
  tag?: string;
}

/** Pushes one image's blobs and manifest; tags it when `tag` is given (else by digest). */
export async function pushImage(
  target: FixtureTarget,
  repo: string,
  tag: string | undefined,
  options: ImageOptions,
): Promise<PushedImage> {
  const content = imageContent(options);
  await pushBlob(target, repo, content.config);
  for (const layer of content.layers) await pushBlob(target, repo, layer);
  await pushManifest(target, repo, tag ?? content.digest, content.manifest, content.mediaType);
  return { ...content, repo, ...(tag ? { tag } : {}) };
}

export interface PushedIndex {
  repo: string;
  tag: string;
  bytes: Buffer;
  mediaType: string;
  digest: string;
  children: PushedImage[];
}

export interface IndexOptions extends Omit<ImageOptions, 'platform'> {
  platforms?: Platform[];
}

/** Pushes a multi-platform index (4 platforms by default), children by digest first. */
export async function pushIndex(
  target: FixtureTarget,
  repo: string,
  tag: string,
  options: IndexOptions,
): Promise<PushedIndex> {
  const platforms = options.platforms ?? FOUR_PLATFORMS;
  const children: PushedImage[] = [];
  for (const platform of platforms) {
    const seed = `${options.seed}/${platform.os}/${platform.architecture}/${platform.variant ?? ''}`;
    children.push(await pushImage(target, repo, undefined, { ...options, seed, platform }));
  }
  const mediaType = options.docker ? DOCKER_LIST : OCI_INDEX;
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType,
      manifests: children.map((c, i) => ({
        mediaType: c.mediaType,
        digest: c.digest,
        size: c.manifest.length,
        platform: platforms[i],
      })),
    }),
  );
  await pushManifest(target, repo, tag, bytes, mediaType);
  return { repo, tag, bytes, mediaType, digest: sha256(bytes), children };
}

/** GET a manifest's exact bytes (full Accept list), or undefined on 404. */
export async function getManifest(
  target: FixtureTarget,
  repo: string,
  reference: string,
): Promise<{ bytes: Buffer; mediaType: string | null } | undefined> {
  const authorization = await target.authorize?.(`repository:${repo}:pull`);
  const res = await fetch(`${target.url}/v2/${repo}/manifests/${reference}`, {
    headers: { Accept: ACCEPT_ALL, ...(authorization ? { Authorization: authorization } : {}) },
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status === 404) return undefined;
  if (res.status !== 200)
    throw new Error(`fixture: GET ${repo}:${reference} answered ${res.status}`);
  return { bytes, mediaType: res.headers.get('content-type') };
}

/** Request lines (`METHOD /uri STATUS`) from a distribution access log, in order. */
export function accessLogRequests(logText: string): string[] {
  const out: string[] = [];
  for (const line of logText.split('\n')) {
    const m = /^\S+ - \S+ \[[^\]]+\] "(\S+) (\S+) [^"]*" (\d{3}) /.exec(line);
    if (m) out.push(`${m[1]} ${m[2]} ${m[3]}`);
  }
  return out;
}

/**
 * Marks the current end of a registry log; `requests()` returns the requests logged since,
 * once the log has stopped growing (the registry writes the line after the response).
 */
export function watchAccessLog(logFile: string): { requests: () => Promise<string[]> } {
  const start = statSync(logFile).size;
  return {
    async requests() {
      let size = statSync(logFile).size;
      for (let stable = 0; stable < 2;) {
        await new Promise((r) => setTimeout(r, 40));
        const now = statSync(logFile).size;
        stable = now === size ? stable + 1 : 0;
        size = now;
      }
      const buf = Buffer.alloc(size - start);
      const fd = openSync(logFile, 'r');
      try {
        readSync(fd, buf, 0, buf.length, start);
      } finally {
        closeSync(fd);
      }
      return accessLogRequests(buf.toString('utf8'));
    },
  };
}
