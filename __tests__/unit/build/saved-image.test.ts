/**
 * Uploading what `docker save` wrote, by digest (src/build/saved-image.ts): the legacy layout
 * docker 20.10 writes (a repeated layer is a symlink to the first), the OCI layout docker 25
 * writes (blobs/sha256/…, layers possibly compressed already), long names in PAX headers, and
 * the archives that must be refused (a layer that is not what the config says, several images,
 * a truncated file). The archives are written here, byte by byte, as tar lays them out.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { LAYER_MEDIA_TYPES, uploadSavedImage } from '../../../src/build/saved-image.js';
import { parseReference } from '../../../src/reference.js';
import type { ArtifactStore, WrittenManifest } from '../../../src/registry/types.js';

const dir = mkdtempSync(join(tmpdir(), 'ip-saved-'));
const repo = parseReference('registry.example/acme/api');

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

interface Member {
  name: string;
  content?: Buffer;
  /** A symlink to this target. */
  link?: string;
}

function header(name: string, size: number, flag: string, link = ''): Buffer {
  const block = Buffer.alloc(512);
  block.write(name.slice(0, 100), 0, 'utf8');
  block.write('0000644\0', 100);
  block.write('0000000\0', 108);
  block.write('0000000\0', 116);
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  block.write('00000000000\0', 136);
  block.write(flag, 156);
  block.write(link, 157);
  block.write('ustar\0', 257);
  block.write('00', 263);
  block.fill(' ', 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

function padded(content: Buffer): Buffer {
  return Buffer.concat([content, Buffer.alloc((512 - (content.length % 512)) % 512)]);
}

/** A tar archive; names longer than 100 characters get a PAX header, as Go's archive/tar writes. */
function tar(members: Member[], { truncate = 0 } = {}): string {
  const parts: Buffer[] = [];
  for (const m of members) {
    if (m.name.length > 100) {
      const record = (text: string): string => {
        let length = text.length + 3;
        while (`${length} ${text}\n`.length !== length) length = `${length} ${text}\n`.length;
        return `${length} ${text}\n`;
      };
      const pax = Buffer.from(record(`path=${m.name}`));
      parts.push(header('PaxHeaders/long', pax.length, 'x'), padded(pax));
    }
    if (m.link !== undefined) {
      parts.push(header(m.name, 0, '2', m.link));
    } else {
      const content = m.content ?? Buffer.alloc(0);
      parts.push(header(m.name, content.length, '0'), padded(content));
    }
  }
  parts.push(Buffer.alloc(1024));
  const bytes = Buffer.concat(parts);
  const file = join(dir, `${Math.random().toString(36).slice(2)}.tar`);
  writeFileSync(file, truncate > 0 ? bytes.subarray(0, bytes.length - truncate) : bytes);
  return file;
}

/** A layer: a tar with one file. */
function layer(file: string, text: string): Buffer {
  const content = Buffer.from(text);
  return Buffer.concat([header(file, content.length, '0'), padded(content), Buffer.alloc(1024)]);
}

function config(layers: Buffer[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: { 'org.opencontainers.image.revision': 'a'.repeat(40) } },
      rootfs: { type: 'layers', diff_ids: layers.map(sha256) },
    }),
  );
}

function memoryStore(): ArtifactStore & {
  blobs: Map<string, Buffer>;
  manifests: Map<string, Buffer>;
} {
  const blobs = new Map<string, Buffer>();
  const manifests = new Map<string, Buffer>();
  const unused = () => Promise.reject(new Error('not used by an upload'));
  return {
    blobs,
    manifests,
    writeBlob: (r, bytes) => {
      expect(r.name).toBe(repo.name);
      blobs.set(sha256(bytes), bytes);
      return Promise.resolve({ digest: sha256(bytes), size: bytes.length });
    },
    writeManifest: (ref, manifest): Promise<WrittenManifest> => {
      const digest = sha256(manifest.bytes);
      expect(ref.digest).toBe(digest);
      expect(ref.tag).toBeUndefined();
      manifests.set(digest, manifest.bytes);
      return Promise.resolve({
        descriptor: { digest, mediaType: manifest.mediaType, size: manifest.bytes.length },
        changed: true,
        subjectIndexed: false,
      });
    },
    readManifest: unused,
    readBlob: unused,
    referrers: unused,
  };
}

interface UploadedManifest {
  mediaType: string;
  config: { mediaType: string; digest: string; size: number };
  layers: { mediaType: string; digest: string; size: number }[];
}

