import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  bareMediaType,
  digestOf,
  MANIFEST_ACCEPT,
  ManifestError,
  parseManifest,
} from '../../../src/registry/manifest.js';

interface Exchange {
  label: string;
  request: { method: string; headers: Record<string, string> };
  status: number;
  headers: Record<string, string>;
  body?: string;
}
// A copy of the shared vectors/registry-http-transcript.json (distribution 2.8.2, recorded).
const transcript = JSON.parse(
  readFileSync(
    new URL('../../fixtures/registry/registry-http-transcript.json', import.meta.url),
    'utf8',
  ),
) as { exchanges: Exchange[]; summary: Record<string, string> };
const exchange = (label: string): Exchange => {
  const found = transcript.exchanges.find((e) => e.label === label);
  if (!found) throw new Error(`no exchange ${label}`);
  return found;
};

describe('recorded distribution 2.8.2 session', () => {
  it('the Accept list is exactly what distribution answered 200 to', () => {
    const ok = exchange('HEAD oci index tag, Accept all');
    expect(ok.status).toBe(200);
    expect(MANIFEST_ACCEPT).toBe(ok.request.headers.Accept);
  });

  it('hashing the exact GET bytes gives the digest the registry reported', () => {
    for (const label of ['GET oci manifest for retag', 'GET oci index for retag']) {
      const e = exchange(label);
      const bytes = Buffer.from(e.body ?? '', 'utf8');
      expect(digestOf(bytes)).toBe(e.headers['docker-content-digest']);
      expect(bytes.length).toBe(Number(e.headers['content-length']));
    }
  });

  it('re-serialising the JSON would have changed the digest', () => {
    const e = exchange('GET oci manifest for retag');
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(e.body ?? '')));
    expect(digestOf(reserialised)).not.toBe(transcript.summary.ociManifestDigest);
  });

  it('reads the index children and the image blobs', () => {
    const index = parseManifest(
      Buffer.from(exchange('GET oci index for retag').body ?? ''),
      'application/vnd.oci.image.index.v1+json',
    );
    expect(index).toEqual({
      kind: 'index',
      mediaType: 'application/vnd.oci.image.index.v1+json',
      children: [
        {
          digest: transcript.summary.ociManifestDigest,
          size: 500,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          foreign: false,
          platform: { os: 'linux', architecture: 'amd64' },
        },
      ],
    });
    const image = parseManifest(Buffer.from(exchange('GET oci manifest for retag').body ?? ''));
    expect(image.kind).toBe('image');
    expect(image.kind === 'image' && image.blobs.map((b) => b.size)).toEqual([90, 64]);
  });
});

describe('parseManifest', () => {
  const layer = (digest: string, extra: Record<string, unknown> = {}) => ({
    mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    digest,
    size: 10,
    ...extra,
  });
  const d = (c: string) => `sha256:${c.repeat(64)}`;

  it('prefers the Content-Type, then the mediaType field, then the shape', () => {
    const list = Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [] }));
    expect(parseManifest(list).mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(
      parseManifest(list, 'application/vnd.docker.distribution.manifest.list.v2+json; charset=x')
        .mediaType,
    ).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
    const docker = Buffer.from(
      JSON.stringify({
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        config: layer(d('a')),
        layers: [],
      }),
    );
    expect(parseManifest(docker, 'application/json').mediaType).toBe(
      'application/vnd.docker.distribution.manifest.v2+json',
    );
  });

  it('marks foreign layers so they are never copied', () => {
    const m = Buffer.from(
      JSON.stringify({
        config: layer(d('a')),
        layers: [
          layer(d('b'), {
            mediaType: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
            urls: ['https://example.com/layer'],
          }),
          layer(d('c')),
        ],
      }),
    );
    const parsed = parseManifest(m);
    expect(parsed.kind === 'image' && parsed.blobs.map((b) => b.foreign)).toEqual([
      false,
      true,
      false,
    ]);
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['[]', 'not a JSON object'],
    ['{"manifests":[{"digest":"sha256:xyz","size":1}]}', 'manifests[0] has an invalid digest'],
    [
      `{"layers":[{"digest":"sha256:${'a'.repeat(64)}","size":-1}]}`,
      'layers[0] has an invalid size',
    ],
  ])('rejects %s', (text, message) => {
    expect(() => parseManifest(Buffer.from(text))).toThrow(ManifestError);
    expect(() => parseManifest(Buffer.from(text))).toThrow(message);
  });

  it('bareMediaType drops parameters', () => {
    expect(bareMediaType('application/json; charset=utf-8')).toBe('application/json');
    expect(bareMediaType(null)).toBeUndefined();
  });

  it('digestOf follows the algorithm of the expected digest', () => {
    expect(digestOf(Buffer.from('x'))).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(digestOf(Buffer.from('x'), `sha512:${'0'.repeat(128)}`)).toMatch(
      /^sha512:[0-9a-f]{128}$/,
    );
  });
});
