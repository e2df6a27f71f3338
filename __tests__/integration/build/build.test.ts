/**
 * The build path against a real docker engine and the real registry (both started by the
 * integration global setup). Images are `FROM scratch`: no network needed. Digests are
 * checked with skopeo, a peer that shares no code with image-promote.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ociLabels } from '../../../src/build/argv.js';
import { detectBuilder, LegacyBuilder } from '../../../src/build/docker.js';
import { buildImages, type BuildDeps } from '../../../src/build/run-builds.js';
import type { Builder, BuildRequest } from '../../../src/build/types.js';
import type { ImageConfig } from '../../../src/config/types.js';
import { exec as realExec } from '../../../src/exec.js';
import { silentLogger, type Logger } from '../../../src/log.js';
import { parseReference } from '../../../src/reference.js';
import { createRegistryProvider } from '../../../src/registry/provider.js';
import {
  imageConfig,
  makeWorkspace,
  recordingExec,
  skopeoDigest,
  skopeoLabels,
  SkopeoRegistryProvider,
  tagRefs,
  type ExecCall,
} from '../../support/docker-fixtures.js';
import { sharedRegistry } from '../../support/env.js';

const RUN = randomBytes(4).toString('hex');
const SHA = `sha-${RUN.slice(0, 7)}`;

const scratch = (file: string, extra = ''): string =>
  `FROM scratch\nARG FLAVOUR=plain\nLABEL flavour=$FLAVOUR\nCOPY ${file} /${file}\n${extra}`;

let workspace: string;
let calls: ExecCall[];
let builder: Builder;

/** Number of image builds docker was asked for (either builder). */
function buildCount(): number {
  return calls.filter(
    (c) =>
      c.file === 'docker' &&
      (c.args[0] === 'build' || (c.args[0] === 'buildx' && c.args[1] === 'build')),
  ).length;
}

function image(name: string): ImageConfig {
  return imageConfig(name, `${sharedRegistry().host}/build-it-${RUN}/${name}`);
}

function request(config: ImageConfig, tags: string[]): BuildRequest {
  return {
    image: config,
    tags: tagRefs(config, ...tags),
    labels: ociLabels({
      revision: `${RUN}0123456789`,
      source: 'https://github.com/acme/app',
      created: '2024-05-01T12:00:00Z',
      version: '1.2.3',
    }),
    push: true,
    cacheFrom: [],
    cacheTo: [],
  };
}

function deps(over: Partial<BuildDeps> = {}): BuildDeps {
  return {
    builder,
    registries: new SkopeoRegistryProvider(),
    logger: silentLogger,
    maxParallel: 2,
    ...over,
  };
}

beforeAll(async () => {
  workspace = makeWorkspace({
    'api/Dockerfile': scratch('api.txt'),
    'api/api.txt': `api ${RUN}\n`,
    'web/Dockerfile': scratch('web.txt'),
    'web/web.txt': `web ${RUN}\n`,
    'worker/Dockerfile': scratch('worker.txt', 'COPY does-not-exist.txt /\n'),
    'worker/worker.txt': `worker ${RUN}\n`,
  });
  const recorded = recordingExec(realExec);
  calls = recorded.calls;
  builder = await detectBuilder({
    exec: recorded.exec,
    logger: silentLogger,
    env: process.env,
    workspace,
  });
});

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

