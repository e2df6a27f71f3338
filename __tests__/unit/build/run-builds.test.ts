import { describe, expect, it } from '@jest/globals';
import { buildImages, type BuildDeps } from '../../../src/build/run-builds.js';
import type { Builder, BuildRequest, BuiltImage } from '../../../src/build/types.js';
import { UserError } from '../../../src/errors.js';
import { silentLogger } from '../../../src/log.js';
import { parseReference } from '../../../src/reference.js';
import { imageConfig, tagRefs } from '../../support/docker-fixtures.js';
import { fakeDescriptor, FakeRegistry, FakeRegistryProvider } from '../../support/fake-registry.js';

/** A builder that "pushes" into the fake registry and records what it was asked. */
class FakeBuilder implements Builder {
  readonly kind = 'buildx';
  readonly requests: BuildRequest[] = [];
  active = 0;
  maxActive = 0;
  /** Image name → error thrown by its build. */
  readonly failures = new Map<string, Error>();
  /** Digest to report instead of the pushed one (simulates a confused docker). */
  reportDigest?: string;
  /** Push nothing even when asked to (simulates a registry that lost the push). */
  dropPushes = false;

  constructor(private readonly registry: FakeRegistry) {}

  async build(req: BuildRequest): Promise<BuiltImage> {
    this.requests.push(req);
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      // Yield a few times so that parallel builds really overlap.
      for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
      const failure = this.failures.get(req.image.name);
      if (failure) throw failure;
      if (!req.push) return { pushedTags: [] };
      const descriptor = fakeDescriptor(`${req.image.name}#${this.requests.length}`);
      if (!this.dropPushes) for (const ref of req.tags) this.registry.put(ref, descriptor);
      return {
        digest: this.reportDigest ?? descriptor.digest,
        pushedTags: req.tags.map((t) => t.tag ?? ''),
      };
    } finally {
      this.active--;
    }
  }

  /** Tag names each build was asked for, per image. */
  builtTags(): Record<string, string[]> {
    return Object.fromEntries(
      this.requests.map((r) => [r.image.name, r.tags.map((t) => t.tag ?? '')]),
    );
  }
}

function setup(over: Partial<BuildDeps> = {}) {
  const provider = new FakeRegistryProvider();
  const registry = provider.registry;
  const builder = new FakeBuilder(registry);
  const logins: string[] = [];
  const deps: BuildDeps = {
    builder,
    registries: provider,
    logger: silentLogger,
    maxParallel: 2,
    mutableTags: new Set(['latest', 'main']),
    allowTagOverwrite: false,
    login: (host) => {
      logins.push(host);
      return Promise.resolve();
    },
    ...over,
  };
  return { deps, registry, builder, logins };
}

function request(name: string, tags: string[], over: Partial<BuildRequest> = {}): BuildRequest {
  const image = imageConfig(name, `localhost:5000/acme/${name}`);
  return {
    image,
    tags: tagRefs(image, ...tags),
    labels: {},
    push: true,
    cacheFrom: [],
    cacheTo: [],
    ...over,
  };
}

const ref = (s: string) => parseReference(s);

