import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  BatchGetImageCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  ImageAlreadyExistsException,
  ImageTagAlreadyExistsException,
  PutImageCommand,
  RepositoryNotFoundException,
  type BatchGetImageCommandOutput,
  type PutImageCommandInput,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { UserError } from '../../../src/errors.js';
import type { Logger } from '../../../src/log.js';
import { parseReference } from '../../../src/reference.js';
import { createEcrClient, EcrRegistry, getEcrAuthorization } from '../../../src/registry/ecr.js';
import { parseEcrHost } from '../../../src/registry/ecr-host.js';
import { DEFAULT_RETRY_POLICY, type Clock } from '../../../src/http/retry.js';
import { RegistryError } from '../../../src/registry/http.js';
import { createRegistryProvider } from '../../../src/registry/provider.js';
import type { BlobReader, Registry, TagResult } from '../../../src/registry/types.js';

const HOST = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const ALL_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

/** A response body from __tests__/fixtures/ecr (AWS JSON wire shapes). */
function fixture(name: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(new URL(`../../fixtures/ecr/${name}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
}

interface FixtureImage {
  imageId: { imageDigest: string; imageTag: string };
  imageManifest: string;
  imageManifestMediaType: string;
}
const image = (fixture('batch-get-image') as unknown as { images: FixtureImage[] })
  .images[0] as FixtureImage;
const other = (fixture('batch-get-image-other') as unknown as { images: FixtureImage[] })
  .images[0] as FixtureImage;
const notFound = fixture('batch-get-image-not-found') as unknown as BatchGetImageCommandOutput;

const ref = (s: string) => parseReference(`${HOST}/${s}`);
const meta = { $metadata: {} };

function recordingLogger(): Logger & { masked: string[] } {
  const masked: string[] = [];
  return {
    masked,
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    group: (_title, fn) => fn(),
    mask: (s) => masked.push(s),
  };
}

let client: ECRClient;
const stub = (c: ECRClient) => mockClient(c);
let ecr: ReturnType<typeof stub>;
let ociCopies: [string, string][];
let blobReads: string[];
let registry: EcrRegistry;
/** What the repository holds, by tag or digest (BatchGetImage answers from it). */
let held: Record<string, FixtureImage | 'missing'>;
const noWait: Clock = { now: () => 0, sleep: () => Promise.resolve(), random: () => 0.5 };

/** BatchGetImage answers per requested tag or digest, from `held`. */
function images(byReference: Record<string, FixtureImage | 'missing'>): void {
  held = { ...byReference };
  ecr.on(BatchGetImageCommand).callsFake((input: { imageIds: Record<string, string>[] }) => {
    const id = input.imageIds[0] ?? {};
    const key = id.imageTag ?? id.imageDigest ?? '';
    const found = held[key];
    return found && found !== 'missing'
      ? { images: [found], failures: [], ...meta }
      : {
          images: [],
          failures: [{ ...notFound.failures?.[0], imageId: id }],
          ...meta,
        };
  });
}

/** PutImage stores the manifest under the tag (as ECR does) and answers like the API reference. */
function acceptPuts(): void {
  ecr.on(PutImageCommand).callsFake((input: PutImageCommandInput) => {
    const stored: FixtureImage = {
      imageId: { imageDigest: input.imageDigest ?? '', imageTag: input.imageTag ?? '' },
      imageManifest: input.imageManifest ?? '',
      imageManifestMediaType: input.imageManifestMediaType ?? '',
    };
    held[input.imageTag ?? ''] = stored;
    return { ...fixture('put-image'), ...meta };
  });
}

beforeEach(() => {
  client = new ECRClient({ region: 'us-east-1' });
  ecr = stub(client);
  ociCopies = [];
  blobReads = [];
  held = {};
  const fallback: Registry & BlobReader = {
    kind: 'oci',
    resolve: () => Promise.resolve(undefined),
    addTag: () => Promise.reject(new Error('not used')),
    verifyTag: () => Promise.reject(new Error('not used')),
    imageConfig: () => Promise.reject(new Error('not used')),
    readBlob: (repo, digest) => {
      blobReads.push(`${repo.path}@${digest}`);
      return Promise.resolve(
        Buffer.from(
          JSON.stringify({
            created: '2024-05-01T10:00:00Z',
            config: { Labels: { 'org.opencontainers.image.revision': 'abc123' } },
          }),
        ),
      );
    },
    copy: (source, target): Promise<TagResult> => {
      ociCopies.push([source.familiar, target.familiar]);
      return Promise.resolve({
        descriptor: { digest: image.imageId.imageDigest, mediaType: 'x', size: 1 },
        changed: true,
      });
    },
  };
  registry = new EcrRegistry({
    registry: HOST,
    logger: recordingLogger(),
    client,
    clock: noWait,
    oci: () => Promise.resolve(fallback),
  });
});

describe('EcrRegistry.resolve', () => {
  it('asks BatchGetImage for the tag with every manifest media type and the account id', async () => {
    images({ 'sha-1a2b3c4': image });
    await expect(registry.resolve(ref('team/api:sha-1a2b3c4'))).resolves.toEqual({
      digest: image.imageId.imageDigest,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      size: Buffer.byteLength(image.imageManifest),
    });
    expect(ecr.commandCalls(BatchGetImageCommand)[0]?.args[0].input).toEqual({
      registryId: '123456789012',
      repositoryName: 'team/api',
      imageIds: [{ imageTag: 'sha-1a2b3c4' }],
      acceptedMediaTypes: ALL_TYPES,
    });
  });

  it('looks a digest up by imageDigest', async () => {
    images({ [image.imageId.imageDigest]: image });
    const found = await registry.resolve(ref(`team/api@${image.imageId.imageDigest}`));
    expect(found?.digest).toBe(image.imageId.imageDigest);
    expect(ecr.commandCalls(BatchGetImageCommand)[0]?.args[0].input.imageIds).toEqual([
      { imageDigest: image.imageId.imageDigest },
    ]);
  });

  it('treats an ImageNotFound failure and a missing repository as absent', async () => {
    images({});
    await expect(registry.resolve(ref('team/api:missing'))).resolves.toBeUndefined();
    ecr.reset();
    ecr
      .on(BatchGetImageCommand)
      .rejects(new RepositoryNotFoundException({ message: 'no repo', ...meta }));
    await expect(registry.resolve(ref('team/nope:v1'))).resolves.toBeUndefined();
  });

  it('reports other failures with their code', async () => {
    ecr.on(BatchGetImageCommand).resolves(fixture('batch-get-image-kms-error'));
    await expect(registry.resolve(ref('team/api:sha-1a2b3c4'))).rejects.toThrow(
      /registry 123456789012\.dkr\.ecr\.us-east-1\.amazonaws\.com repository team\/api:sha-1a2b3c4: BatchGetImage: ECR could not return the image: KmsError \(The KMS key is disabled\)/,
    );
  });

  it('explains access denied', async () => {
    const denied = Object.assign(new Error('User is not authorized'), {
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 400 },
    });
    ecr.on(BatchGetImageCommand).rejects(denied);
    const error = await registry.resolve(ref('team/api:v1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).info).toMatchObject({
      code: 'AccessDeniedException',
      status: 400,
    });
    expect((error as Error).message).toMatch(/allow ecr:BatchGetImage/);
  });
});

describe('EcrRegistry.addTag', () => {
  it('puts the exact manifest string with its media type, tag and digest', async () => {
    images({ 'sha-1a2b3c4': image, 'v1.0.0': 'missing' });
    acceptPuts();
    const result = await registry.addTag(ref('team/api:sha-1a2b3c4'), 'v1.0.0');
    expect(result).toEqual({
      descriptor: {
        digest: image.imageId.imageDigest,
        mediaType: image.imageManifestMediaType,
        size: Buffer.byteLength(image.imageManifest),
      },
      changed: true,
    });
    expect(ecr.commandCalls(PutImageCommand)[0]?.args[0].input).toEqual({
      registryId: '123456789012',
      repositoryName: 'team/api',
      imageManifest: image.imageManifest,
      imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
      imageTag: 'v1.0.0',
      imageDigest: image.imageId.imageDigest,
    });
  });

  it('is a no-op when the tag already names the digest', async () => {
    images({ 'sha-1a2b3c4': image, 'v1.0.0': image });
    const result = await registry.addTag(ref('team/api:sha-1a2b3c4'), 'v1.0.0');
    expect(result.changed).toBe(false);
    expect(ecr.commandCalls(PutImageCommand)).toHaveLength(0);
  });

  it('refuses to move a tag to another digest unless allowed', async () => {
    images({ 'sha-1a2b3c4': image, 'v1.0.0': other });
    acceptPuts();
    await expect(registry.addTag(ref('team/api:sha-1a2b3c4'), 'v1.0.0')).rejects.toThrow(
      /tag v1\.0\.0 already points to sha256:[0-9a-f]{64}; refusing to move it/,
    );
    expect(ecr.commandCalls(PutImageCommand)).toHaveLength(0);
    const moved = await registry.addTag(ref('team/api:sha-1a2b3c4'), 'v1.0.0', {
      allowOverwrite: true,
    });
    expect(moved.changed).toBe(true);
    expect(ecr.commandCalls(PutImageCommand)).toHaveLength(1);
  });

  it('takes ImageAlreadyExistsException as success', async () => {
    images({ 'sha-1a2b3c4': image, 'v1.0.0': 'missing' });
    const body = fixture('error-image-already-exists') as unknown as { message: string };
    // Another writer tagged the same image between our look and our PutImage.
    ecr.on(PutImageCommand).callsFake(() => {
      held['v1.0.0'] = image;
      throw new ImageAlreadyExistsException({ message: body.message, ...meta });
    });
    const result = await registry.addTag(ref('team/api:sha-1a2b3c4'), 'v1.0.0');
    expect(result).toMatchObject({
      changed: false,
      descriptor: { digest: image.imageId.imageDigest },
    });
  });

  it('reports ImageTagAlreadyExistsException as an immutable repository', async () => {
    images({ 'sha-1a2b3c4': image, 'v1.0.0': other });
    const body = fixture('error-image-tag-already-exists') as unknown as { message: string };
    ecr
      .on(PutImageCommand)
      .rejects(new ImageTagAlreadyExistsException({ message: body.message, ...meta }));
    const error = await registry
      .addTag(ref('team/api:sha-1a2b3c4'), 'v1.0.0', { allowOverwrite: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).info.code).toBe('ImageTagAlreadyExistsException');
    expect((error as Error).message).toMatch(/immutable tags and v1\.0\.0 already exists/);
  });

  it('names a missing source', async () => {
    images({});
    await expect(registry.addTag(ref('team/api:missing'), 'v2')).rejects.toThrow(
      /team\/api:missing: BatchGetImage: the source image does not exist/,
    );
  });
});

describe('EcrRegistry.copy', () => {
  it('retags within a repository through the SDK and copies across repositories via the registry API', async () => {
    images({ 'sha-1a2b3c4': image, v2: 'missing' });
    acceptPuts();
    await registry.copy(ref('team/api:sha-1a2b3c4'), ref('team/api:v2'));
    expect(ecr.commandCalls(PutImageCommand)).toHaveLength(1);
    expect(ociCopies).toEqual([]);
    await registry.copy(ref('team/api:sha-1a2b3c4'), ref('prod/api:v2'));
    expect(ociCopies).toEqual([[`${HOST}/team/api:sha-1a2b3c4`, `${HOST}/prod/api:v2`]]);
  });
});

describe('EcrRegistry integrity', () => {
  const forged: FixtureImage = {
    ...image,
    // Same claimed digest, other bytes: what a corrupted answer looks like.
    imageManifest: image.imageManifest.replace('"size": 1470', '"size": 1471'),
  };

  it('hashes imageManifest itself and retries an answer that does not match imageDigest', async () => {
    images({ 'sha-1a2b3c4': forged });
    let calls = 0;
    ecr.on(BatchGetImageCommand).callsFake(() => {
      calls++;
      return { images: [calls < 3 ? forged : image], failures: [], ...meta };
    });
    const found = await registry.resolve(ref('team/api:sha-1a2b3c4'));
    expect(found?.digest).toBe(image.imageId.imageDigest);
    expect(calls).toBe(3);
  });

  it('fails clearly when ECR keeps answering bytes that do not match', async () => {
    images({ 'sha-1a2b3c4': forged });
    const error = await registry.resolve(ref('team/api:sha-1a2b3c4')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^registry ${HOST.replace(/\./g, '\\.')} repository team/api:sha-1a2b3c4: BatchGetImage: the registry returned bytes that do not match ${image.imageId.imageDigest}, the imageDigest ECR sent \\(they hash to sha256:[0-9a-f]{64}\\) \\(5 attempts\\)`,
      ),
    );
    expect(ecr.commandCalls(BatchGetImageCommand)).toHaveLength(DEFAULT_RETRY_POLICY.retries + 1);
  });

  it('checks an image asked for by digest against that digest', async () => {
    const unclaimed = { ...forged, imageId: { imageTag: 'x' } } as unknown as FixtureImage;
    images({ [image.imageId.imageDigest]: unclaimed });
    await expect(registry.resolve(ref(`team/api@${image.imageId.imageDigest}`))).rejects.toThrow(
      `the registry returned bytes that do not match ${image.imageId.imageDigest} (they hash to`,
    );
  });

  it('never writes a manifest it could not verify', async () => {
    images({ 'sha-1a2b3c4': forged, v2: 'missing' });
    acceptPuts();
    await expect(registry.addTag(ref('team/api:sha-1a2b3c4'), 'v2')).rejects.toThrow(
      /do not match/,
    );
    expect(ecr.commandCalls(PutImageCommand)).toHaveLength(0);
  });

  it('re-reads the tag after PutImage and fails when another writer moved it', async () => {
    images({ 'sha-1a2b3c4': image, v2: 'missing' });
    ecr.on(PutImageCommand).callsFake(() => {
      // Our PutImage lands, then another writer's.
      held.v2 = other;
      return { ...fixture('put-image'), ...meta };
    });
    await expect(registry.addTag(ref('team/api:sha-1a2b3c4'), 'v2')).rejects.toThrow(
      `team/api:v2: verify tag: tag v2 now points to ${other.imageId.imageDigest}, not ${image.imageId.imageDigest}: another writer moved it`,
    );
  });

  it('verifyTag re-reads by BatchGetImage', async () => {
    images({ v1: image });
    await expect(registry.verifyTag(ref('team/api:v1'), image.imageId.imageDigest)).resolves.toBe(
      undefined,
    );
    held.v1 = other;
    await expect(registry.verifyTag(ref('team/api:v1'), image.imageId.imageDigest)).rejects.toThrow(
      /another writer moved it/,
    );
    held.v1 = 'missing';
    await expect(registry.verifyTag(ref('team/api:v1'), image.imageId.imageDigest)).rejects.toThrow(
      /no longer exists/,
    );
  });
});

