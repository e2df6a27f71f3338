import { describe, expect, it } from '@jest/globals';
import { DockerCommandError } from '../../../src/build/output.js';
import { buildImages, type BuildDeps } from '../../../src/build/run-builds.js';
import type { Builder, BuildOutput, BuildRequest, BuiltImage } from '../../../src/build/types.js';
import { UserError } from '../../../src/errors.js';
import type { Logger } from '../../../src/log.js';
import { silentLogger } from '../../../src/log.js';
import { parseReference } from '../../../src/reference.js';
import { imageConfig, tagRefs } from '../../support/docker-fixtures.js';
import { fakeDescriptor, FakeRegistry, FakeRegistryProvider } from '../../support/fake-registry.js';

/** A fake clock: builds advance it by what `FakeBuilder.durations` says. */
class Clock {
  t = 1000;
  readonly now = (): number => this.t;
}

/** A builder that "pushes" into the fake registry, prints lines and records what it was asked. */
class FakeBuilder implements Builder {
  readonly kind = 'buildx';
  readonly requests: BuildRequest[] = [];
  active = 0;
  maxActive = 0;
  /** Image name → error thrown by its build. */
  readonly failures = new Map<string, Error>();
  /** Image name → lines the build prints, one per turn of the event loop. */
  readonly output = new Map<string, string[]>();
  /** Image name → milliseconds the build takes on the fake clock. */
  readonly durations = new Map<string, number>();
  /** Digest to report instead of the pushed one (simulates a confused docker). */
  reportDigest?: string;
  /** Push nothing even when asked to (simulates a registry that lost the push). */
  dropPushes = false;

  constructor(
    private readonly registry: FakeRegistry,
    private readonly clock: Clock,
  ) {}

  async build(req: BuildRequest, output?: BuildOutput): Promise<BuiltImage> {
    this.requests.push(req);
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      this.clock.t += this.durations.get(req.image.name) ?? 0;
      // Yield between lines so that parallel builds really interleave.
      for (const line of this.output.get(req.image.name) ?? ['step 1', 'step 2']) {
        await new Promise((r) => setImmediate(r));
        output?.(line);
      }
      await new Promise((r) => setImmediate(r));
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

/** A logger that records what the runner would show: lines, and where groups open and close. */
function recordingLogger(): { logger: Logger; events: string[] } {
  const events: string[] = [];
  let open = false;
  const logger: Logger = {
    ...silentLogger,
    info: (m) => events.push(m),
    warning: (m) => events.push(`warning: ${m}`),
    group: async (title, fn) => {
      if (open) throw new Error('groups do not nest');
      open = true;
      events.push(`group ${title}`);
      try {
        return await fn();
      } finally {
        events.push('endgroup');
        open = false;
      }
    },
  };
  return { logger, events };
}

function setup(over: Partial<BuildDeps> = {}) {
  const provider = new FakeRegistryProvider();
  const registry = provider.registry;
  const clock = new Clock();
  const builder = new FakeBuilder(registry, clock);
  const logins: string[] = [];
  const { logger, events } = recordingLogger();
  const deps: BuildDeps = {
    builder,
    registries: provider,
    logger,
    maxParallel: 2,
    clock: clock.now,
    login: (host) => {
      logins.push(host);
      return Promise.resolve();
    },
    ...over,
  };
  return { deps, registry, builder, logins, events, provider };
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
    builder.durations.set('api', 12_345);
    const [outcome] = await buildImages([request('api', ['sha-abc1234'])], deps);
    const digest = registry.digestOf(ref('localhost:5000/acme/api:sha-abc1234'));
    expect(digest).toMatch(/^sha256:/);
    expect(outcome).toEqual({
      name: 'api',
      status: 'built',
      digest,
      tags: ['sha-abc1234'],
      message: `Built and pushed localhost:5000/acme/api:sha-abc1234 (${digest}).`,
      elapsedMs: 12_345,
    });
    expect(builder.requests).toHaveLength(1);
    expect(logins).toEqual(['localhost:5000']);
  });

