/**
 * The reference parser against the distribution reference grammar. Cases come from
 * distribution/reference's reference_test.go and normalize_test.go (ParseNormalizedNamed,
 * which is what Docker and image-promote apply to user input).
 */
import { describe, expect, it } from '@jest/globals';
import {
  digestProblem,
  formatReference,
  isValidTag,
  joinRepository,
  parseReference,
  parseRepositoryName,
  ReferenceError,
  tagProblem,
  tryParseReference,
  withTagAndDigest,
} from '../../src/reference.js';

const F64 = 'f'.repeat(64);
const HEX = 'dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c';
const SHA = `sha256:${HEX}`;

describe('parseReference: valid references', () => {
  // input, domain, path, tag, digest, familiar
  const cases: [string, string, string, string | undefined, string | undefined, string][] = [
    ['nginx', 'docker.io', 'library/nginx', undefined, undefined, 'nginx'],
    ['nginx:1.27', 'docker.io', 'library/nginx', '1.27', undefined, 'nginx:1.27'],
    ['docker.io/nginx', 'docker.io', 'library/nginx', undefined, undefined, 'nginx'],
    ['docker.io/library/foo', 'docker.io', 'library/foo', undefined, undefined, 'foo'],
    [
      'index.docker.io/library/debian',
      'docker.io',
      'library/debian',
      undefined,
      undefined,
      'debian',
    ],
    ['index.docker.io/fooo/bar', 'docker.io', 'fooo/bar', undefined, undefined, 'fooo/bar'],
    [
      'library/ubuntu-12.04-base',
      'docker.io',
      'library/ubuntu-12.04-base',
      undefined,
      undefined,
      'ubuntu-12.04-base',
    ],
    // `library/` is only dropped for single-level official names.
    [
      'docker.io/library/foo/bar',
      'docker.io',
      'library/foo/bar',
      undefined,
      undefined,
      'library/foo/bar',
    ],
    ['store/foo/bar', 'docker.io', 'store/foo/bar', undefined, undefined, 'store/foo/bar'],
    ['other/library', 'docker.io', 'other/library', undefined, undefined, 'other/library'],
    [
      'dmcgowan/myapp:latest',
      'docker.io',
      'dmcgowan/myapp',
      'latest',
      undefined,
      'dmcgowan/myapp:latest',
    ],
    ['test_com/foo', 'docker.io', 'test_com/foo', undefined, undefined, 'test_com/foo'],
    ['test.com/foo', 'test.com', 'foo', undefined, undefined, 'test.com/foo'],
    ['test.com:8080/foo', 'test.com:8080', 'foo', undefined, undefined, 'test.com:8080/foo'],
    ['test-com:8080/foo', 'test-com:8080', 'foo', undefined, undefined, 'test-com:8080/foo'],
    [
      'xn--n3h.com:18080/foo',
      'xn--n3h.com:18080',
      'foo',
      undefined,
      undefined,
      'xn--n3h.com:18080/foo',
    ],
    ['localhost/app', 'localhost', 'app', undefined, undefined, 'localhost/app'],
    [
      'localhost:5000/my/app:v1',
      'localhost:5000',
      'my/app',
      'v1',
      undefined,
      'localhost:5000/my/app:v1',
    ],
    [
      '127.0.0.1:8000/private/moonbase',
      '127.0.0.1:8000',
      'private/moonbase',
      undefined,
      undefined,
      '127.0.0.1:8000/private/moonbase',
    ],
    // Without a `/`, `host:port` is a name and a tag.
    ['test.com:5000', 'docker.io', 'library/test.com', '5000', undefined, 'test.com:5000'],
    ['foo_bar.com:8080', 'docker.io', 'library/foo_bar.com', '8080', undefined, 'foo_bar.com:8080'],
    ['192.168.0.1:80', 'docker.io', 'library/192.168.0.1', '80', undefined, '192.168.0.1:80'],
    [
      '192.168.1.1:5000/repo:5050',
      '192.168.1.1:5000',
      'repo',
      '5050',
      undefined,
      '192.168.1.1:5000/repo:5050',
    ],
    ['[2001:db8::1]/repo', '[2001:db8::1]', 'repo', undefined, undefined, '[2001:db8::1]/repo'],
    ['[::1]:5000/repo', '[::1]:5000', 'repo', undefined, undefined, '[::1]:5000/repo'],
    [
      `[2001:db8::1]:5000/repo:tag@sha256:${F64}`,
      '[2001:db8::1]:5000',
      'repo',
      'tag',
      `sha256:${F64}`,
      `[2001:db8::1]:5000/repo:tag@sha256:${F64}`,
    ],
    // An uppercase first component is a host (Docker's rule), paths must be lowercase.
    ['Foo/bar', 'Foo', 'bar', undefined, undefined, 'Foo/bar'],
    ['DOCKER/docker', 'DOCKER', 'docker', undefined, undefined, 'DOCKER/docker'],
    [
      'lowercase:Uppercase',
      'docker.io',
      'library/lowercase',
      'Uppercase',
      undefined,
      'lowercase:Uppercase',
    ],
    [
      'b.gcr.io/test.example.com/my-app:test.example.com',
      'b.gcr.io',
      'test.example.com/my-app',
      'test.example.com',
      undefined,
      'b.gcr.io/test.example.com/my-app:test.example.com',
    ],
    [
      `xn--7o8h.com/myimage:xn--7o8h.com@sha512:${'f'.repeat(128)}`,
      'xn--7o8h.com',
      'myimage',
      'xn--7o8h.com',
      `sha512:${'f'.repeat(128)}`,
      `xn--7o8h.com/myimage:xn--7o8h.com@sha512:${'f'.repeat(128)}`,
    ],
    [
      `busybox:latest@${SHA}`,
      'docker.io',
      'library/busybox',
      'latest',
      SHA,
      `busybox:latest@${SHA}`,
    ],
    [`redis@${SHA}`, 'docker.io', 'library/redis', undefined, SHA, `redis@${SHA}`],
    [
      'docker---rules/docker',
      'docker.io',
      'docker---rules/docker',
      undefined,
      undefined,
      'docker---rules/docker',
    ],
    ['dock__er/docker', 'docker.io', 'dock__er/docker', undefined, undefined, 'dock__er/docker'],
    ['d/docker', 'docker.io', 'd/docker', undefined, undefined, 'd/docker'],
    // 63 hex characters are a name, and 64 are one as long as a host or tag makes it unambiguous.
    [
      HEX.slice(0, 63),
      'docker.io',
      `library/${HEX.slice(0, 63)}`,
      undefined,
      undefined,
      HEX.slice(0, 63),
    ],
    [`docker.io/${HEX}`, 'docker.io', `library/${HEX}`, undefined, undefined, HEX],
    [`${HEX}:tag`, 'docker.io', `library/${HEX}`, 'tag', undefined, `${HEX}:tag`],
    [
      'ghcr.io/acme/api:sha-1a2b3c4',
      'ghcr.io',
      'acme/api',
      'sha-1a2b3c4',
      undefined,
      'ghcr.io/acme/api:sha-1a2b3c4',
    ],
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/api',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com',
      'team/api',
      undefined,
      undefined,
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/api',
    ],
    // Surrounding whitespace (a YAML value, a copied line) is ignored.
    ['  nginx:1\n', 'docker.io', 'library/nginx', '1', undefined, 'nginx:1'],
  ];

  it.each(cases)('%s', (input, domain, path, tag, digest, familiar) => {
    const ref = parseReference(input);
    expect(ref).toEqual({
      domain,
      path,
      name: `${domain}/${path}`,
      familiar,
      ...(tag === undefined ? {} : { tag }),
      ...(digest === undefined ? {} : { digest }),
    });
    // The fully qualified form parses back to the same reference.
    expect(parseReference(formatReference(ref))).toEqual(ref);
  });

  it('allows a 255-character path (the limit is on the path, not domain + path)', () => {
    const input = `${'a/'.repeat(127)}a:tag-puts-this-over-max`;
    const ref = parseReference(input);
    expect(ref.path).toHaveLength(255);
    expect(ref.name).toBe(`docker.io/${'a/'.repeat(127)}a`);
  });
});