describe('EcrRegistry.imageConfig', () => {
  const index = (fixture('batch-get-image-index') as unknown as { images: FixtureImage[] })
    .images[0] as FixtureImage;

  it("reads the index's linux/amd64 image by BatchGetImage and its config blob through the registry API", async () => {
    images({ 'sha-5d6e7f8': index, [image.imageId.imageDigest]: image });
    await expect(registry.imageConfig(ref('team/api:sha-5d6e7f8'))).resolves.toEqual({
      labels: { 'org.opencontainers.image.revision': 'abc123' },
      created: '2024-05-01T10:00:00Z',
    });
    const asked = ecr.commandCalls(BatchGetImageCommand).map((c) => c.args[0].input.imageIds?.[0]);
    expect(asked).toEqual([
      { imageTag: 'sha-5d6e7f8' },
      { imageDigest: image.imageId.imageDigest },
    ]);
    // The config digest the image manifest names.
    expect(blobReads).toEqual([`team/api@sha256:${'a'.repeat(64)}`]);
  });

  it('is undefined for an image that does not exist', async () => {
    images({});
    await expect(registry.imageConfig(ref('team/api:nope'))).resolves.toBeUndefined();
    expect(blobReads).toEqual([]);
  });
});

describe('redaction of what AWS says', () => {
  it('removes the ECR password and token from an echoed error message', async () => {
    const wire = fixture('get-authorization-token') as unknown as {
      authorizationData: { authorizationToken: string; proxyEndpoint: string }[];
    };
    const data = wire.authorizationData[0];
    if (!data) throw new Error('fixture');
    ecr.on(GetAuthorizationTokenCommand).resolves({ authorizationData: [data], ...meta });
    const login = await getEcrAuthorization(HOST, { logger: recordingLogger(), client });
    images({ 'sha-1a2b3c4': image, v2: 'missing' });
    const echo = Object.assign(
      new Error(`bad request from AWS:${login.password} token=${data.authorizationToken}`),
      { name: 'InvalidParameterException', $metadata: { httpStatusCode: 400 } },
    );
    ecr.on(PutImageCommand).rejects(echo);
    const error = await registry.addTag(ref('team/api:sha-1a2b3c4'), 'v2').catch((e: unknown) => e);
    const message = (error as Error).message;
    expect(message).toMatch(/PutImage: failed: InvalidParameterException: bad request from/);
    expect(message).not.toContain(login.password);
    expect(message).not.toContain(data.authorizationToken);
    expect(message).not.toContain(data.authorizationToken.replace(/=+$/, ''));
  });
});

