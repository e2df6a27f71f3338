import { describe, expect, it } from '@jest/globals';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  BuildxBuilder,
  detectBuilder,
  LegacyBuilder,
  type DockerDeps,
} from '../../../src/build/docker.js';
import { DockerCommandError } from '../../../src/build/output.js';
import type { BuildRequest } from '../../../src/build/types.js';
import { UserError } from '../../../src/errors.js';
import { ExecError, type Exec, type OutputStream } from '../../../src/exec.js';
import { silentLogger } from '../../../src/log.js';
import { dockerArgv, imageConfig, scriptedExec, tagRefs } from '../../support/docker-fixtures.js';

const DIGEST = 'sha256:335cb65821e0203332fa74216520f985e37d231e6a5e4ef64947b01836cbcb76';
const OTHER = 'sha256:10412b69d7cc0fb2b36f7a56e1e3a1fdd34c0b1f4ad2d3a0c1ed5b2b47b6f2aa';
const ENV = { PATH: '/usr/bin', DOCKER_CONFIG: '/tmp/docker-config' };

function deps(exec: Exec): DockerDeps {
  return { exec, logger: silentLogger, env: ENV, workspace: '/ws' };
}

function request(over: Partial<BuildRequest> = {}): BuildRequest {
  const image = imageConfig('api', 'localhost:5000/acme/api', {
    context: 'services/api',
    dockerfile: 'services/api/Dockerfile.prod',
    buildArgs: { NODE_ENV: 'production' },
  });
  return {
    image,
    tags: tagRefs(image, 'sha-abc1234', 'v1.2.3'),
    labels: { 'org.opencontainers.image.revision': 'abc1234def' },
    push: true,
    cacheFrom: [],
    cacheTo: [],
    ...over,
  };
}

/** Value following `flag` in argv. */
function flagValue(args: readonly string[], flag: string): string {
  const value = args[args.indexOf(flag) + 1];
  if (value === undefined) throw new Error(`no ${flag} in ${args.join(' ')}`);
  return value;
}

describe('detectBuilder', () => {
  it('uses buildx when `docker buildx version` succeeds', async () => {
    const { exec, calls } = scriptedExec(() => ({ stdout: 'github.com/docker/buildx v0.17.1\n' }));
    const builder = await detectBuilder(deps(exec));
    expect(builder.kind).toBe('buildx');
    expect(dockerArgv(calls)).toEqual([['buildx', 'version']]);
    expect(calls[0]?.options).toMatchObject({ cwd: '/ws', env: ENV, allowFailure: true });
  });

  it('falls back to the classic builder when the plugin is missing', async () => {
    const { exec } = scriptedExec(() => ({
      exitCode: 1,
      stderr:
        "docker: unknown command: docker buildx\n\nRun 'docker --help' for more information\n",
    }));
    expect((await detectBuilder(deps(exec))).kind).toBe('legacy');
  });

  it('says so when there is no docker CLI at all', async () => {
    const exec: Exec = () =>
      Promise.reject(new ExecError('docker buildx version', null, '', 'failed: command not found'));
    const err = await detectBuilder(deps(exec)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/docker CLI is not available/);
  });
});

