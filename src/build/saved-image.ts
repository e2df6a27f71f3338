/**
 * Pushing an image by digest without docker push: the classic builder cannot push an image
 * without a tag, and a signed build must have no tag an overlay uses until it is signed. So
 * the built image is written out with `docker save` and uploaded here through the registry
 * client: its config blob (the exact bytes, whose sha256 is the image ID), its layers, and an
 * OCI image manifest, pushed by digest.
 *
 * `docker save` writes a tar archive whose `manifest.json` names the config and the layers by
 * path: `<id>.json` and `<dir>/layer.tar` in the legacy format (docker 20.10; a layer saved
 * twice is a symlink to the first), `blobs/sha256/<hex>` in the OCI layout docker 25 writes.
 * A layer that is an uncompressed tar (its sha256 must be the config's diff_id) is gzipped
 * here; one that is gzip or zstd already goes up as it is. One layer is held in memory at a
 * time, compressed.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { posix } from 'node:path';
import { createGzip } from 'node:zlib';
import { UserError } from '../errors.js';
import { withTagAndDigest, type ImageReference } from '../reference.js';
import { digestOf, MEDIA_TYPES } from '../registry/manifest.js';
import type { ArtifactStore, Descriptor } from '../registry/types.js';

const BLOCK = 512;
/** manifest.json and an image config are small; anything larger is not what docker saved. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;
const MAX_ENTRIES = 1_000_000;
const MAX_LINK_HOPS = 8;

export const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
export const LAYER_MEDIA_TYPES = {
  tar: 'application/vnd.oci.image.layer.v1.tar',
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
} as const;

/** One member of the archive: where its bytes are. */
export interface TarEntry {
  name: string;
  type: 'file' | 'symlink' | 'directory' | 'other';
  /** Offset of the content in the archive. */
  offset: number;
  size: number;
  /** A symlink's target. */
  link?: string;
}

function problem(detail: string): UserError {
  return new UserError(`the image docker saved cannot be read: ${detail}`);
}

function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}

/** A numeric header field: octal text, or base-256 when its high bit is set (GNU). */
function number(block: Buffer, start: number, length: number): number {
  const field = block.subarray(start, start + length);
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let value = (field[0] ?? 0) & 0x7f;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    return value;
  }
  const digits = text(block, start, length).trim();
  if (digits === '') return 0;
  if (!/^[0-7]+$/.test(digits)) throw problem(`a tar header holds "${digits}" where a number goes`);
  return parseInt(digits, 8);
}

/** PAX records: `<length> <key>=<value>\n`, repeated. */
function paxRecords(body: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    if (space === -1) break;
    const length = Number(body.subarray(at, space).toString('ascii'));
    if (!Number.isSafeInteger(length) || length <= 0) break;
    const record = body.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return out;
}

function normalize(name: string): string {
  return posix
    .normalize(name)
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
}

/** Member types by their header's type flag. */
const TYPE_FLAGS: Record<string, TarEntry['type']> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '2': 'symlink',
  '5': 'directory',
};

/** Lists the members of a tar archive (ustar, GNU long names, PAX), without reading them. */
export async function listTar(file: FileHandle): Promise<Map<string, TarEntry>> {
  const entries = new Map<string, TarEntry>();
  const { size: total } = await file.stat();
  const header = Buffer.alloc(BLOCK);
  let offset = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax = new Map<string, string>();
  while (offset + BLOCK <= total) {
    const { bytesRead } = await file.read(header, 0, BLOCK, offset);
    if (bytesRead < BLOCK) throw problem('the archive ends inside a header');
    if (header.every((b) => b === 0)) break;
    const size = number(header, 124, 12);
    const flag = String.fromCharCode(header[156] ?? 0);
    const start = offset + BLOCK;
    if (start + size > total) throw problem('the archive ends inside a member');
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
    if (flag === 'L' || flag === 'K' || flag === 'x') {
      if (size > MAX_JSON_BYTES) throw problem('an extended header is too large');
      const body = Buffer.alloc(size);
      await file.read(body, 0, size, start);
      if (flag === 'L') longName = text(body, 0, size);
      else if (flag === 'K') longLink = text(body, 0, size);
      else pax = paxRecords(body);
      continue;
    }
    if (flag === 'g') continue;
    const prefix = text(header, 345, 155);
    const short = text(header, 0, 100);
    const name = normalize(
      pax.get('path') ?? longName ?? (prefix !== '' ? `${prefix}/${short}` : short),
    );
    const link = pax.get('linkpath') ?? longLink ?? text(header, 157, 100);
    const type = TYPE_FLAGS[flag] ?? 'other';
    entries.set(name, {
      name,
      type,
      offset: start,
      size,
      ...(type === 'symlink' ? { link } : {}),
    });
    if (entries.size > MAX_ENTRIES) throw problem(`it has more than ${MAX_ENTRIES} members`);
    longName = undefined;
    longLink = undefined;
    pax = new Map();
  }
  return entries;
}

/** The regular file `path` names, symlinks followed inside the archive. */
function member(entries: Map<string, TarEntry>, path: string): TarEntry {
  let name = normalize(path);
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    const entry = entries.get(name);
    if (!entry) throw problem(`manifest.json names ${path}, which is not in the archive`);
    if (entry.type === 'file') return entry;
    if (entry.type !== 'symlink' || entry.link === undefined) {
      throw problem(`${path} is not a file in the archive`);
    }
    name = normalize(posix.join(posix.dirname(name), entry.link));
  }
  throw problem(`${path} is a chain of more than ${MAX_LINK_HOPS} symlinks`);
}

