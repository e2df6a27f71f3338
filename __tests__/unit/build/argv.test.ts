import { describe, expect, it } from '@jest/globals';
import {
  buildxArgv,
  legacyBuildArgv,
  ociLabels,
  parseMetadataFile,
  parsePushDigest,
  pushArgv,
  saveArgv,
  type BuildArgvInput,
} from '../../../src/build/argv.js';
import { parseReference } from '../../../src/reference.js';

const DIGEST = 'sha256:335cb65821e0203332fa74216520f985e37d231e6a5e4ef64947b01836cbcb76';
const OTHER = 'sha256:10412b69d7cc0fb2b36f7a56e1e3a1fdd34c0b1f4ad2d3a0c1ed5b2b47b6f2aa';

function input(over: Partial<BuildArgvInput> = {}): BuildArgvInput {
  return {
    context: '/ws/services/api',
    dockerfile: '/ws/services/api/Dockerfile',
    tags: [parseReference('localhost:5000/acme/api:sha-abc1234')],
    labels: {},
    buildArgs: {},
    platforms: [],
    cacheFrom: [],
    cacheTo: [],
    push: true,
    ...over,
  };
}

const full = input({
  tags: [parseReference('ghcr.io/acme/api:sha-abc1234'), parseReference('ghcr.io/acme/api:latest')],
  labels: {
    'org.opencontainers.image.revision': 'abc1234def',
    'org.opencontainers.image.source': 'https://github.com/acme/app',
  },
  // Values with spaces, quotes and `$` stay single arguments: nothing reaches a shell.
  buildArgs: { NODE_ENV: 'production', TITLE: 'fix: "quotes" & $(rm -rf /)' },
  target: 'runtime',
});

describe('buildxArgv', () => {
  // Flag/value pairs stay on one line.
  // prettier-ignore
  it.each<[string, BuildArgvInput, string[]]>([
    [
      'minimal push',
      input(),
      [
        'buildx', 'build', '--progress', 'plain',
        '--file', '/ws/services/api/Dockerfile',
        '--tag', 'localhost:5000/acme/api:sha-abc1234',
        '--metadata-file', '/tmp/m/metadata.json',
        '--push',
        '/ws/services/api',
      ],
    ],
    [
      'every option',
      {
        ...full,
        platforms: ['linux/amd64', 'linux/arm64'],
        cacheFrom: ['type=registry,ref=ghcr.io/acme/api:cache'],
        cacheTo: ['type=registry,ref=ghcr.io/acme/api:cache,mode=max', 'type=gha'],
      },
      [
        'buildx', 'build', '--progress', 'plain',
        '--file', '/ws/services/api/Dockerfile',
        '--tag', 'ghcr.io/acme/api:sha-abc1234',
        '--tag', 'ghcr.io/acme/api:latest',
        '--label', 'org.opencontainers.image.revision=abc1234def',
        '--label', 'org.opencontainers.image.source=https://github.com/acme/app',
        '--build-arg', 'NODE_ENV=production',
        '--build-arg', 'TITLE=fix: "quotes" & $(rm -rf /)',
        '--target', 'runtime',
        '--platform', 'linux/amd64,linux/arm64',
        '--cache-from', 'type=registry,ref=ghcr.io/acme/api:cache',
        '--cache-to', 'type=registry,ref=ghcr.io/acme/api:cache,mode=max',
        '--cache-to', 'type=gha',
        '--metadata-file', '/tmp/m/metadata.json',
        '--push',
        '/ws/services/api',
      ],
    ],
    [
      'no push, one platform: loads the image into docker',
      input({ push: false, platforms: ['linux/arm64'] }),
      [
        'buildx', 'build', '--progress', 'plain',
        '--file', '/ws/services/api/Dockerfile',
        '--tag', 'localhost:5000/acme/api:sha-abc1234',
        '--platform', 'linux/arm64',
        '--metadata-file', '/tmp/m/metadata.json',
        '--load',
        '/ws/services/api',
      ],
    ],
    [
      'no push, several platforms: nothing to load into',
      input({ push: false, platforms: ['linux/amd64', 'linux/arm64'] }),
      [
        'buildx', 'build', '--progress', 'plain',
        '--file', '/ws/services/api/Dockerfile',
        '--tag', 'localhost:5000/acme/api:sha-abc1234',
        '--platform', 'linux/amd64,linux/arm64',
        '--metadata-file', '/tmp/m/metadata.json',
        '/ws/services/api',
      ],
    ],
    [
      'docker hub short names are fully qualified',
      input({ tags: [parseReference('acme/api:1.2.3')] }),
      [
        'buildx', 'build', '--progress', 'plain',
        '--file', '/ws/services/api/Dockerfile',
        '--tag', 'docker.io/acme/api:1.2.3',
        '--metadata-file', '/tmp/m/metadata.json',
        '--push',
        '/ws/services/api',
      ],
    ],
    [
      'signing: pushed by digest, no tag in the registry (the digest is in the metadata file)',
      { ...full, untagged: true, platforms: ['linux/amd64', 'linux/arm64'] },
      [
        'buildx', 'build', '--progress', 'plain',
        '--file', '/ws/services/api/Dockerfile',
        '--label', 'org.opencontainers.image.revision=abc1234def',
        '--label', 'org.opencontainers.image.source=https://github.com/acme/app',
        '--build-arg', 'NODE_ENV=production',
        '--build-arg', 'TITLE=fix: "quotes" & $(rm -rf /)',
        '--target', 'runtime',
        '--platform', 'linux/amd64,linux/arm64',
        '--metadata-file', '/tmp/m/metadata.json',
        '--output', 'type=image,name=ghcr.io/acme/api,push-by-digest=true,name-canonical=true,push=true',
        '/ws/services/api',
      ],
    ],
    [
      'signing, docker hub: the canonical name',
      input({ tags: [parseReference('acme/api:1.2.3')], untagged: true }),
      [
        'buildx', 'build', '--progress', 'plain',
        '--file', '/ws/services/api/Dockerfile',
        '--metadata-file', '/tmp/m/metadata.json',
        '--output', 'type=image,name=docker.io/acme/api,push-by-digest=true,name-canonical=true,push=true',
        '/ws/services/api',
      ],
    ],
    [
      'untagged without push is a local build as ever',
      input({ push: false, untagged: true }),
      [
        'buildx', 'build', '--progress', 'plain',
        '--file', '/ws/services/api/Dockerfile',
        '--tag', 'localhost:5000/acme/api:sha-abc1234',
        '--metadata-file', '/tmp/m/metadata.json',
        '--load',
        '/ws/services/api',
      ],
    ],
  ])('%s', (_name, req, expected) => {
    expect(buildxArgv(req, { metadataFile: '/tmp/m/metadata.json' })).toEqual(expected);
  });
});

