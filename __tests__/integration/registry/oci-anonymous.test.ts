import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { silentLogger } from '../../../src/log.js';
import { parseReference } from '../../../src/reference.js';
import { RegistryError } from '../../../src/registry/http.js';
import { createRegistryProvider } from '../../../src/registry/provider.js';
import type { Registry } from '../../../src/registry/types.js';
import { startRegistry, type RegistryServer } from '../../support/servers.js';
import {
  DOCKER_MANIFEST,
  getManifest,
  OCI_INDEX,
  OCI_MANIFEST,
  pushImage,
  pushIndex,
  sha256,
  watchAccessLog,
  type FixtureTarget,
  type PushedImage,
  type PushedIndex,
} from '../../support/oci-fixtures.js';

// A registry of its own: request counts read from its access log must not mix with other files.
let server: RegistryServer;
let target: FixtureTarget;
let registry: Registry;
let image: PushedImage;
let dockerImage: PushedImage;
let index: PushedIndex;
const ref = (s: string) => parseReference(`${server.localhost}/${s}`);

beforeAll(async () => {
  server = await startRegistry();
  target = { url: server.url };
  image = await pushImage(target, 'team/app', 'sha-1111111', { seed: 'single', layers: 2 });
  dockerImage = await pushImage(target, 'team/app', 'docker-v2', { seed: 'docker', docker: true });
  index = await pushIndex(target, 'team/multi', 'sha-2222222', { seed: 'multi', layers: 2 });
  const provider = createRegistryProvider({ logger: silentLogger, env: {} });
  registry = await provider.forReference(ref('team/app'));
});

afterAll(async () => {
  await server.stop();
});

describe('resolve', () => {
  it('returns digest, media type and size of an OCI manifest by tag', async () => {
    await expect(registry.resolve(ref('team/app:sha-1111111'))).resolves.toEqual({
      digest: image.digest,
      mediaType: OCI_MANIFEST,
      size: image.manifest.length,
    });
  });

  it('resolves a Docker schema 2 manifest and an OCI index (needs the full Accept list)', async () => {
    const docker = await registry.resolve(ref('team/app:docker-v2'));
    expect(docker).toMatchObject({ digest: dockerImage.digest, mediaType: DOCKER_MANIFEST });
    const idx = await registry.resolve(ref('team/multi:sha-2222222'));
    expect(idx).toEqual({ digest: index.digest, mediaType: OCI_INDEX, size: index.bytes.length });
  });

  it('resolves by digest', async () => {
    const found = await registry.resolve(ref(`team/app@${image.digest}`));
    expect(found?.digest).toBe(image.digest);
  });

  it('reports a missing tag and a missing repository as absent', async () => {
    await expect(registry.resolve(ref('team/app:does-not-exist'))).resolves.toBeUndefined();
    await expect(registry.resolve(ref('nope/nothing:latest'))).resolves.toBeUndefined();
  });
});

describe('addTag (same repository)', () => {
  it('points a new tag at the exact same bytes', async () => {
    const result = await registry.addTag(ref('team/app:sha-1111111'), 'v1.0.0');
    expect(result).toEqual({
      descriptor: { digest: image.digest, mediaType: OCI_MANIFEST, size: image.manifest.length },
      changed: true,
    });
    const stored = await getManifest(target, 'team/app', 'v1.0.0');
    expect(stored?.bytes.equals(image.manifest)).toBe(true);
  });

  it('retags a 4-platform index in 4 registry requests, reading the new tag back', async () => {
    const log = watchAccessLog(server.logFile);
    const result = await registry.addTag(ref('team/multi:sha-2222222'), 'v2.0.0');
    const requests = await log.requests();
    expect(result.descriptor.digest).toBe(index.digest);
    expect(requests).toEqual([
      'GET /v2/team/multi/manifests/sha-2222222 200',
      'GET /v2/team/multi/manifests/v2.0.0 404',
      'PUT /v2/team/multi/manifests/v2.0.0 201',
      'GET /v2/team/multi/manifests/v2.0.0 200',
    ]);
    const stored = await getManifest(target, 'team/multi', 'v2.0.0');
    expect(stored?.bytes.equals(index.bytes)).toBe(true);
  });

  it('is a no-op when the tag already names the same digest', async () => {
    const log = watchAccessLog(server.logFile);
    const result = await registry.addTag(ref('team/app:sha-1111111'), 'sha-1111111');
    expect(result.changed).toBe(false);
    expect((await log.requests()).filter((r) => r.startsWith('PUT'))).toEqual([]);
  });

  it('refuses to move a tag to another digest unless allowed', async () => {
    await registry.addTag(ref('team/app:sha-1111111'), 'stable');
    const attempt = registry.addTag(ref('team/app:docker-v2'), 'stable');
    await expect(attempt).rejects.toThrow(RegistryError);
    await expect(attempt).rejects.toThrow(
      /team\/app:stable.*already points to sha256:[0-9a-f]{64}; refusing to move it/,
    );
    expect((await registry.resolve(ref('team/app:stable')))?.digest).toBe(image.digest);

    const moved = await registry.addTag(ref('team/app:docker-v2'), 'stable', {
      allowOverwrite: true,
    });
    expect(moved).toMatchObject({ changed: true, descriptor: { digest: dockerImage.digest } });
    expect((await registry.resolve(ref('team/app:stable')))?.digest).toBe(dockerImage.digest);
  });

  it('names the source when it does not exist', async () => {
    await expect(registry.addTag(ref('team/app:missing'), 'v9')).rejects.toThrow(
      /registry localhost:\d+ repository team\/app:missing: read source: the source image does not exist/,
    );
  });

  it('rejects an invalid tag before any request', async () => {
    await expect(registry.addTag(ref('team/app:sha-1111111'), '.bad')).rejects.toThrow(
      /cannot tag .*team\/app:\.bad: a tag must start with/,
    );
  });
});