describe('getEcrAuthorization', () => {
  it('decodes AWS:<password>, masks it and returns the endpoint', async () => {
    const wire = fixture('get-authorization-token') as unknown as {
      authorizationData: { authorizationToken: string; expiresAt: number; proxyEndpoint: string }[];
    };
    const data = wire.authorizationData[0];
    if (!data) throw new Error('fixture');
    ecr.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [{ ...data, expiresAt: new Date(data.expiresAt * 1000) }],
      ...meta,
    });
    const logger = recordingLogger();
    const login = await getEcrAuthorization(HOST, { logger, client });
    const password = Buffer.from(data.authorizationToken, 'base64').toString().slice(4);
    expect(login).toEqual({
      username: 'AWS',
      password,
      endpoint: 'https://123456789012.dkr.ecr.us-east-1.amazonaws.com',
      expiresAt: new Date(data.expiresAt * 1000),
    });
    expect(logger.masked).toEqual(expect.arrayContaining([password, data.authorizationToken]));
  });

  it('refuses a host that is not ECR', async () => {
    await expect(getEcrAuthorization('ghcr.io', { logger: recordingLogger() })).rejects.toThrow(
      UserError,
    );
  });
});

describe('the SDK path on the wire', () => {
  /** A real ECRClient whose HTTP handler answers from the fixtures: exercises the SDK retry. */
  function wireClient(bodies: { status: number; body: string }[], targets: string[]): ECRClient {
    const handler = {
      handle: (request: { headers: Record<string, string> }) => {
        targets.push(request.headers['x-amz-target'] ?? '');
        const next = bodies.shift() ?? { status: 500, body: '{}' };
        return Promise.resolve({
          response: {
            statusCode: next.status,
            headers: { 'content-type': 'application/x-amz-json-1.1' },
            body: Readable.from([Buffer.from(next.body)]),
          },
        });
      },
    };
    return new ECRClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
      maxAttempts: 3,
      requestHandler: handler,
    });
  }

  it('retries a ThrottlingException, then reads the image', async () => {
    const targets: string[] = [];
    const wire = wireClient(
      [
        { status: 400, body: JSON.stringify(fixture('error-throttling')) },
        { status: 200, body: JSON.stringify(fixture('batch-get-image')) },
      ],
      targets,
    );
    const viaWire = new EcrRegistry({
      registry: HOST,
      logger: recordingLogger(),
      client: wire,
      oci: () => Promise.reject(new Error('not used')),
    });
    const found = await viaWire.resolve(ref('team/api:sha-1a2b3c4'));
    expect(found?.digest).toBe(image.imageId.imageDigest);
    expect(targets).toEqual([
      'AmazonEC2ContainerRegistry_V20150921.BatchGetImage',
      'AmazonEC2ContainerRegistry_V20150921.BatchGetImage',
    ]);
  });

  it('reports throttling that outlasts the retries', async () => {
    const targets: string[] = [];
    const throttled = { status: 400, body: JSON.stringify(fixture('error-throttling')) };
    const wire = wireClient([throttled, throttled, throttled], targets);
    const viaWire = new EcrRegistry({
      registry: HOST,
      logger: recordingLogger(),
      client: wire,
      oci: () => Promise.reject(new Error('not used')),
    });
    await expect(viaWire.resolve(ref('team/api:v1'))).rejects.toThrow(
      /BatchGetImage: ECR kept failing \(ThrottlingException\)/,
    );
    expect(targets).toHaveLength(3);
  });
});