describe('legacyBuildArgv', () => {
  // Flag/value pairs stay on one line.
  // prettier-ignore
  it.each<[string, BuildArgvInput, string[]]>([
    [
      'minimal',
      input(),
      [
        'build',
        '--file', '/ws/services/api/Dockerfile',
        '--tag', 'localhost:5000/acme/api:sha-abc1234',
        '/ws/services/api',
      ],
    ],
    [
      'tags, labels, build args and target; pushing is a separate command',
      full,
      [
        'build',
        '--file', '/ws/services/api/Dockerfile',
        '--tag', 'ghcr.io/acme/api:sha-abc1234',
        '--tag', 'ghcr.io/acme/api:latest',
        '--label', 'org.opencontainers.image.revision=abc1234def',
        '--label', 'org.opencontainers.image.source=https://github.com/acme/app',
        '--build-arg', 'NODE_ENV=production',
        '--build-arg', 'TITLE=fix: "quotes" & $(rm -rf /)',
        '--target', 'runtime',
        '/ws/services/api',
      ],
    ],
  ])('%s', (_name, req, expected) => {
    expect(legacyBuildArgv(req)).toEqual(expected);
  });

  it('signing: the image ID goes to --iidfile, for docker save', () => {
    expect(legacyBuildArgv(input({ untagged: true }), '/tmp/b/iid')).toEqual([
      'build',
      '--file',
      '/ws/services/api/Dockerfile',
      '--tag',
      'localhost:5000/acme/api:sha-abc1234',
      '--iidfile',
      '/tmp/b/iid',
      '/ws/services/api',
    ]);
  });

  it('refuses a tag reference without a tag or with a digest', () => {
    expect(() => legacyBuildArgv(input({ tags: [parseReference('ghcr.io/acme/api')] }))).toThrow(
      /must carry a tag/,
    );
    expect(() =>
      legacyBuildArgv(input({ tags: [parseReference(`ghcr.io/acme/api:v1@${DIGEST}`)] })),
    ).toThrow(/no digest/);
  });
});