describe('build path with a real docker engine and registry', () => {
  it('builds once, pushes every tag and reports the digest the registry has', async () => {
    const api = { ...image('api'), buildArgs: { FLAVOUR: 'spicy' } };
    const [outcome] = await buildImages([request(api, [SHA, `v-${RUN}`, 'latest'])], deps());

    expect(outcome?.error).toBeUndefined();
    expect(outcome?.status).toBe('built');
    const primary = parseReference(`${api.repository.name}:${SHA}`);
    const digest = await skopeoDigest(primary);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(outcome?.digest).toBe(digest);
    expect(await skopeoDigest(parseReference(`${api.repository.name}:v-${RUN}`))).toBe(digest);
    expect(await skopeoDigest(parseReference(`${api.repository.name}:latest`))).toBe(digest);
    expect(buildCount()).toBe(1);

    const labels = await skopeoLabels(primary);
    expect(labels).toMatchObject({
      flavour: 'spicy',
      'org.opencontainers.image.revision': `${RUN}0123456789`,
      'org.opencontainers.image.source': 'https://github.com/acme/app',
      'org.opencontainers.image.created': '2024-05-01T12:00:00Z',
      'org.opencontainers.image.version': '1.2.3',
    });
  });

  it('one failing image of three: it fails with the docker error, the other two are built', async () => {
    const [web, worker, api] = [image('web'), image('worker'), image('api')];
    const tag = `sha-three${RUN}`;
    const outcomes = await buildImages(
      [request(web, [tag]), request(worker, [tag, 'latest']), request(api, [tag, 'latest'])],
      deps(),
    );
    expect(outcomes.map((o) => [o.name, o.status])).toEqual([
      ['web', 'built'],
      ['worker', 'failed'],
      ['api', 'built'],
    ]);
    expect(outcomes[1]?.message).toMatch(
      /^image 'worker' failed: docker (buildx )?build exited with code 1: .*does-not-exist\.txt/s,
    );
    // docker's boilerplate (the legacy builder's deprecation banner) is not in the error.
    expect(outcomes[1]?.message).not.toMatch(/DEPRECATED|buildx component/);
    expect(await skopeoDigest(parseReference(`${worker.repository.name}:${tag}`))).toBeUndefined();
    for (const [index, config] of [[0, web] as const, [2, api] as const]) {
      expect(outcomes[index]?.digest).toBe(
        await skopeoDigest(parseReference(`${config.repository.name}:${tag}`)),
      );
    }
    // Pushed as asked: the engine, not the build layer, decides which tags a run pushes.
    expect(await skopeoDigest(parseReference(`${api.repository.name}:latest`))).toBe(
      outcomes[2]?.digest,
    );
  });
});

describe("with image-promote's own registry client", () => {
  it('confirms the pushed digest; a second build of the same tags builds again', async () => {
    const registries = createRegistryProvider({ logger: silentLogger, env: process.env });
    const svc = image('svc');
    const workspaceImage = { ...svc, context: 'api', dockerfile: 'api/Dockerfile' };
    const tags = [SHA, 'latest'];
    const builds = buildCount();
    const [built] = await buildImages([request(workspaceImage, tags)], deps({ registries }));
    expect(built?.error).toBeUndefined();
    expect(built?.status).toBe('built');
    expect(buildCount()).toBe(builds + 1);
    const digest = await skopeoDigest(parseReference(`${svc.repository.name}:${SHA}`));
    expect(built?.digest).toBe(digest);
    expect(await skopeoDigest(parseReference(`${svc.repository.name}:latest`))).toBe(digest);

    // Whether to reuse is the engine's decision, made before building: asked again, it builds.
    const [again] = await buildImages([request(workspaceImage, tags)], deps({ registries }));
    expect(again?.status).toBe('built');
    expect(buildCount()).toBe(builds + 2);
  });
});

/**
 * Serves one file, but holds the response until `release()`: a build that ADDs it from this
 * server cannot finish before the test releases it. The docker daemon fetches ADD URLs itself,
 * on the host's loopback, so no network is needed.
 */