describe('BuildxBuilder', () => {
  it('builds and pushes every tag in one command and reads the digest from the metadata file', async () => {
    let metadataFile = '';
    const { exec, calls } = scriptedExec((_file, args) => {
      metadataFile = flagValue(args, '--metadata-file');
      writeFileSync(metadataFile, JSON.stringify({ 'containerimage.digest': DIGEST }));
      return {};
    });
    const built = await new BuildxBuilder(deps(exec)).build(request());
    expect(built).toEqual({ digest: DIGEST, pushedTags: ['sha-abc1234', 'v1.2.3'] });
    // prettier-ignore
    expect(dockerArgv(calls)).toEqual([[
      'buildx', 'build', '--progress', 'plain',
      '--file', '/ws/services/api/Dockerfile.prod',
      '--tag', 'localhost:5000/acme/api:sha-abc1234',
      '--tag', 'localhost:5000/acme/api:v1.2.3',
      '--label', 'org.opencontainers.image.revision=abc1234def',
      '--build-arg', 'NODE_ENV=production',
      '--metadata-file', metadataFile,
      '--push',
      '/ws/services/api',
    ]]);
    expect(calls[0]?.options).toMatchObject({ cwd: '/ws', env: ENV });
    // The temp directory holding the metadata file is gone afterwards.
    expect(existsSync(dirname(metadataFile))).toBe(false);
  });

  it('passes platforms and registry cache through', async () => {
    const { exec, calls } = scriptedExec((_file, args) => {
      writeFileSync(flagValue(args, '--metadata-file'), `{"containerimage.digest":"${DIGEST}"}`);
      return {};
    });
    const req = request({
      image: { ...request().image, platforms: ['linux/amd64', 'linux/arm64'], target: 'run' },
      cacheFrom: ['type=registry,ref=localhost:5000/acme/api:cache'],
      cacheTo: ['type=registry,ref=localhost:5000/acme/api:cache,mode=max'],
    });
    await new BuildxBuilder(deps(exec)).build(req);
    const args = dockerArgv(calls)[0] ?? [];
    expect(flagValue(args, '--platform')).toBe('linux/amd64,linux/arm64');
    expect(flagValue(args, '--target')).toBe('run');
    expect(flagValue(args, '--cache-from')).toBe('type=registry,ref=localhost:5000/acme/api:cache');
    expect(flagValue(args, '--cache-to')).toBe(
      'type=registry,ref=localhost:5000/acme/api:cache,mode=max',
    );
  });

  it('reports no digest for a local build', async () => {
    const { exec, calls } = scriptedExec(() => ({}));
    const built = await new BuildxBuilder(deps(exec)).build(request({ push: false }));
    expect(built).toEqual({ pushedTags: [] });
    expect(dockerArgv(calls)[0]).toContain('--load');
  });

  it('fails when a push wrote no digest', async () => {
    const { exec } = scriptedExec((_file, args) => {
      writeFileSync(flagValue(args, '--metadata-file'), '{}');
      return {};
    });
    await expect(new BuildxBuilder(deps(exec)).build(request())).rejects.toThrow(
      /pushed image 'api' but wrote no containerimage.digest/,
    );
  });

  it('fails with the end of stderr, not the command line, and still cleans up', async () => {
    let metadataFile = '';
    const { exec, calls } = scriptedExec((_file, args) => {
      metadataFile = flagValue(args, '--metadata-file');
      return {
        exitCode: 1,
        stdout: '',
        stderr: '#1 [internal] load build definition\n\nERROR: failed to solve: COPY failed\n',
      };
    });
    await expect(new BuildxBuilder(deps(exec)).build(request())).rejects.toThrow(
      new Error(
        'docker buildx build exited with code 1: #1 [internal] load build definition\nERROR: failed to solve: COPY failed',
      ),
    );
    expect(calls[0]?.options.allowFailure).toBe(true);
    expect(existsSync(dirname(metadataFile))).toBe(false);
  });
});

