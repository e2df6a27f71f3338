import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../src/log.js';
import { parseReference } from '../../../src/reference.js';
import { promoteImage } from '../../../src/registry/promote.js';
import { createRegistryProvider } from '../../../src/registry/provider.js';
import { dockerHost, sharedRegistry } from '../../support/env.js';
import { getManifest, pushIndex } from '../../support/oci-fixtures.js';

// Images written by a real docker engine (Docker schema 2), and promoted images read back by it.
const repo = `engine${Date.now()}`;
let host: string;
let pushedDigest: string;

function docker(args: string[]): string {
  return execFileSync('docker', args, {
    // The legacy builder: this engine has no buildx.
    env: { ...process.env, DOCKER_HOST: dockerHost(), DOCKER_BUILDKIT: '0' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

beforeAll(() => {
  host = sharedRegistry().host;
  const dir = mkdtempSync(join(tmpdir(), 'ip-build-'));
  try {
    writeFileSync(join(dir, 'hello.txt'), `built by docker for ${repo}\n`);
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /\nCMD ["/hello.txt"]\n');
    docker(['build', '-q', '-t', `${host}/${repo}/app:sha-0000001`, dir]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const out = docker(['push', `${host}/${repo}/app:sha-0000001`]);
  const match = /digest: (sha256:[0-9a-f]{64})/.exec(out);
  if (!match?.[1]) throw new Error(`no digest in docker push output:\n${out}`);
  pushedDigest = match[1];
});

describe('with a real docker engine', () => {
  const provider = createRegistryProvider({ logger: silentLogger, env: {} });

  it('resolves the digest docker push reported', async () => {
    const ref = parseReference(`${host}/${repo}/app:sha-0000001`);
    const registry = await provider.forReference(ref);
    await expect(registry.resolve(ref)).resolves.toMatchObject({
      digest: pushedDigest,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    });
  });

  it('promotes the pushed image to another repository; docker pulls it by the same digest', async () => {
    const source = parseReference(`${host}/${repo}/app:sha-0000001`);
    const target = parseReference(`${host}/${repo}/prod:v1`);
    const result = await promoteImage(provider, source, target);
    expect(result.descriptor.digest).toBe(pushedDigest);
    docker(['pull', '-q', `${host}/${repo}/prod:v1`]);
    const repoDigests = docker([
      'image',
      'inspect',
      '--format',
      '{{json .RepoDigests}}',
      `${host}/${repo}/prod:v1`,
    ]);
    expect(JSON.parse(repoDigests)).toContain(`${host}/${repo}/prod@${pushedDigest}`);
  });

  it('pulls a promoted 4-platform OCI index (children and layers were all copied)', async () => {
    const target = { url: sharedRegistry().url };
    const index = await pushIndex(target, `${repo}/multi`, 'sha-0000002', { seed: repo });
    const result = await promoteImage(
      provider,
      parseReference(`${host}/${repo}/multi:sha-0000002`),
      parseReference(`${host}/${repo}/multi-prod:v1`),
    );
    expect(result.descriptor.digest).toBe(index.digest);
    expect((await getManifest(target, `${repo}/multi-prod`, 'v1'))?.bytes.equals(index.bytes)).toBe(
      true,
    );
    docker(['pull', '-q', `${host}/${repo}/multi-prod:v1`]);
    const repoDigests = docker([
      'image',
      'inspect',
      '--format',
      '{{json .RepoDigests}}',
      `${host}/${repo}/multi-prod:v1`,
    ]);
    expect(JSON.parse(repoDigests)).toContain(`${host}/${repo}/multi-prod@${index.digest}`);
  });
});
