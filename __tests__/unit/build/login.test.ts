import { afterAll, describe, expect, it } from '@jest/globals';
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureRegistryLogin, type EcrLoginHelpers } from '../../../src/build/login.js';
import { ExecError } from '../../../src/exec.js';
import type { Logger } from '../../../src/log.js';
import { scriptedExec } from '../../support/docker-fixtures.js';

const ECR = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const PASSWORD = 'eyJwYXlsb2FkIjoic2VjcmV0LXRva2VuIn0=';

/** Logger that records, in order, what was masked and logged. */
function recordingLogger(): Logger & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    debug: (m) => events.push(`debug: ${m}`),
    info: (m) => events.push(`info: ${m}`),
    warning: (m) => events.push(`warning: ${m}`),
    group: (_title, fn) => fn(),
    mask: (s) => events.push(`mask: ${s}`),
  };
}

function helpers(over: Partial<EcrLoginHelpers> = {}): EcrLoginHelpers & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    isEcrHost: (host) => host.endsWith('.amazonaws.com'),
    hasDockerCredentials: (host) => {
      asked.push(`credentials ${host}`);
      return Promise.resolve(false);
    },
    getAuthorization: (host) => {
      asked.push(`token ${host}`);
      return Promise.resolve({ username: 'AWS', password: PASSWORD });
    },
    ...over,
  };
}

describe('ensureRegistryLogin', () => {
  it('leaves registries other than ECR to the docker config', async () => {
    const { exec, calls } = scriptedExec(() => ({}));
    const h = helpers();
    const logger = recordingLogger();
    expect(await ensureRegistryLogin('ghcr.io', { exec, logger, helpers: h })).toBe(false);
    expect(calls).toEqual([]);
    expect(h.asked).toEqual([]);
  });

  it('does nothing when docker already has credentials for the ECR host', async () => {
    const { exec, calls } = scriptedExec(() => ({}));
    const h = helpers({ hasDockerCredentials: () => Promise.resolve(true) });
    const logger = recordingLogger();
    expect(await ensureRegistryLogin(ECR, { exec, logger, helpers: h })).toBe(false);
    expect(calls).toEqual([]);
    expect(h.asked).toEqual([]);
  });

  it('logs docker in with the token on stdin, masked first, never in argv', async () => {
    const logger = recordingLogger();
    const { exec, calls } = scriptedExec(() => {
      logger.events.push('exec');
      return { stdout: 'Login Succeeded\n' };
    });
    const env = { PATH: '/usr/bin', DOCKER_CONFIG: '/tmp/cfg' };
    expect(await ensureRegistryLogin(ECR, { exec, logger, env, helpers: helpers() })).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.file).toBe('docker');
    expect(calls[0]?.args).toEqual(['login', '--username', 'AWS', '--password-stdin', ECR]);
    expect(calls[0]?.options.input).toBe(PASSWORD);
    expect(calls[0]?.options.env).toBe(env);
    expect(logger.events.indexOf(`mask: ${PASSWORD}`)).toBeGreaterThanOrEqual(0);
    expect(logger.events.indexOf(`mask: ${PASSWORD}`)).toBeLessThan(logger.events.indexOf('exec'));
    expect(
      logger.events.filter((e) => !e.startsWith('mask:')).some((e) => e.includes(PASSWORD)),
    ).toBe(false);
  });

  it('passes a docker login failure on without the token', async () => {
    const { exec } = scriptedExec(() => {
      throw new ExecError(
        `docker login --username AWS --password-stdin ${ECR}`,
        1,
        'Error response from daemon: login attempt failed with status: 400 Bad Request',
        'exited with code 1',
      );
    });
    const err = await ensureRegistryLogin(ECR, {
      exec,
      logger: recordingLogger(),
      helpers: helpers(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExecError);
    expect((err as Error).message).toMatch(/400 Bad Request/);
    expect((err as Error).message).not.toContain(PASSWORD);
  });

  it('passes a failure to get a token on, without running docker', async () => {
    const { exec, calls } = scriptedExec(() => ({}));
    const h = helpers({
      getAuthorization: () => Promise.reject(new Error('could not load AWS credentials')),
    });
    await expect(
      ensureRegistryLogin(ECR, { exec, logger: recordingLogger(), helpers: h }),
    ).rejects.toThrow('could not load AWS credentials');
    expect(calls).toEqual([]);
  });
});

describe('ensureRegistryLogin with the real registry modules', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const dockerConfig = (auths: Record<string, { auth: string }>): NodeJS.ProcessEnv => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-login-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths }));
    return { PATH: process.env.PATH ?? '', HOME: dir, DOCKER_CONFIG: dir };
  };

  it('does not look further than the host name for other registries', async () => {
    const { exec, calls } = scriptedExec(() => ({}));
    const env = dockerConfig({});
    expect(await ensureRegistryLogin('ghcr.io', { exec, logger: recordingLogger(), env })).toBe(
      false,
    );
    expect(calls).toEqual([]);
  });

  it('finds what docker/login-action left in the docker config', async () => {
    const { exec, calls } = scriptedExec(() => ({}));
    const env = dockerConfig({
      [ECR]: { auth: Buffer.from('AWS:from-login-action').toString('base64') },
    });
    expect(await ensureRegistryLogin(ECR, { exec, logger: recordingLogger(), env })).toBe(false);
    expect(calls).toEqual([]);
  });

  it('fetches a token with GetAuthorizationToken when docker has none', async () => {
    const ecr = mockClient(ECRClient);
    try {
      ecr.on(GetAuthorizationTokenCommand).resolves({
        authorizationData: [
          {
            authorizationToken: Buffer.from(`AWS:${PASSWORD}`).toString('base64'),
            proxyEndpoint: `https://${ECR}`,
          },
        ],
      });
      const { exec, calls } = scriptedExec(() => ({}));
      const logger = recordingLogger();
      const env = dockerConfig({});
      expect(await ensureRegistryLogin(ECR, { exec, logger, env })).toBe(true);
      expect(calls.map((c) => [c.file, c.args, c.options.input])).toEqual([
        ['docker', ['login', '--username', 'AWS', '--password-stdin', ECR], PASSWORD],
      ]);
      expect(logger.events).toContain(`mask: ${PASSWORD}`);
    } finally {
      ecr.restore();
    }
  });
});