describe('LegacyBuilder', () => {
  const pushOutput = (tag: string, digest: string): string =>
    `The push refers to repository [localhost:5000/acme/api]\nf7260d624cf3: Pushed\n${tag}: digest: ${digest} size: 524\n`;

  it('builds, then pushes each tag, and takes the digest from the push', async () => {
    const { exec, calls } = scriptedExec((_file, args) =>
      args[0] === 'push' ? { stdout: pushOutput(args[1]?.split(':').pop() ?? '', DIGEST) } : {},
    );
    const built = await new LegacyBuilder(deps(exec)).build(request());
    expect(built).toEqual({ digest: DIGEST, pushedTags: ['sha-abc1234', 'v1.2.3'] });
    // prettier-ignore
    expect(dockerArgv(calls)).toEqual([
      [
        'build',
        '--file', '/ws/services/api/Dockerfile.prod',
        '--tag', 'localhost:5000/acme/api:sha-abc1234',
        '--tag', 'localhost:5000/acme/api:v1.2.3',
        '--label', 'org.opencontainers.image.revision=abc1234def',
        '--build-arg', 'NODE_ENV=production',
        '/ws/services/api',
      ],
      ['push', 'localhost:5000/acme/api:sha-abc1234'],
      ['push', 'localhost:5000/acme/api:v1.2.3'],
    ]);
    for (const call of calls) expect(call.options).toMatchObject({ cwd: '/ws', env: ENV });
  });

  it('only builds when push is off', async () => {
    const { exec, calls } = scriptedExec(() => ({}));
    expect(await new LegacyBuilder(deps(exec)).build(request({ push: false }))).toEqual({
      pushedTags: [],
    });
    expect(dockerArgv(calls).map((a) => a[0])).toEqual(['build']);
  });

  it('leaves the digest to the registry when docker prints none', async () => {
    const { exec } = scriptedExec(() => ({ stdout: 'sha-abc1234: Pushed\n' }));
    expect(await new LegacyBuilder(deps(exec)).build(request())).toEqual({
      pushedTags: ['sha-abc1234', 'v1.2.3'],
    });
  });

  it('fails when the tags of one image report different digests', async () => {
    let n = 0;
    const { exec } = scriptedExec((_file, args) =>
      args[0] === 'push' ? { stdout: pushOutput('t', n++ === 0 ? DIGEST : OTHER) } : {},
    );
    await expect(new LegacyBuilder(deps(exec)).build(request())).rejects.toThrow(
      `docker push reported different digests for the tags of image 'api': ${DIGEST}, ${OTHER}`,
    );
  });

  it('stops at a failing build without pushing', async () => {
    const { exec, calls } = scriptedExec((_file, args) =>
      args[0] === 'build'
        ? {
            exitCode: 1,
            stdout: 'Step 2/2 : COPY missing.txt /x\n',
            stderr: 'COPY failed: file not found in build context\n',
          }
        : {},
    );
    // The end of both streams, in arrival order: the step that failed, then why.
    await expect(new LegacyBuilder(deps(exec)).build(request())).rejects.toThrow(
      new Error(
        'docker build exited with code 1: Step 2/2 : COPY missing.txt /x\nCOPY failed: file not found in build context',
      ),
    );
    expect(dockerArgv(calls).map((a) => a[0])).toEqual(['build']);
  });

  it('names the tag whose push failed', async () => {
    const { exec } = scriptedExec((_file, args) =>
      args[1]?.endsWith(':v1.2.3') === true
        ? { exitCode: 1, stderr: 'denied: requested access to the resource is denied\n' }
        : { stdout: pushOutput('sha-abc1234', DIGEST) },
    );
    await expect(new LegacyBuilder(deps(exec)).build(request())).rejects.toThrow(
      new Error(
        'docker push localhost:5000/acme/api:v1.2.3 exited with code 1: denied: requested access to the resource is denied',
      ),
    );
  });

  it.each<[string, Partial<BuildRequest>, RegExp]>([
    [
      'platforms',
      { image: { ...request().image, platforms: ['linux/arm64'] } },
      /^image 'api': platforms \(linux\/arm64\) need docker buildx, which is not installed on this runner — add docker\/setup-buildx-action before image-promote, or remove 'platforms' from the image$/,
    ],
    [
      'cache-from',
      { cacheFrom: ['type=registry,ref=x/y:cache'] },
      /^image 'api': input 'cache-from' needs docker buildx, which is not installed on this runner — add docker\/setup-buildx-action before image-promote, or leave it empty$/,
    ],
    [
      'cache-from and cache-to',
      { cacheFrom: ['type=gha'], cacheTo: ['type=gha'] },
      /^image 'api': inputs 'cache-from' and 'cache-to' need docker buildx.* or leave them empty$/,
    ],
  ])('refuses %s without buildx, before running docker', async (_name, over, message) => {
    const { exec, calls } = scriptedExec(() => ({}));
    const err = await new LegacyBuilder(deps(exec)).build(request(over)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(message);
    expect(calls).toEqual([]);
  });

  it('refuses a tag outside the image repository', async () => {
    const { exec, calls } = scriptedExec(() => ({}));
    const req = request();
    req.tags.push(...tagRefs(imageConfig('web', 'localhost:5000/acme/web'), 'x'));
    await expect(new LegacyBuilder(deps(exec)).build(req)).rejects.toThrow(
      /tag localhost:5000\/acme\/web:x of image 'api' is not in localhost:5000\/acme\/api/,
    );
    expect(calls).toEqual([]);
  });
});

describe('build output', () => {
  const BANNER: [OutputStream, string][] = [
    [
      'stderr',
      'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.',
    ],
    ['stderr', '            Install the buildx component to build images with BuildKit:'],
    ['stderr', '            https://docs.docker.com/go/buildx/'],
    ['stderr', ''],
  ];

  it('streams every line as it arrives, build and push, without the deprecation banner', async () => {
    const events: string[] = [];
    const { exec } = scriptedExec((_file, args) => {
      events.push(`exec ${args[0] ?? ''}`);
      return args[0] === 'build'
        ? {
            lines: [
              ...BANNER,
              ['stdout', 'Sending build context to Docker daemon  2.048kB'],
              ['stdout', 'Step 1/2 : FROM scratch'],
              ['stdout', 'Step 2/2 : COPY api.txt /'],
              ['stdout', 'Successfully built 0123456789ab'],
            ],
          }
        : {
            lines: [
              ['stdout', 'The push refers to repository [localhost:5000/acme/api]'],
              ['stdout', `${args[1]?.split(':').pop() ?? ''}: digest: ${DIGEST} size: 524`],
            ],
          };
    });
    const built = await new LegacyBuilder(deps(exec)).build(request(), (line) => events.push(line));
    expect(built.digest).toBe(DIGEST);
    expect(events).toEqual([
      'exec build',
      'Sending build context to Docker daemon  2.048kB',
      'Step 1/2 : FROM scratch',
      'Step 2/2 : COPY api.txt /',
      'Successfully built 0123456789ab',
      'exec push',
      'The push refers to repository [localhost:5000/acme/api]',
      `sha-abc1234: digest: ${DIGEST} size: 524`,
      'exec push',
      'The push refers to repository [localhost:5000/acme/api]',
      `v1.2.3: digest: ${DIGEST} size: 524`,
    ]);
  });

  it('sends lines to the logger when the caller gives no output', async () => {
    const info: string[] = [];
    const logger = { ...silentLogger, info: (m: string) => info.push(m) };
    const { exec } = scriptedExec(() => ({
      lines: [...BANNER, ['stdout', 'Step 1/1 : FROM scratch']],
    }));
    await new LegacyBuilder({ ...deps(exec), logger }).build(request({ push: false }));
    expect(info).toEqual(['Step 1/1 : FROM scratch']);
  });

  it('fails with the last 20 lines, no banner, naming the command and exit code', async () => {
    const steps: [OutputStream, string][] = Array.from({ length: 30 }, (_, i) => [
      'stdout',
      `Step ${i + 1}/31 : COPY f${i + 1} /`,
    ]);
    const { exec } = scriptedExec(() => ({
      exitCode: 1,
      lines: [...BANNER, ...steps, ['stderr', 'COPY failed: file not found in build context']],
    }));
    const err = await new LegacyBuilder(deps(exec)).build(request()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DockerCommandError);
    const e = err as DockerCommandError;
    expect(e.command).toBe('docker build');
    expect(e.exitCode).toBe(1);
    expect(e.tail).toHaveLength(20);
    expect(e.tail[0]).toBe('Step 12/31 : COPY f12 /');
    expect(e.tail.at(-1)).toBe('COPY failed: file not found in build context');
    expect(e.message).toBe(`docker build exited with code 1: ${e.tail.join('\n')}`);
    expect(e.message).not.toMatch(/DEPRECATED|buildx component/);
  });

  it('streams buildx output the same way', async () => {
    const seen: string[] = [];
    const { exec } = scriptedExec((_file, args) => {
      writeFileSync(flagValue(args, '--metadata-file'), `{"containerimage.digest":"${DIGEST}"}`);
      return {
        lines: [
          ['stderr', '#0 building with "default" instance using docker driver'],
          ['stderr', ''],
          ['stderr', '#1 [internal] load build definition from Dockerfile'],
          ['stderr', '#1 DONE 0.0s'],
        ],
      };
    });
    await new BuildxBuilder(deps(exec)).build(request(), (line) => seen.push(line));
    expect(seen).toEqual([
      '#0 building with "default" instance using docker driver',
      '#1 [internal] load build definition from Dockerfile',
      '#1 DONE 0.0s',
    ]);
  });
});