async function readMember(file: FileHandle, entry: TarEntry): Promise<Buffer> {
  if (entry.size > MAX_JSON_BYTES) throw problem(`${entry.name} is ${entry.size} bytes`);
  const bytes = Buffer.alloc(entry.size);
  await file.read(bytes, 0, entry.size, entry.offset);
  return bytes;
}

function parseJson(bytes: Buffer, what: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw problem(`${what} is not JSON`);
  }
}

/** What manifest.json says about the one image saved: the config's and the layers' paths. */
function savedManifest(json: unknown): { config: string; layers: string[] } {
  const only = Array.isArray(json) && json.length === 1 ? (json[0] as unknown) : undefined;
  if (typeof only !== 'object' || only === null) {
    throw problem('manifest.json does not describe exactly one image');
  }
  const { Config: config, Layers: layers } = only as { Config?: unknown; Layers?: unknown };
  if (typeof config !== 'string' || !Array.isArray(layers)) {
    throw problem('manifest.json has no Config and Layers');
  }
  if (!layers.every((l): l is string => typeof l === 'string')) {
    throw problem('manifest.json lists a layer that is not a path');
  }
  return { config, layers };
}

function diffIds(config: unknown): string[] {
  const rootfs = (config as { rootfs?: { diff_ids?: unknown } } | null)?.rootfs;
  const ids = rootfs?.diff_ids;
  if (!Array.isArray(ids) || !ids.every((d): d is string => typeof d === 'string')) {
    throw problem('the image config has no rootfs.diff_ids');
  }
  return ids;
}

/** The layer as it goes up: gzip or zstd as saved, an uncompressed tar gzipped here. */
async function layerBlob(
  path: string,
  file: FileHandle,
  entry: TarEntry,
  diffId: string,
): Promise<{ bytes: Buffer; mediaType: string }> {
  const magic = Buffer.alloc(Math.min(4, entry.size));
  await file.read(magic, 0, magic.length, entry.offset);
  const range = { start: entry.offset, end: entry.offset + entry.size - 1 };
  const whole = async (): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    if (entry.size > 0)
      for await (const c of createReadStream(path, range)) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  };
  if (magic[0] === 0x1f && magic[1] === 0x8b) {
    return { bytes: await whole(), mediaType: LAYER_MEDIA_TYPES.gzip };
  }
  if (magic.equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) {
    return { bytes: await whole(), mediaType: LAYER_MEDIA_TYPES.zstd };
  }
  const hash = createHash('sha256');
  const gzip = createGzip();
  const out: Buffer[] = [];
  gzip.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    gzip.on('end', resolve);
    gzip.on('error', reject);
  });
  if (entry.size > 0) {
    for await (const chunk of createReadStream(path, range)) {
      hash.update(chunk as Buffer);
      if (!gzip.write(chunk)) await new Promise((r) => gzip.once('drain', r));
    }
  }
  gzip.end();
  await done;
  const actual = `sha256:${hash.digest('hex')}`;
  if (actual !== diffId) {
    throw problem(`${entry.name} hashes to ${actual}, but the config says the layer is ${diffId}`);
  }
  return { bytes: Buffer.concat(out), mediaType: LAYER_MEDIA_TYPES.gzip };
}

/**
 * Uploads the image in the `docker save` archive at `path` to `repository` by digest: the
 * config and layer blobs, then the OCI image manifest. Returns the manifest's descriptor (its
 * digest computed from the bytes written).
 */
export async function uploadSavedImage(
  path: string,
  store: ArtifactStore,
  repository: ImageReference,
): Promise<Descriptor> {
  const repo = withTagAndDigest(repository);
  const file = await open(path, 'r');
  try {
    const entries = await listTar(file);
    const saved = savedManifest(
      parseJson(await readMember(file, member(entries, 'manifest.json')), 'manifest.json'),
    );
    const configBytes = await readMember(file, member(entries, saved.config));
    const ids = diffIds(parseJson(configBytes, saved.config));
    if (ids.length !== saved.layers.length) {
      throw problem(
        `manifest.json lists ${saved.layers.length} layers, the config ${ids.length} diff_ids`,
      );
    }
    const layers: Descriptor[] = [];
    for (const [i, layerPath] of saved.layers.entries()) {
      const blob = await layerBlob(path, file, member(entries, layerPath), ids[i] ?? '');
      const written = await store.writeBlob(repo, blob.bytes);
      layers.push({ mediaType: blob.mediaType, digest: written.digest, size: written.size });
    }
    const config = await store.writeBlob(repo, configBytes);
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        config: { mediaType: OCI_CONFIG_MEDIA_TYPE, digest: config.digest, size: config.size },
        layers,
      }),
    );
    const digest = digestOf(manifest);
    const written = await store.writeManifest(withTagAndDigest(repo, undefined, digest), {
      bytes: manifest,
      mediaType: MEDIA_TYPES.ociManifest,
    });
    return written.descriptor;
  } finally {
    await file.close();
  }
}
