/**
 * The pure parts of the referrers support (src/registry/referrers.ts): the referrers tag name
 * (the distribution spec's own examples), reading referrers lists and artifact manifests, and
 * the read-modify-write step that must keep every other referrer's descriptor as it was.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { ManifestError } from '../../../src/registry/manifest.js';
import {
  buildArtifactManifest,
  parseArtifactManifest,
  parseReferrersIndex,
  referrersTag,
  withReferrer,
} from '../../../src/registry/referrers.js';

const sha = (s: string) => `sha256:${createHash('sha256').update(s).digest('hex')}`;
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

describe('referrersTag', () => {
  it('follows the distribution spec examples', () => {
    const a64 = 'a'.repeat(64);
    expect(referrersTag(`sha256:${a64}`)).toBe(`sha256-${a64}`);
    expect(referrersTag(`sha512:${'a'.repeat(128)}`)).toBe(`sha512-${a64}`);
    expect(
      referrersTag(
        'test+algorithm+using+algorithm+separators+and+lots+of+characters+to+excercise+overall+truncation:alsoSome=InTheEncodedSectionToShowHyphenReplacementAndLotsAndLotsOfCharactersToExcerciseEncodedTruncation',
      ),
    ).toBe(
      'test-algorithm-using-algorithm-s-alsoSome-InTheEncodedSectionToShowHyphenReplacementAndLotsAndLot',
    );
  });

  it('refuses what is not a digest', () => {
    expect(() => referrersTag('latest')).toThrow(/not a digest/);
  });
});

describe('parseReferrersIndex', () => {
  it('reads descriptors with artifactType and annotations, leaving out malformed entries', () => {
    const index = {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        {
          mediaType: OCI_MANIFEST,
          digest: sha('a'),
          size: 10,
          artifactType: BUNDLE,
          annotations: { 'dev.sigstore.bundle.predicateType': 'x', ignored: 3 },
        },
        { mediaType: OCI_MANIFEST, digest: 'sha256:nothex', size: 1 },
        { mediaType: OCI_MANIFEST, digest: sha('b'), size: -1 },
        { digest: sha('c'), size: 1 },
        'garbage',
      ],
    };
    expect(parseReferrersIndex(Buffer.from(JSON.stringify(index)))).toEqual([
      {
        mediaType: OCI_MANIFEST,
        digest: sha('a'),
        size: 10,
        artifactType: BUNDLE,
        annotations: { 'dev.sigstore.bundle.predicateType': 'x' },
      },
    ]);
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '[]'],
    ['an image manifest', JSON.stringify({ mediaType: OCI_MANIFEST, manifests: [] })],
    ['no manifests list', JSON.stringify({ schemaVersion: 2 })],
  ])('throws ManifestError for %s', (_what, text) => {
    expect(() => parseReferrersIndex(Buffer.from(text))).toThrow(ManifestError);
  });
});

describe('artifact manifests', () => {
  const subject = { mediaType: OCI_INDEX, digest: sha('image'), size: 500 };
  const layer = { mediaType: BUNDLE, digest: sha('bundle'), size: 42 };

  it('builds the empty-config artifact layout and reads it back', () => {
    const built = buildArtifactManifest({
      artifactType: BUNDLE,
      subject,
      layers: [layer],
      annotations: { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' },
    });
    expect(built.mediaType).toBe(OCI_MANIFEST);
    const json = JSON.parse(built.bytes.toString()) as Record<string, unknown>;
    expect(json.config).toEqual({
      mediaType: 'application/vnd.oci.empty.v1+json',
      digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      size: 2,
    });
    expect(parseArtifactManifest(built.bytes)).toEqual({
      mediaType: OCI_MANIFEST,
      artifactType: BUNDLE,
      subject,
      config: json.config,
      layers: [layer],
      annotations: { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' },
    });
  });

  it('takes the config media type as artifactType when the manifest has none', () => {
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: 'application/vnd.example.sbom', digest: sha('c'), size: 1 },
        layers: [],
      }),
    );
    expect(parseArtifactManifest(bytes).artifactType).toBe('application/vnd.example.sbom');
  });

  it.each([
    ['an index', JSON.stringify({ mediaType: OCI_INDEX, manifests: [] })],
    ['no layers', JSON.stringify({ mediaType: OCI_MANIFEST })],
    ['a bad subject', JSON.stringify({ mediaType: OCI_MANIFEST, layers: [], subject: {} })],
  ])('refuses %s', (_what, text) => {
    expect(() => parseArtifactManifest(Buffer.from(text))).toThrow(ManifestError);
  });
});

describe('withReferrer (the read-modify-write step)', () => {
  const ours = {
    mediaType: OCI_MANIFEST,
    digest: sha('ours'),
    size: 700,
    artifactType: BUNDLE,
    annotations: { 'dev.sigstore.bundle.predicateType': 'https://example/v1' },
  };

  it('starts a new OCI index when the tag does not exist', () => {
    const next = withReferrer(undefined, ours, 'r');
    expect(next?.mediaType).toBe(OCI_INDEX);
    expect(JSON.parse(next?.bytes.toString() ?? '')).toEqual({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [ours],
    });
  });

  it('keeps every other entry (and unknown fields) exactly and appends ours', () => {
    const cosign = {
      mediaType: OCI_MANIFEST,
      digest: sha('cosign'),
      size: 900,
      artifactType: BUNDLE,
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
      },
      'vnd.example.extra': { nested: true },
    };
    const existing = {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [cosign],
      annotations: { keep: 'me' },
    };
    const bytes = Buffer.from(JSON.stringify(existing));
    const next = withReferrer({ bytes, mediaType: OCI_INDEX, digest: sha('x') }, ours, 'r');
    expect(JSON.parse(next?.bytes.toString() ?? '')).toEqual({
      ...existing,
      manifests: [cosign, ours],
    });
  });

  it('writes nothing when ours is already listed', () => {
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [ours] }));
    expect(withReferrer({ bytes, mediaType: OCI_INDEX, digest: sha('y') }, ours, 'r')).toBe(
      undefined,
    );
  });

  it('refuses to overwrite a tag that holds something else, naming it', () => {
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, layers: [] }));
    expect(() =>
      withReferrer({ bytes, mediaType: OCI_MANIFEST, digest: sha('z') }, ours, 'reg/app:sha256-1'),
    ).toThrow(/reg\/app:sha256-1 .*refusing to overwrite it/);
  });
});