function heldFileServer(body: string): Promise<{
  url: string;
  requested: Promise<void>;
  release: (why: string) => void;
  releasedBy: () => string | undefined;
  server: Server;
}> {
  let releasedBy: string | undefined;
  let release!: (why: string) => void;
  const released = new Promise<void>((resolve) => {
    release = (why) => {
      releasedBy ??= why;
      resolve();
    };
  });
  let onRequest!: () => void;
  const requested = new Promise<void>((resolve) => (onRequest = resolve));
  const server = createServer((req, res) => {
    onRequest();
    if (req.method === 'HEAD') {
      res.writeHead(200, { 'content-length': Buffer.byteLength(body) }).end();
      return;
    }
    void released.then(() => res.writeHead(200, { 'content-type': 'text/plain' }).end(body));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/held-${RUN}.txt`,
        requested,
        release,
        releasedBy: () => releasedBy,
        server,
      });
    });
  });
}

describe('live output', () => {
  it('streams build lines into a group while the build runs, then prints the result line', async () => {
    const held = await heldFileServer(`held ${RUN}\n`);
    // If lines only arrived at the end, nothing would release the file and the build would
    // wait for this fallback: the test then fails on `releasedBy`, not on a clock.
    const fallback = setTimeout(() => {
      held.release('fallback');
    }, 30000);
    const events: string[] = [];
    const logger: Logger = {
      ...silentLogger,
      info: (line) => {
        events.push(line);
        // The step that fetches the held file has been announced: let the daemon have it.
        if (line.includes(held.url))
          void held.requested.then(() => {
            held.release('line');
          });
      },
      group: async (title, fn) => {
        events.push(`group ${title}`);
        try {
          return await fn();
        } finally {
          events.push('endgroup');
        }
      },
    };
    const dir = makeWorkspace({
      'live/Dockerfile': [
        'FROM scratch',
        'COPY one.txt /one.txt',
        `ADD ${held.url} /held.txt`,
        'COPY two.txt /two.txt',
        '',
      ].join('\n'),
      'live/one.txt': 'one\n',
      'live/two.txt': 'two\n',
    });
    try {
      const live = await detectBuilder({
        exec: realExec,
        logger: silentLogger,
        env: process.env,
        workspace: dir,
      });
      const img = { ...image('live'), context: 'live', dockerfile: 'live/Dockerfile' };
      const [outcome] = await buildImages([request(img, [SHA])], {
        builder: live,
        registries: new SkopeoRegistryProvider(),
        logger,
        maxParallel: 1,
      });
      expect(outcome?.error).toBeUndefined();
      expect(held.releasedBy()).toBe('line');
      const title = `group live ${img.repository.name}:${SHA}`;
      expect(events[0]).toBe(title);
      const end = events.indexOf('endgroup');
      const heldStep = events.findIndex((e) => e.includes(held.url));
      const twoStep = events.findIndex((e) => /two\.txt/.test(e));
      // Group opens, the held step is shown, later steps follow, then the group closes.
      expect(heldStep).toBeGreaterThan(0);
      expect(twoStep).toBeGreaterThan(heldStep);
      expect(end).toBeGreaterThan(twoStep);
      expect(events.slice(0, end).join('\n')).not.toMatch(/DEPRECATED|buildx component/);
      expect(events.slice(end + 1)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^live: built and pushed ${img.repository.name.replace(/[.]/g, '\\.')}:${SHA} \\(sha256:[0-9a-f]{64}\\) in \\d+\\.\\d s$`,
          ),
        ),
      ]);
    } finally {
      clearTimeout(fallback);
      held.server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('classic builder (docker build + docker push)', () => {
  it('takes the digest from the real `docker push` output, equal to the registry', async () => {
    const legacy = new LegacyBuilder({
      exec: realExec,
      logger: silentLogger,
      env: process.env,
      workspace,
    });
    const web = image('legacy-web');
    const req = request({ ...web, context: 'web', dockerfile: 'web/Dockerfile' }, [SHA, 'x']);
    const built = await legacy.build(req);
    const digest = await skopeoDigest(parseReference(`${web.repository.name}:${SHA}`));
    expect(digest).toMatch(/^sha256:/);
    expect(built).toEqual({ digest, pushedTags: [SHA, 'x'] });
    expect(await skopeoDigest(parseReference(`${web.repository.name}:x`))).toBe(digest);
  });
});