describe('provider selection', () => {
  it('uses the ECR backend for ECR hosts (SDK loaded on demand) and OCI elsewhere', async () => {
    const provider = createRegistryProvider({
      logger: recordingLogger(),
      env: {},
      ecrClient: () => client,
    });
    expect((await provider.forReference(ref('team/api'))).kind).toBe('ecr');
    const fips = parseReference('123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/a:b');
    expect((await provider.forReference(fips)).kind).toBe('ecr');
    expect((await provider.forReference(parseReference('ghcr.io/acme/api'))).kind).toBe('oci');
    expect((await provider.forReference(parseReference('nginx'))).kind).toBe('oci');
  });
});

describe('createEcrClient', () => {
  it('takes region, FIPS and dual-stack from the host and attempts from the retry policy', async () => {
    const host = parseEcrHost('123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com');
    if (!host) throw new Error('not parsed');
    const sdk = createEcrClient(host, { retry: { ...DEFAULT_RETRY_POLICY, retries: 2 } });
    expect(await sdk.config.region()).toBe('us-gov-west-1');
    expect(await sdk.config.useFipsEndpoint()).toBe(true);
    expect(await sdk.config.useDualstackEndpoint()).toBe(false);
    expect(await sdk.config.maxAttempts()).toBe(3);
  });
});
