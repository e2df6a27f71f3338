/**
 * The build path against a real docker engine and the real registry (both started by the
 * integration global setup). Images are `FROM scratch`: no network needed. Digests are
 * checked with skopeo, a peer that shares no code with image-promote.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { ociLabels } from '../../../src/build/argv.js';
import { detectBuilder, LegacyBuilder } from '../../../src/build/docker.js';
import { buildImages, type BuildDeps } from '../../../src/build/run-builds.js';
import type { Builder, BuildRequest } from '../../../src/build/types.js';
import type { ImageConfig } from '../../../src/config/types.js';
import { exec as realExec } from '../../../src/exec.js';
import { silentLogger } from '../../../src/log.js';
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
    mutableTags: new Set(['latest']),
    allowTagOverwrite: false,
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

  it('a re-run of the same commit reuses the image and does not build', async () => {
    const api = { ...image('api'), buildArgs: { FLAVOUR: 'spicy' } };
    const before = buildCount();
    const [outcome] = await buildImages([request(api, [SHA, `v-${RUN}`, 'latest'])], deps());
    expect(outcome?.status).toBe('reused');
    expect(outcome?.message).toMatch(/not rebuilding/);
    expect(outcome?.digest).toBe(
      await skopeoDigest(parseReference(`${api.repository.name}:${SHA}`)),
    );
    expect(buildCount()).toBe(before);
  });

  it('refuses to move an existing immutable tag, before building', async () => {
    const api = image('api');
    const before = buildCount();
    // `v-RUN` exists from the first test; a new commit must not take it over.
    const [outcome] = await buildImages([request(api, [`sha-new${RUN}`, `v-${RUN}`])], deps());
    expect(outcome?.status).toBe('failed');
    expect(outcome?.message).toMatch(
      /v-[0-9a-f]+ already exists \(sha256:[0-9a-f]{64}\) and immutable tags are never moved/,
    );
    expect(buildCount()).toBe(before);
    expect(
      await skopeoDigest(parseReference(`${api.repository.name}:sha-new${RUN}`)),
    ).toBeUndefined();
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
    expect(outcomes[1]?.message).toMatch(/^image 'worker' failed: docker .*does-not-exist\.txt/s);
    expect(await skopeoDigest(parseReference(`${worker.repository.name}:${tag}`))).toBeUndefined();
    for (const [index, config] of [[0, web] as const, [2, api] as const]) {
      expect(outcomes[index]?.digest).toBe(
        await skopeoDigest(parseReference(`${config.repository.name}:${tag}`)),
      );
    }
    // `latest` of api still points at the first test's image: a failed run moves no mutable tag.
    const apiLatest = await skopeoDigest(parseReference(`${api.repository.name}:latest`));
    expect(apiLatest).toBe(await skopeoDigest(parseReference(`${api.repository.name}:${SHA}`)));
    expect(apiLatest).not.toBe(outcomes[2]?.digest);
  });
});

describe("with image-promote's own registry client", () => {
  it('confirms the pushed digest and moves the mutable tag to the same manifest', async () => {
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

    const before = buildCount();
    const [again] = await buildImages([request(workspaceImage, tags)], deps({ registries }));
    expect(again?.status).toBe('reused');
    expect(again?.digest).toBe(digest);
    expect(buildCount()).toBe(before);
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