  it('pushes exactly the requested tags and only reads the primary tag back', async () => {
    const { deps, registry, builder } = setup();
    const [outcome] = await buildImages(
      [request('api', ['sha-abc1234', 'sha-abc1234def', 'latest'])],
      deps,
    );
    expect(builder.builtTags()).toEqual({ api: ['sha-abc1234', 'sha-abc1234def', 'latest'] });
    expect(registry.calls).toEqual([{ op: 'resolve', ref: 'localhost:5000/acme/api:sha-abc1234' }]);
    expect(outcome?.status).toBe('built');
  });

  it('builds even when the primary tag already exists: reuse is decided before building', async () => {
    const { deps, registry, builder } = setup();
    registry.put(ref('localhost:5000/acme/api:sha-abc1234'), fakeDescriptor('earlier run'));
    const [outcome] = await buildImages([request('api', ['sha-abc1234'])], deps);
    expect(builder.requests).toHaveLength(1);
    expect(outcome?.status).toBe('built');
    expect(outcome?.digest).not.toBe(fakeDescriptor('earlier run').digest);
  });

  it('fails when the registry disagrees with the digest docker reported', async () => {
    const { deps, builder, registry } = setup();
    builder.reportDigest = fakeDescriptor('something else').digest;
    const [outcome] = await buildImages([request('api', ['sha-abc1234'])], deps);
    const actual = registry.digestOf(ref('localhost:5000/acme/api:sha-abc1234')) ?? '';
    expect(outcome?.status).toBe('failed');
    expect(outcome?.digest).toBeUndefined();
    expect(outcome?.message).toBe(
      `image 'api' failed: docker reported digest ${builder.reportDigest} for localhost:5000/acme/api:sha-abc1234 but the registry has ${actual}; another run may have pushed the same tag`,
    );
  });

  it('fails when the pushed tag is not in the registry', async () => {
    const { deps, builder } = setup();
    builder.dropPushes = true;
    const [outcome] = await buildImages([request('api', ['sha-abc1234'])], deps);
    expect(outcome?.status).toBe('failed');
    expect(outcome?.message).toBe(
      "image 'api' failed: docker pushed localhost:5000/acme/api:sha-abc1234 but the registry does not have it",
    );
  });