describe('saveArgv', () => {
  it('saves the image by its ID, and only an ID', () => {
    expect(saveArgv(DIGEST, '/tmp/b/image.tar')).toEqual([
      'save',
      '--output',
      '/tmp/b/image.tar',
      DIGEST,
    ]);
    expect(() => saveArgv('--output=/etc/passwd', '/tmp/b/image.tar')).toThrow(/not one/);
  });
});

describe('pushArgv', () => {
  it.each([
    ['localhost:5000/acme/api:sha-abc1234', ['push', 'localhost:5000/acme/api:sha-abc1234']],
    ['nginx:1.27', ['push', 'docker.io/library/nginx:1.27']],
  ])('%s', (ref, expected) => {
    expect(pushArgv(parseReference(ref))).toEqual(expected);
  });
});

describe('parsePushDigest', () => {
  it.each<[string, string, string | undefined]>([
    [
      'docker push output',
      [
        'The push refers to repository [localhost:5123/t/a]',
        'f7260d624cf3: Preparing',
        'f7260d624cf3: Pushed',
        `sha-abc1234: digest: ${DIGEST} size: 524`,
        '',
      ].join('\n'),
      DIGEST,
    ],
    ['CRLF line ends', `one: digest: ${DIGEST} size: 524\r\n`, DIGEST],
    [
      'several tags: the last one',
      `a: digest: ${OTHER} size: 1\nb: digest: ${DIGEST} size: 2\n`,
      DIGEST,
    ],
    ['no digest line', 'The push refers to repository [x]\nf7260d624cf3: Pushed\n', undefined],
    ['a layer id is not a digest', 'f7260d624cf3: digest: sha256:abc size: 1\n', undefined],
  ])('%s', (_name, output, expected) => {
    expect(parsePushDigest(output)).toBe(expected);
  });
});

describe('parseMetadataFile', () => {
  it('reads containerimage.digest', () => {
    const json = JSON.stringify({
      'buildx.build.ref': 'builder/builder0/0fjb6ubs52xx3vygf6fgdl611',
      'containerimage.config.digest': OTHER,
      'containerimage.descriptor': {
        mediaType: 'application/vnd.oci.image.index.v1+json',
        digest: DIGEST,
        size: 856,
      },
      'containerimage.digest': DIGEST,
      'image.name': 'ghcr.io/acme/api:sha-abc1234,ghcr.io/acme/api:latest',
    });
    expect(parseMetadataFile(json)).toBe(DIGEST);
  });

  it('is undefined when the build wrote no digest', () => {
    expect(parseMetadataFile('{"buildx.build.ref":"b/b0/x"}')).toBeUndefined();
  });

  it.each([
    ['not JSON', 'nope', /not JSON/],
    ['not an object', '[1]', /not a JSON object/],
    [
      'invalid digest',
      '{"containerimage.digest":"sha256:zz"}',
      /invalid containerimage.digest: "sha256:zz"/,
    ],
    ['non-string digest', '{"containerimage.digest":42}', /invalid containerimage.digest: 42/],
  ])('throws on %s', (_name, json, message) => {
    expect(() => parseMetadataFile(json)).toThrow(message);
  });
});

describe('ociLabels', () => {
  it('emits the standard keys in a fixed order', () => {
    const labels = ociLabels({
      version: '1.2.3',
      created: '2024-05-01T12:00:00Z',
      source: 'https://github.com/acme/app',
      revision: 'abc1234def',
    });
    expect(Object.entries(labels)).toEqual([
      ['org.opencontainers.image.revision', 'abc1234def'],
      ['org.opencontainers.image.source', 'https://github.com/acme/app'],
      ['org.opencontainers.image.created', '2024-05-01T12:00:00Z'],
      ['org.opencontainers.image.version', '1.2.3'],
    ]);
  });

  it('leaves out what is unknown or empty', () => {
    expect(ociLabels({ revision: 'abc', version: '' })).toEqual({
      'org.opencontainers.image.revision': 'abc',
    });
  });
});