describe('copy (another repository)', () => {
  it('copies a 4-platform index with its children; the digest is unchanged', async () => {
    const result = await registry.copy(ref('team/multi:sha-2222222'), ref('prod/multi:v2.0.0'));
    expect(result).toMatchObject({ changed: true, descriptor: { digest: index.digest } });
    const stored = await getManifest(target, 'prod/multi', 'v2.0.0');
    expect(stored?.bytes.equals(index.bytes)).toBe(true);
    for (const child of index.children) {
      const copied = await getManifest(target, 'prod/multi', child.digest);
      expect(copied?.bytes.equals(child.manifest)).toBe(true);
      for (const layer of child.layers) {
        const blob = await fetch(`${server.url}/v2/prod/multi/blobs/${sha256(layer)}`, {
          method: 'HEAD',
        });
        expect(blob.status).toBe(200);
      }
    }
  });

  it('mounts blobs instead of uploading them', async () => {
    const log = watchAccessLog(server.logFile);
    await registry.copy(ref('team/app:sha-1111111'), ref('prod/app:v1.0.0'));
    const requests = await log.requests();
    const mounts = requests.filter((r) => r.startsWith('POST') && r.includes('mount='));
    expect(mounts).toHaveLength(3); // config + 2 layers
    expect(mounts.every((r) => r.endsWith(' 201'))).toBe(true);
    expect(requests.filter((r) => r.includes('/blobs/sha256:'))).toEqual([]);
    expect((await registry.resolve(ref('prod/app:v1.0.0')))?.digest).toBe(image.digest);
  });

  it('is a no-op when the target tag already holds the digest', async () => {
    const again = await registry.copy(ref('team/app:sha-1111111'), ref('prod/app:v1.0.0'));
    expect(again.changed).toBe(false);
  });

  it('refuses to overwrite a different digest in the target repository', async () => {
    await expect(registry.copy(ref('team/app:docker-v2'), ref('prod/app:v1.0.0'))).rejects.toThrow(
      /prod\/app:v1\.0\.0.*refusing to move it/,
    );
  });

  it('streams blobs through when the registry refuses a mount', async () => {
    // Dropping `mount=` makes distribution open an upload session (202), as a refused mount does.
    const fetchNoMount: typeof fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      return fetch(url.replace(/\?mount=[^&]+&from=[^&]+/, ''), init);
    };
    const provider = createRegistryProvider({ logger: silentLogger, env: {}, fetch: fetchNoMount });
    const streaming = await provider.forReference(ref('team/multi'));
    const log = watchAccessLog(server.logFile);
    const result = await streaming.copy(ref('team/multi:sha-2222222'), ref('mirror/multi:v2'));
    const requests = await log.requests();
    expect(result.descriptor.digest).toBe(index.digest);
    const uploads = requests.filter((r) => r.startsWith('PUT /v2/mirror/multi/blobs/uploads/'));
    // 4 platforms × (config + 2 layers)
    expect(uploads).toHaveLength(12);
    expect(uploads.every((r) => r.endsWith(' 201'))).toBe(true);
    const stored = await getManifest(target, 'mirror/multi', 'v2');
    expect(stored?.bytes.equals(index.bytes)).toBe(true);
  });
});

describe('imageConfig and verifyTag', () => {
  it("reads an image's config labels, and an index's linux/amd64 image's", async () => {
    await expect(registry.imageConfig(ref('team/app:sha-1111111'))).resolves.toEqual({
      labels: { seed: 'single' },
      created: '2024-01-01T00:00:00Z',
    });
    await expect(registry.imageConfig(ref(`team/multi@${index.digest}`))).resolves.toMatchObject({
      labels: { seed: 'multi/linux/amd64/' },
    });
    await expect(registry.imageConfig(ref('team/app:absent'))).resolves.toBeUndefined();
  });

  it('verifies that a tag still names a digest', async () => {
    await expect(registry.verifyTag(ref('team/app:sha-1111111'), image.digest)).resolves.toBe(
      undefined,
    );
    await expect(
      registry.verifyTag(ref('team/app:sha-1111111'), dockerImage.digest),
    ).rejects.toThrow(
      `registry ${server.localhost} repository team/app:sha-1111111: verify tag: tag sha-1111111 now points to ${image.digest}, not ${dockerImage.digest}: another writer moved it`,
    );
  });
});