  it('a local build (push off) gets every tag and touches no registry and no login', async () => {
    const { deps, registry, builder, logins, provider } = setup();
    builder.durations.set('api', 1200);
    const [outcome] = await buildImages(
      [request('api', ['sha-abc1234', 'latest'], { push: false })],
      deps,
    );
    expect(outcome).toEqual({
      name: 'api',
      status: 'built',
      tags: ['sha-abc1234', 'latest'],
      message: 'Built localhost:5000/acme/api:sha-abc1234 locally; not pushed (push is off).',
      elapsedMs: 1200,
    });
    expect(builder.builtTags()).toEqual({ api: ['sha-abc1234', 'latest'] });
    expect(registry.calls).toEqual([]);
    expect(provider.hosts).toEqual([]);
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

  it('one failing image of three: the others are still built, every one has an outcome', async () => {
    const { deps, builder } = setup({ maxParallel: 1 });
    builder.failures.set('worker', new UserError('platforms need docker buildx'));
    const outcomes = await buildImages(
      [
        request('api', ['sha-abc1234']),
        request('worker', ['sha-abc1234']),
        request('web', ['sha-abc1234']),
      ],
      deps,
    );
    expect(outcomes.map((o) => [o.name, o.status])).toEqual([
      ['api', 'built'],
      ['worker', 'failed'],
      ['web', 'built'],
    ]);
    expect(outcomes[1]?.error).toBeInstanceOf(UserError);
    expect(outcomes[1]?.digest).toBeUndefined();
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

describe('buildImages output', () => {
  it('one build at a time: each image in its own group, the result line after it', async () => {
    const { deps, builder, events, registry } = setup({ maxParallel: 1 });
    builder.output.set('api', ['Step 1/2 : FROM scratch', 'Step 2/2 : COPY api.txt /']);
    builder.output.set('web', ['Step 1/1 : FROM scratch']);
    builder.durations.set('api', 12_300);
    builder.durations.set('web', 3_140);
    builder.failures.set('web', new DockerCommandError('docker build', 1, ['COPY failed: nope']));
    await buildImages(
      [request('api', ['sha-1a2b3c4', 'latest']), request('web', ['sha-1a2b3c4'])],
      deps,
    );
    const digest = registry.digestOf(ref('localhost:5000/acme/api:sha-1a2b3c4')) ?? '';
    expect(events).toEqual([
      'group api localhost:5000/acme/api:sha-1a2b3c4',
      'Step 1/2 : FROM scratch',
      'Step 2/2 : COPY api.txt /',
      'endgroup',
      `api: built and pushed localhost:5000/acme/api:sha-1a2b3c4 (also latest) (${digest}) in 12.3 s`,
      'group web localhost:5000/acme/web:sha-1a2b3c4',
      'Step 1/1 : FROM scratch',
      'endgroup',
      'web: failed after 3.1 s: docker build exited with code 1: COPY failed: nope',
    ]);
  });

  it('a single image is grouped even when maxParallel allows more', async () => {
    const { deps, events } = setup({ maxParallel: 4 });
    await buildImages([request('api', ['sha-1a2b3c4'], { push: false })], deps);
    expect(events).toEqual([
      'group api localhost:5000/acme/api:sha-1a2b3c4',
      'step 1',
      'step 2',
      'endgroup',
      'api: built localhost:5000/acme/api:sha-1a2b3c4 locally (push is off) in 0.0 s',
    ]);
  });

  it('builds in parallel: no groups, every line prefixed with its image, interleaved', async () => {
    const { deps, builder, events } = setup({ maxParallel: 2 });
    builder.output.set('api', ['a1', 'a2', 'a3']);
    builder.output.set('web', ['w1', 'w2', 'w3']);
    builder.durations.set('web', 65_000);
    await buildImages([request('api', ['sha-1a2b3c4']), request('web', ['sha-1a2b3c4'])], deps);
    expect(events.some((e) => e.startsWith('group '))).toBe(false);
    const lines = events.filter((e) => /^\[(api|web)\] [aw]\d$/.test(e));
    expect(lines).toHaveLength(6);
    // Both builds run at once: web's first line comes before api's last.
    expect(lines.indexOf('[web] w1')).toBeLessThan(lines.indexOf('[api] a3'));
    expect(events.filter((e) => e.startsWith('[api] '))).toEqual([
      '[api] building localhost:5000/acme/api:sha-1a2b3c4',
      '[api] a1',
      '[api] a2',
      '[api] a3',
    ]);
    const results = events.filter((e) => /^(api|web): /.test(e));
    expect(results).toHaveLength(2);
    expect(results.find((e) => e.startsWith('web:'))).toMatch(/ in 1 min 05 s$/);
  });

  it('the failure line is one line; the outcome keeps the whole tail', async () => {
    const { deps, builder, events } = setup({ maxParallel: 1 });
    const tail = [
      'Step 2/3 : COPY a /',
      'Step 3/3 : COPY missing.txt /',
      'COPY failed: no such file',
    ];
    builder.failures.set('api', new DockerCommandError('docker build', 1, tail));
    const [outcome] = await buildImages([request('api', ['sha-1a2b3c4'])], deps);
    expect(outcome?.message).toBe(
      `image 'api' failed: docker build exited with code 1: ${tail.join('\n')}`,
    );
    expect(events.at(-1)).toBe(
      'api: failed after 0.0 s: docker build exited with code 1: COPY failed: no such file',
    );
  });
});