describe('parseReference: invalid references say why', () => {
  const longNamespace = `${'this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_'.repeat(4)}x/docker`;
  const cases: [string, RegExp][] = [
    ['', /empty/],
    ['   ', /empty/],
    [':justtag', /repository name is empty/],
    [`@sha256:${F64}`, /repository name is empty/],
    [
      'repo@sha256:ffffffffffffffffffffffffffffffffff',
      /sha256 digest has 64 hex characters, not 34/,
    ],
    [`validname@invaliddigest:${F64}`, /unsupported digest algorithm "invaliddigest"/],
    [`nginx@sha256:${F64.toUpperCase()}`, /lowercase/],
    ['nginx@sha256', /a digest looks like/],
    ['Uppercase:tag', /must be lowercase/],
    ['test:5000/Uppercase/lowercase:tag', /must be lowercase/],
    ['docker/Docker', /must be lowercase/],
    ['docker.io/docker/Docker', /must be lowercase/],
    [`${'a/'.repeat(128)}a:tag`, /longer than 255 characters \(257\)/],
    [longNamespace, /longer than 255/],
    ['aa/asdf$$^/aa', /invalid repository path/],
    ['-docker', /invalid repository path/],
    ['-docker/docker', /invalid repository path/],
    ['docker-/docker', /invalid repository path/],
    ['-docker-/docker', /invalid repository path/],
    ['____/____', /invalid repository path/],
    ['_docker/_docker', /invalid repository path/],
    // A first part with a `.` is read as a host, so these fail as hosts.
    ['dock..er/docker', /invalid registry host/],
    ['dock_.er/docker', /invalid registry host/],
    ['dock-.er/docker', /invalid registry host/],
    ['docker/', /invalid repository path/],
    ['docker///docker', /invalid repository path/],
    ['docker.io/docker///docker', /invalid repository path/],
    ['-docker.io/docker/docker', /invalid registry host/],
    ['https://github.com/docker/docker', /invalid registry host "https:"/],
    ['fc00::1:5000/debian', /invalid registry host/],
    ['[fe80::1%eth0]:5000/repo', /invalid registry host/],
    ['[2001:db8:3:4::192.0.2.33]:5000/debian', /invalid registry host/],
    ['[2001:db8::1]', /tag/],
    ['[2001:db8::1]:5000', /invalid repository path/],
    [HEX, /image ID/],
    ['nginx:', /tag cannot be empty/],
    ['nginx:-bad', /a tag must start with/],
    [`nginx:${'a'.repeat(129)}`, /at most 128 characters/],
    ['ng inx', /whitespace/],
    ['a'.repeat(1100), /at most 1024 characters/],
  ];

  it.each(cases)('%j', (input, reason) => {
    expect(() => parseReference(input)).toThrow(ReferenceError);
    const result = tryParseReference(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('names the input in the error message', () => {
    expect(() => parseReference('Uppercase:tag')).toThrow(
      'invalid image reference "Uppercase:tag": repository name must be lowercase',
    );
  });
});

describe('tags and digests', () => {
  it.each([
    ['v1.2.3', undefined],
    ['sha-1a2b3c4', undefined],
    ['_x', undefined],
    ['A'.repeat(128), undefined],
    ['', /empty/],
    ['.x', /must start/],
    ['-x', /must start/],
    ['a/b', /only letters/],
    ['a'.repeat(129), /at most 128/],
  ])('tag %j', (tag, problem) => {
    const issue = tagProblem(tag);
    if (problem === undefined) expect(issue).toBeUndefined();
    else expect(issue).toMatch(problem);
    expect(isValidTag(tag)).toBe(problem === undefined);
  });

  it.each([
    [SHA, undefined],
    [`sha384:${'a'.repeat(96)}`, undefined],
    [`sha512:${'a'.repeat(128)}`, undefined],
    [`sha256:${'a'.repeat(63)}`, /64 hex characters, not 63/],
    [`md5:${'a'.repeat(32)}`, /unsupported digest algorithm "md5"/],
    [`sha256:${'A'.repeat(64)}`, /lowercase/],
    ['sha256', /looks like/],
  ])('digest %j', (digest, problem) => {
    const issue = digestProblem(digest);
    if (problem === undefined) expect(issue).toBeUndefined();
    else expect(issue).toMatch(problem);
  });
});

describe('joinRepository', () => {
  it.each([
    ['ghcr.io/acme', 'api', 'ghcr.io/acme/api'],
    ['ghcr.io/acme/', 'api', 'ghcr.io/acme/api'],
    ['localhost:5000', 'team/api', 'localhost:5000/team/api'],
    ['ghcr.io/acme', 'quay.io/other/api', 'quay.io/other/api'],
    ['ghcr.io/acme', 'localhost/api', 'localhost/api'],
    [undefined, 'nginx', 'docker.io/library/nginx'],
    ['docker.io', 'nginx', 'docker.io/library/nginx'],
  ])('%s + %s', (registry, repository, name) => {
    expect(joinRepository(registry, repository).name).toBe(name);
  });

  it('reads an uppercase first part under a registry as a (bad) path, not a host', () => {
    expect(() => joinRepository('ghcr.io/acme', 'MyOrg/api')).toThrow(/must be lowercase/);
  });
});

describe('helpers', () => {
  it('withTagAndDigest replaces tag and digest and rebuilds the short form', () => {
    const ref = parseReference('nginx:1@' + SHA);
    expect(withTagAndDigest(ref, '2')).toEqual(parseReference('nginx:2'));
    expect(withTagAndDigest(ref, undefined, SHA).familiar).toBe(`nginx@${SHA}`);
  });

  it('parseRepositoryName refuses a tag or digest', () => {
    expect(parseRepositoryName('ghcr.io/acme/api').name).toBe('ghcr.io/acme/api');
    expect(() => parseRepositoryName('ghcr.io/acme/api:v1')).toThrow(/no tag or digest/);
    expect(() => parseRepositoryName(`api@${SHA}`)).toThrow(/no tag or digest/);
  });
});