describe('uploadSavedImage', () => {
  it('docker 20.10: config and gzipped layers by digest, a repeated layer (a symlink) once more, an OCI manifest', async () => {
    const a = layer('app.txt', 'api v1\n');
    const b = layer('etc/conf', 'x=1\n');
    const cfg = config([a, b, a]);
    const id = sha256(cfg).slice(7);
    const file = tar([
      { name: 'aaa/layer.tar', content: a },
      { name: 'bbb/layer.tar', content: b },
      { name: 'ccc/layer.tar', link: '../aaa/layer.tar' },
      { name: `${id}.json`, content: cfg },
      {
        name: 'manifest.json',
        content: Buffer.from(
          JSON.stringify([
            {
              Config: `${id}.json`,
              RepoTags: null,
              Layers: ['aaa/layer.tar', 'bbb/layer.tar', 'ccc/layer.tar'],
            },
          ]),
        ),
      },
    ]);
    const store = memoryStore();
    const pushed = await uploadSavedImage(file, store, repo);
    const manifest = JSON.parse(
      store.manifests.get(pushed.digest)?.toString() ?? '',
    ) as UploadedManifest;
    expect(manifest).toMatchObject({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256(cfg),
        size: cfg.length,
      },
    });
    expect(store.blobs.get(sha256(cfg))).toEqual(cfg);
    expect(manifest.layers.map((l) => l.mediaType)).toEqual([
      LAYER_MEDIA_TYPES.gzip,
      LAYER_MEDIA_TYPES.gzip,
      LAYER_MEDIA_TYPES.gzip,
    ]);
    const [first, second, third] = manifest.layers;
    expect(third?.digest).toBe(first?.digest);
    expect(gunzipSync(store.blobs.get(first?.digest ?? '') ?? Buffer.alloc(0))).toEqual(a);
    expect(gunzipSync(store.blobs.get(second?.digest ?? '') ?? Buffer.alloc(0))).toEqual(b);
    // The same archive gives the same digest again (gzip without a timestamp).
    expect((await uploadSavedImage(file, memoryStore(), repo)).digest).toBe(pushed.digest);
  });

  it('docker 25 (OCI layout): blobs by path, a gzip layer goes up as it is, long names from PAX headers', async () => {
    const plain = layer('app.txt', 'web v1\n');
    const zipped = gzipSync(layer('lib.txt', 'lib\n'));
    const cfg = config([plain, gunzipSync(zipped)]);
    const deep = `blobs/sha256/${'nested/'.repeat(14)}${sha256(plain).slice(7)}`;
    const file = tar([
      { name: deep, content: plain },
      { name: `blobs/sha256/${sha256(zipped).slice(7)}`, content: zipped },
      { name: `blobs/sha256/${sha256(cfg).slice(7)}`, content: cfg },
      {
        name: 'manifest.json',
        content: Buffer.from(
          JSON.stringify([
            {
              Config: `blobs/sha256/${sha256(cfg).slice(7)}`,
              Layers: [deep, `blobs/sha256/${sha256(zipped).slice(7)}`],
            },
          ]),
        ),
      },
      { name: 'index.json', content: Buffer.from('{}') },
    ]);
    expect(deep.length).toBeGreaterThan(100);
    const store = memoryStore();
    const pushed = await uploadSavedImage(file, store, repo);
    const manifest = JSON.parse(
      store.manifests.get(pushed.digest)?.toString() ?? '',
    ) as UploadedManifest;
    expect(manifest.layers[1]).toEqual({
      mediaType: LAYER_MEDIA_TYPES.gzip,
      digest: sha256(zipped),
      size: zipped.length,
    });
    expect(
      gunzipSync(store.blobs.get(manifest.layers[0]?.digest ?? '') ?? Buffer.alloc(0)),
    ).toEqual(plain);
  });

  it('refuses a layer that is not the one the config names, and uploads no manifest', async () => {
    const a = layer('app.txt', 'api v1\n');
    const cfg = config([layer('app.txt', 'something else\n')]);
    const file = tar([
      { name: 'aaa/layer.tar', content: a },
      { name: 'c.json', content: cfg },
      {
        name: 'manifest.json',
        content: Buffer.from(JSON.stringify([{ Config: 'c.json', Layers: ['aaa/layer.tar'] }])),
      },
    ]);
    const store = memoryStore();
    await expect(uploadSavedImage(file, store, repo)).rejects.toThrow(
      /aaa\/layer\.tar hashes to sha256:[0-9a-f]{64}, but the config says the layer is sha256:/,
    );
    expect(store.manifests.size).toBe(0);
  });

  it.each<[string, Member[], RegExp, number]>([
    [
      'several images',
      [{ name: 'manifest.json', content: Buffer.from('[{}, {}]') }],
      /does not describe exactly one image/,
      0,
    ],
    [
      'a layer the archive does not hold',
      [
        { name: 'c.json', content: config([layer('a', 'a')]) },
        {
          name: 'manifest.json',
          content: Buffer.from(JSON.stringify([{ Config: 'c.json', Layers: ['x/layer.tar'] }])),
        },
      ],
      /names x\/layer\.tar, which is not in the archive/,
      0,
    ],
    [
      'a symlink loop',
      [
        { name: 'a', link: 'b' },
        { name: 'b', link: 'a' },
        {
          name: 'manifest.json',
          content: Buffer.from(JSON.stringify([{ Config: 'a', Layers: [] }])),
        },
      ],
      /a chain of more than 8 symlinks/,
      0,
    ],
    [
      'a truncated archive',
      [{ name: 'manifest.json', content: Buffer.alloc(2000) }],
      /ends inside a member/,
      2600,
    ],
  ])('refuses %s', async (_what, members, message, truncate) => {
    const file = tar(members, { truncate });
    await expect(uploadSavedImage(file, memoryStore(), repo)).rejects.toThrow(message);
  });
});
