import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../src/errors.js';
import { ExecError, type Exec, type ExecOptions } from '../../../src/exec.js';
import type { Logger } from '../../../src/log.js';
import {
  configKeyHost,
  dockerConfigDir,
  findDockerCredentials,
} from '../../../src/registry/docker-config.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function configDir(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'ip-dcfg-'));
  dirs.push(dir);
  writeFileSync(
    join(dir, 'config.json'),
    typeof config === 'string' ? config : JSON.stringify(config),
  );
  return dir;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

function logger(): Logger & { masked: string[]; warnings: string[] } {
  const masked: string[] = [];
  const warnings: string[] = [];
  return {
    masked,
    warnings,
    debug: () => undefined,
    info: () => undefined,
    warning: (m) => warnings.push(m),
    group: (_title, fn) => fn(),
    mask: (s) => masked.push(s),
  };
}

interface HelperCall {
  file: string;
  args: readonly string[];
  input: string;
  env: NodeJS.ProcessEnv | undefined;
}

/** A fake `docker-credential-*` world: helper name → server → reply. */
function helpers(
  store: Record<string, Record<string, { Username: string; Secret: string }>>,
  calls: HelperCall[],
): Exec {
  return (file, args, options: ExecOptions = {}) => {
    const input = String(options.input ?? '');
    calls.push({ file, args, input, env: options.env });
    const name = file.replace('docker-credential-', '');
    const entries = store[name];
    if (!entries) return Promise.reject(new ExecError(file, null, '', 'failed: command not found'));
    const found = entries[input];
    if (!found) {
      return Promise.resolve({
        exitCode: 1,
        stdout: 'credentials not found in native keychain\n',
        stderr: '',
      });
    }
    return Promise.resolve({
      exitCode: 0,
      stdout: JSON.stringify({ ServerURL: input, ...found }),
      stderr: '',
    });
  };
}

describe('findDockerCredentials from auths', () => {
  it('decodes base64 auth and masks the password', async () => {
    const log = logger();
    const dir = configDir({ auths: { 'ghcr.io': { auth: b64('octo:ghp_secret:with:colons') } } });
    await expect(
      findDockerCredentials('ghcr.io', { env: { DOCKER_CONFIG: dir }, logger: log }),
    ).resolves.toEqual({ username: 'octo', password: 'ghp_secret:with:colons' });
    expect(log.masked).toEqual(['ghp_secret:with:colons']);
  });

  it('matches keys written with a scheme or a /v1/ path, preferring the exact key', async () => {
    const dir = configDir({
      auths: {
        'https://registry.example.com/v1/': { auth: b64('old:one') },
        'registry.example.com': { auth: b64('exact:two') },
        'https://localhost:5000': { auth: b64('local:three') },
      },
    });
    const env = { DOCKER_CONFIG: dir };
    await expect(findDockerCredentials('registry.example.com', { env })).resolves.toEqual({
      username: 'exact',
      password: 'two',
    });
    await expect(findDockerCredentials('localhost:5000', { env })).resolves.toEqual({
      username: 'local',
      password: 'three',
    });
    await expect(findDockerCredentials('localhost:5001', { env })).resolves.toBeUndefined();
  });

  it('maps Docker Hub names onto https://index.docker.io/v1/', async () => {
    const dir = configDir({
      auths: { 'https://index.docker.io/v1/': { auth: b64('hubuser:hubpw') } },
    });
    for (const host of ['docker.io', 'registry-1.docker.io', 'index.docker.io']) {
      await expect(findDockerCredentials(host, { env: { DOCKER_CONFIG: dir } })).resolves.toEqual({
        username: 'hubuser',
        password: 'hubpw',
      });
    }
  });

  it('returns an identity token', async () => {
    const dir = configDir({
      auths: { 'acr.example.io': { username: '00000000-0000', identitytoken: 'refresh-xyz' } },
    });
    await expect(
      findDockerCredentials('acr.example.io', { env: { DOCKER_CONFIG: dir } }),
    ).resolves.toEqual({ identityToken: 'refresh-xyz', username: '00000000-0000' });
  });

  it('reads ~/.docker/config.json when DOCKER_CONFIG is unset, and nothing when there is no file', async () => {
    const home = mkdtempSync(join(tmpdir(), 'ip-home-'));
    dirs.push(home);
    expect(dockerConfigDir({ HOME: home })).toBe(join(home, '.docker'));
    await expect(
      findDockerCredentials('ghcr.io', { env: { HOME: home } }),
    ).resolves.toBeUndefined();
  });

  it('names the file when it is not valid JSON', async () => {
    const dir = configDir('{ "auths": ');
    const attempt = findDockerCredentials('ghcr.io', { env: { DOCKER_CONFIG: dir } });
    await expect(attempt).rejects.toThrow(UserError);
    await expect(attempt).rejects.toThrow(join(dir, 'config.json'));
  });
});