describe('buildImages', () => {
  it('builds a new image, pushes it and reports the digest the registry has', async () => {
    const { deps, registry, builder, logins } = setup();
    const [outcome] = await buildImages([request('api', ['sha-abc1234'])], deps);
    const digest = registry.digestOf(ref('localhost:5000/acme/api:sha-abc1234'));
    expect(digest).toMatch(/^sha256:/);
    expect(outcome).toEqual({
      name: 'api',
      status: 'built',
      digest,
      tags: ['sha-abc1234'],
      message: `Built and pushed localhost:5000/acme/api:sha-abc1234 (${digest}).`,
    });
    expect(builder.requests).toHaveLength(1);
    expect(logins).toEqual(['localhost:5000']);
  });

  it('reuses an existing primary tag without building (a re-run of the same commit)', async () => {
    const { deps, registry, builder, logins } = setup();
    const existing = fakeDescriptor('earlier run');
    registry.put(ref('localhost:5000/acme/api:sha-abc1234'), existing);
    const [outcome] = await buildImages([request('api', ['sha-abc1234'])], deps);
    expect(outcome).toMatchObject({ status: 'reused', digest: existing.digest });
    expect(outcome?.message).toBe(
      `Reused localhost:5000/acme/api:sha-abc1234 (${existing.digest}): the tag already exists, so this commit was built before; not rebuilding.`,
    );
    expect(builder.requests).toEqual([]);
    expect(logins).toEqual([]);
  });

  it('a second run over the same requests reuses everything', async () => {
    const { deps, builder } = setup();
    const requests = [request('api', ['sha-abc1234', 'latest']), request('web', ['sha-abc1234'])];
    const first = await buildImages(requests, deps);
    const second = await buildImages(requests, deps);
    expect(first.map((o) => o.status)).toEqual(['built', 'built']);
    expect(second.map((o) => o.status)).toEqual(['reused', 'reused']);
    expect(second.map((o) => o.digest)).toEqual(first.map((o) => o.digest));
    expect(builder.requests).toHaveLength(2);
  });

  it('on reuse, adds immutable extra tags a previous run did not get to', async () => {
    const { deps, registry, builder } = setup();
    const existing = fakeDescriptor('earlier run');
    registry.put(ref('localhost:5000/acme/api:sha-abc1234'), existing);
    const [outcome] = await buildImages([request('api', ['sha-abc1234', 'v1.2.3'])], deps);
    expect(outcome?.status).toBe('reused');
    expect(outcome?.message).toMatch(/Added missing tags v1\.2\.3\.$/);
    expect(registry.digestOf(ref('localhost:5000/acme/api:v1.2.3'))).toBe(existing.digest);
    expect(builder.requests).toEqual([]);
  });

  it('on reuse, refuses an immutable extra tag that points elsewhere', async () => {
    const { deps, registry } = setup();
    registry.put(ref('localhost:5000/acme/api:sha-abc1234'), fakeDescriptor('a'));
    registry.put(ref('localhost:5000/acme/api:v1.2.3'), fakeDescriptor('b'));
    const [outcome] = await buildImages([request('api', ['sha-abc1234', 'v1.2.3'])], deps);
    expect(outcome?.status).toBe('failed');
    expect(outcome?.message).toContain(
      `tag localhost:5000/acme/api:v1.2.3 points at ${fakeDescriptor('b').digest}, not ${fakeDescriptor('a').digest}, and immutable tags are never moved`,
    );
  });

  it('refuses to build when pushing would move an existing immutable tag', async () => {
    const { deps, registry, builder } = setup();
    const other = fakeDescriptor('another commit');
    registry.put(ref('localhost:5000/acme/api:v1.2.3'), other);
    const [outcome] = await buildImages([request('api', ['sha-abc1234', 'v1.2.3'])], deps);
    expect(outcome?.status).toBe('failed');
    expect(outcome?.error).toBeInstanceOf(UserError);
    expect(outcome?.message).toBe(
      `image 'api' failed: tag localhost:5000/acme/api:v1.2.3 already exists (${other.digest}) and immutable tags are never moved — remove it from 'extra-tags', delete it from the registry, or set 'allow-tag-overwrite: true'`,
    );
    expect(builder.requests).toEqual([]);
    expect(registry.digestOf(ref('localhost:5000/acme/api:v1.2.3'))).toBe(other.digest);
  });

  it('moves an existing immutable tag only with allowTagOverwrite', async () => {
    const { deps, registry } = setup({ allowTagOverwrite: true });
    registry.put(ref('localhost:5000/acme/api:v1.2.3'), fakeDescriptor('another commit'));
    const [outcome] = await buildImages([request('api', ['sha-abc1234', 'v1.2.3'])], deps);
    expect(outcome?.status).toBe('built');
    expect(registry.digestOf(ref('localhost:5000/acme/api:v1.2.3'))).toBe(outcome?.digest);
  });

  it('pushes mutable tags only after every image succeeded, through the registry', async () => {
    const { deps, registry, builder } = setup();
    registry.put(ref('localhost:5000/acme/api:latest'), fakeDescriptor('old'));
    const outcomes = await buildImages(
      [
        request('api', ['sha-abc1234', 'v1.2.3', 'latest']),
        request('web', ['sha-abc1234', 'main']),
      ],
      deps,
    );
    expect(builder.builtTags()).toEqual({ api: ['sha-abc1234', 'v1.2.3'], web: ['sha-abc1234'] });
    expect(outcomes.map((o) => o.status)).toEqual(['built', 'built']);
    expect(outcomes[0]?.message).toMatch(/Moved latest to it\.$/);
    expect(registry.digestOf(ref('localhost:5000/acme/api:latest'))).toBe(outcomes[0]?.digest);
    expect(registry.digestOf(ref('localhost:5000/acme/web:main'))).toBe(outcomes[1]?.digest);
    expect(registry.calls.filter((c) => c.op === 'addTag')).toEqual([
      {
        op: 'addTag',
        ref: `localhost:5000/acme/api@${outcomes[0]?.digest ?? ''}`,
        tag: 'latest',
        allowOverwrite: true,
      },
      {
        op: 'addTag',
        ref: `localhost:5000/acme/web@${outcomes[1]?.digest ?? ''}`,
        tag: 'main',
        allowOverwrite: true,
      },
    ]);
  });

  it('one failing image of three: the others are built, mutable tags stay put', async () => {
    const { deps, registry, builder } = setup({ maxParallel: 1 });
    const old = fakeDescriptor('old');
    registry.put(ref('localhost:5000/acme/api:latest'), old);
    builder.failures.set('worker', new Error('docker build exited with code 1: COPY failed'));
    const outcomes = await buildImages(
      [
        request('api', ['sha-abc1234', 'latest']),
        request('worker', ['sha-abc1234', 'latest']),
        request('web', ['sha-abc1234']),
      ],
      deps,
    );
    expect(outcomes.map((o) => [o.name, o.status])).toEqual([
      ['api', 'built'],
      ['worker', 'failed'],
      ['web', 'built'],
    ]);
    expect(outcomes[1]?.message).toBe(
      "image 'worker' failed: docker build exited with code 1: COPY failed",
    );
    expect(outcomes[1]?.error?.message).toMatch(/COPY failed/);
    expect(outcomes[1]?.digest).toBeUndefined();
    expect(outcomes[0]?.message).toMatch(/Did not move latest because 'worker' failed\.$/);
    expect(registry.digestOf(ref('localhost:5000/acme/api:latest'))).toBe(old.digest);
    expect(registry.calls.some((c) => c.op === 'addTag')).toBe(false);
  });

  it('a failure moving a mutable tag fails that image', async () => {
    const { deps, registry } = setup();
    registry.failOn = (call) =>
      call.op === 'addTag' ? new Error('403 Forbidden: tag is immutable') : undefined;
    const [outcome] = await buildImages([request('api', ['sha-abc1234', 'latest'])], deps);
    expect(outcome?.status).toBe('failed');
    expect(outcome?.message).toBe(
      "image 'api' failed while moving latest: 403 Forbidden: tag is immutable",
    );
    // The immutable image itself exists; the digest says which one.
    expect(outcome?.digest).toBe(registry.digestOf(ref('localhost:5000/acme/api:sha-abc1234')));
  });

  it('fails when the registry disagrees with the digest docker reported', async () => {
    const { deps, builder, registry } = setup();
    builder.reportDigest = fakeDescriptor('something else').digest;
    const [outcome] = await buildImages([request('api', ['sha-abc1234'])], deps);
    const actual = registry.digestOf(ref('localhost:5000/acme/api:sha-abc1234')) ?? '';
    expect(outcome?.status).toBe('failed');
    expect(outcome?.message).toContain(
      `docker reported digest ${builder.reportDigest} for localhost:5000/acme/api:sha-abc1234 but the registry has ${actual}`,
    );
  });

  it('fails when the pushed tag is not in the registry', async () => {
    const { deps, builder } = setup();
    builder.dropPushes = true;
    const [outcome] = await buildImages([request('api', ['sha-abc1234'])], deps);
    expect(outcome?.status).toBe('failed');
    expect(outcome?.message).toContain(
      'docker pushed localhost:5000/acme/api:sha-abc1234 but the registry does not have it',
    );
  });

  it('a local build (push off) gets every tag and touches no registry tag', async () => {
    const { deps, registry, builder, logins } = setup();
    const [outcome] = await buildImages(
      [request('api', ['sha-abc1234', 'latest'], { push: false })],
      deps,
    );
    expect(outcome).toEqual({
      name: 'api',
      status: 'built',
      tags: ['sha-abc1234', 'latest'],
      message: 'Built localhost:5000/acme/api:sha-abc1234 locally; not pushed (push is off).',
    });
    expect(builder.builtTags()).toEqual({ api: ['sha-abc1234', 'latest'] });
    expect(registry.calls.map((c) => c.op)).toEqual(['resolve']);
    expect(logins).toEqual([]);
  });

  it('logs in once per registry host, and a failed login fails the images of that host', async () => {
    const { deps, builder } = setup({
      login: (host) =>
        host === 'ecr.example.com'
          ? Promise.reject(new Error('no AWS credentials'))
          : Promise.resolve(),
    });
    const logins: string[] = [];
    const login = deps.login;
    deps.login = (host) => {
      logins.push(host);
      return login ? login(host) : Promise.resolve();
    };
    const ecr = imageConfig('worker', 'ecr.example.com/acme/worker');
    const outcomes = await buildImages(
      [
        request('api', ['sha-abc1234']),
        request('web', ['sha-abc1234']),
        { ...request('worker', []), image: ecr, tags: tagRefs(ecr, 'sha-abc1234') },
      ],
      deps,
    );
    expect(outcomes.map((o) => o.status)).toEqual(['built', 'built', 'failed']);
    expect(outcomes[2]?.message).toBe("image 'worker' failed: no AWS credentials");
    expect(logins.sort()).toEqual(['ecr.example.com', 'localhost:5000']);
    expect(builder.builtTags()).toEqual({ api: ['sha-abc1234'], web: ['sha-abc1234'] });
  });

  it('never runs more than maxParallel builds at once, and keeps the request order', async () => {
    const { deps, builder } = setup({ maxParallel: 2 });
    const names = ['a', 'b', 'c', 'd', 'e'];
    const outcomes = await buildImages(
      names.map((n) => request(n, ['sha-abc1234'])),
      deps,
    );
    expect(outcomes.map((o) => o.name)).toEqual(names);
    expect(builder.maxActive).toBe(2);
    expect(builder.requests).toHaveLength(5);
  });

  it('treats maxParallel below 1 as 1', async () => {
    const { deps, builder } = setup({ maxParallel: 0 });
    await buildImages([request('a', ['t1']), request('b', ['t1'])], deps);
    expect(builder.maxActive).toBe(1);
  });

  it('reports a registry error as a failure of that image', async () => {
    const { deps, registry } = setup();
    registry.failOn = (call) =>
      call.ref.includes('/web:') ? new Error('registry answered 500') : undefined;
    const outcomes = await buildImages(
      [request('api', ['sha-abc1234']), request('web', ['sha-abc1234'])],
      deps,
    );
    expect(outcomes.map((o) => o.status)).toEqual(['built', 'failed']);
    expect(outcomes[1]?.message).toBe("image 'web' failed: registry answered 500");
  });
});