describe('findDockerCredentials from credential helpers', () => {
  it('prefers credHelpers over credsStore and sends the host on stdin', async () => {
    const calls: HelperCall[] = [];
    const exec = helpers(
      {
        ecr: { '1.dkr.ecr.x': { Username: 'AWS', Secret: 'from-ecr-helper' } },
        desktop: { '1.dkr.ecr.x': { Username: 'x', Secret: 'from-store' } },
      },
      calls,
    );
    const dir = configDir({ credsStore: 'desktop', credHelpers: { '1.dkr.ecr.x': 'ecr' } });
    const env = { DOCKER_CONFIG: dir, AWS_REGION: 'us-east-1' };
    const log = logger();
    await expect(findDockerCredentials('1.dkr.ecr.x', { env, exec, logger: log })).resolves.toEqual(
      {
        username: 'AWS',
        password: 'from-ecr-helper',
      },
    );
    expect(calls).toEqual([
      { file: 'docker-credential-ecr', args: ['get'], input: '1.dkr.ecr.x', env },
    ]);
    expect(log.masked).toContain('from-ecr-helper');
  });

  it('asks the store with the Docker Hub server URL and reads <token> as an identity token', async () => {
    const calls: HelperCall[] = [];
    const exec = helpers(
      {
        desktop: {
          'https://index.docker.io/v1/': { Username: '<token>', Secret: 'oauth-refresh' },
        },
      },
      calls,
    );
    const dir = configDir({ credsStore: 'desktop' });
    await expect(
      findDockerCredentials('docker.io', { env: { DOCKER_CONFIG: dir }, exec }),
    ).resolves.toEqual({ identityToken: 'oauth-refresh' });
    expect(calls.map((c) => c.input)).toEqual(['https://index.docker.io/v1/']);
  });

  it('tries the spelling docker login stored (an auths key) after the bare host', async () => {
    const calls: HelperCall[] = [];
    const exec = helpers(
      { pass: { 'https://ghcr.io': { Username: 'octo', Secret: 'pw' } } },
      calls,
    );
    const dir = configDir({ credsStore: 'pass', auths: { 'https://ghcr.io': {} } });
    await expect(
      findDockerCredentials('ghcr.io', { env: { DOCKER_CONFIG: dir }, exec }),
    ).resolves.toEqual({ username: 'octo', password: 'pw' });
    expect(calls.map((c) => c.input)).toEqual(['ghcr.io', 'https://ghcr.io']);
  });

  it('returns undefined when the helper has nothing', async () => {
    const exec = helpers({ pass: {} }, []);
    const dir = configDir({ credsStore: 'pass' });
    await expect(
      findDockerCredentials('ghcr.io', { env: { DOCKER_CONFIG: dir }, exec }),
    ).resolves.toBeUndefined();
  });

  it('warns and falls back to auths when the helper is not installed', async () => {
    const exec = helpers({}, []);
    const log = logger();
    const dir = configDir({
      credsStore: 'osxkeychain',
      auths: { 'ghcr.io': { auth: b64('u:p') } },
    });
    await expect(
      findDockerCredentials('ghcr.io', { env: { DOCKER_CONFIG: dir }, exec, logger: log }),
    ).resolves.toEqual({ username: 'u', password: 'p' });
    expect(log.warnings).toEqual([
      expect.stringMatching(/credential helper 'osxkeychain' could not run for ghcr\.io/),
    ]);
  });
});

describe('configKeyHost', () => {
  it.each([
    ['https://index.docker.io/v1/', 'index.docker.io'],
    ['http://localhost:5000', 'localhost:5000'],
    ['GHCR.IO', 'ghcr.io'],
    ['registry.example.com/path', 'registry.example.com'],
  ])('%s → %s', (key, host) => {
    expect(configKeyHost(key)).toBe(host);
  });
});
