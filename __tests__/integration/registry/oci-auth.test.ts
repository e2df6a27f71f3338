import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../../src/log.js';
import { parseReference } from '../../../src/reference.js';
import { RegistryError } from '../../../src/registry/http.js';
import { createRegistryProvider } from '../../../src/registry/provider.js';
import {
  startBasicAuthRegistry,
  startTokenAuthRegistry,
  type BasicAuthRegistry,
  type TokenAuthRegistry,
} from '../../support/auth-registry.js';
import { getManifest, pushImage, pushIndex, type PushedIndex } from '../../support/oci-fixtures.js';

/** Records everything logged and every masked secret. */
function recordingLogger(): Logger & { lines: string[]; masked: Set<string> } {
  const lines: string[] = [];
  const masked = new Set<string>();
  return {
    lines,
    masked,
    debug: (m) => lines.push(m),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    group: (_title, fn) => fn(),
    mask: (s) => masked.add(s),
  };
}

const dirs: string[] = [];
function dockerConfig(config: unknown, helpers: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'ip-dockercfg-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  for (const [name, script] of Object.entries(helpers)) {
    const file = join(dir, `docker-credential-${name}`);
    writeFileSync(file, script);
    chmodSync(file, 0o755);
  }
  return { DOCKER_CONFIG: dir, PATH: `${dir}:${process.env.PATH ?? ''}`, HOME: dir };
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('htpasswd Basic auth', () => {
  let basic: BasicAuthRegistry;
  let host: string;
  let index: PushedIndex;

  beforeAll(async () => {
    basic = await startBasicAuthRegistry();
    host = basic.registry.localhost;
    index = await pushIndex(basic.fixtures, 'team/api', 'sha-aaaaaaa', { seed: 'basic' });
  });
  afterAll(async () => {
    await basic.stop();
  });

  it('resolves, retags and copies with credentials from auths (base64 auth)', async () => {
    const auth = Buffer.from(`${basic.username}:${basic.password}`).toString('base64');
    const env = dockerConfig({ auths: { [`http://${host}/v1/`]: { auth } } });
    const logger = recordingLogger();
    const provider = createRegistryProvider({ logger, env });
    const registry = await provider.forReference(parseReference(`${host}/team/api`));

    const found = await registry.resolve(parseReference(`${host}/team/api:sha-aaaaaaa`));
    expect(found?.digest).toBe(index.digest);
    const tagged = await registry.addTag(parseReference(`${host}/team/api:sha-aaaaaaa`), 'v1');
    expect(tagged.descriptor.digest).toBe(index.digest);
    const copied = await registry.copy(
      parseReference(`${host}/team/api:v1`),
      parseReference(`${host}/prod/api:v1`),
    );
    expect(copied.descriptor.digest).toBe(index.digest);
    const stored = await getManifest(basic.fixtures, 'prod/api', 'v1');
    expect(stored?.bytes.equals(index.bytes)).toBe(true);

    expect(logger.masked).toContain(basic.password);
    expect(logger.lines.join('\n')).not.toContain(basic.password);
  });

  it('uses a credential helper (credHelpers wins over credsStore)', async () => {
    const helper = [
      '#!/bin/sh',
      'read server',
      `[ "$1" = get ] && [ "$server" = "${host}" ] || { echo "credentials not found in native keychain"; exit 1; }`,
      `printf '{"ServerURL":"%s","Username":"${basic.username}","Secret":"${basic.password}"}' "$server"`,
    ].join('\n');
    const broken = '#!/bin/sh\necho "store must not be asked" >&2\nexit 3\n';
    const env = dockerConfig(
      { credsStore: 'broken', credHelpers: { [host]: 'fake' }, auths: { [host]: {} } },
      { fake: helper, broken },
    );
    const provider = createRegistryProvider({ logger: recordingLogger(), env });
    const registry = await provider.forReference(parseReference(`${host}/team/api`));
    const found = await registry.resolve(parseReference(`${host}/team/api:sha-aaaaaaa`));
    expect(found?.digest).toBe(index.digest);
  });

  it('fails with a clear 401 when docker has no credentials, naming registry and reference', async () => {
    const provider = createRegistryProvider({ logger: recordingLogger(), env: dockerConfig({}) });
    const registry = await provider.forReference(parseReference(`${host}/team/api`));
    const attempt = registry.resolve(parseReference(`${host}/team/api:sha-aaaaaaa`));
    await expect(attempt).rejects.toThrow(RegistryError);
    await expect(attempt).rejects.toThrow(
      new RegExp(
        `registry ${host} repository team/api:sha-aaaaaaa: GET manifest: authentication required or rejected \\(HTTP 401.*docker login ${host}`,
      ),
    );
  });

  it('reports rejected credentials without echoing them', async () => {
    const wrong = 'wrong-password-123';
    const auth = Buffer.from(`${basic.username}:${wrong}`).toString('base64');
    const env = dockerConfig({ auths: { [host]: { auth } } });
    const provider = createRegistryProvider({ logger: recordingLogger(), env });
    const registry = await provider.forReference(parseReference(`${host}/team/api`));
    const error = await registry.resolve(parseReference(`${host}/team/api:sha-aaaaaaa`)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).info.status).toBe(401);
    expect(String(error)).not.toContain(wrong);
    expect(String(error)).not.toContain(auth);
  });
});

describe('Bearer token auth', () => {
  let tokens: TokenAuthRegistry;
  let host: string;
  let index: PushedIndex;

  beforeAll(async () => {
    tokens = await startTokenAuthRegistry({ anonymousPull: true });
    host = tokens.registry.localhost;
    index = await pushIndex(tokens.fixtures, 'team/web', 'sha-bbbbbbb', { seed: 'bearer' });
    await pushImage(tokens.fixtures, 'team/web', 'other', { seed: 'bearer-other' });
  });
  afterAll(async () => {
    await tokens.stop();
  });

  it('follows the challenge with pull on the source and push on the target, reusing tokens', async () => {
    const auth = Buffer.from(`${tokens.username}:${tokens.password}`).toString('base64');
    const env = dockerConfig({ auths: { [host]: { auth } } });
    const logger = recordingLogger();
    const provider = createRegistryProvider({ logger, env });
    const registry = await provider.forReference(parseReference(`${host}/team/web`));
    const before = tokens.requests.length;

    await registry.resolve(parseReference(`${host}/team/web:sha-bbbbbbb`));
    await registry.resolve(parseReference(`${host}/team/web:other`));
    const afterResolves = tokens.requests.slice(before);
    // One token for both lookups: same scope, reused within the run.
    expect(afterResolves).toEqual([
      {
        method: 'GET',
        subject: tokens.username,
        scopes: ['repository:team/web:pull'],
        service: tokens.service,
      },
    ]);

    const copied = await registry.copy(
      parseReference(`${host}/team/web:sha-bbbbbbb`),
      parseReference(`${host}/prod/web:v3`),
    );
    expect(copied.descriptor.digest).toBe(index.digest);
    const copyTokens = tokens.requests.slice(before + 1);
    expect(copyTokens).toHaveLength(1);
    expect(copyTokens[0]?.scopes.sort()).toEqual([
      'repository:prod/web:pull,push',
      'repository:team/web:pull',
    ]);
    const stored = await getManifest(tokens.fixtures, 'prod/web', 'v3');
    expect(stored?.bytes.equals(index.bytes)).toBe(true);

    expect(logger.masked).toContain(tokens.password);
    const logged = logger.lines.join('\n');
    expect(logged).not.toContain(tokens.password);
    expect(logged).not.toMatch(/Bearer ey/);
  });

  it('uses an identity token from a credential helper through the OAuth2 refresh flow', async () => {
    const helper = [
      '#!/bin/sh',
      'read server',
      `printf '{"ServerURL":"%s","Username":"<token>","Secret":"${tokens.refreshToken}"}' "$server"`,
    ].join('\n');
    const env = dockerConfig({ credsStore: 'idtoken' }, { idtoken: helper });
    const logger = recordingLogger();
    const provider = createRegistryProvider({ logger, env });
    const registry = await provider.forReference(parseReference(`${host}/team/web`));
    const before = tokens.requests.length;
    const tagged = await registry.addTag(parseReference(`${host}/team/web:sha-bbbbbbb`), 'rc-1');
    expect(tagged).toMatchObject({ changed: true, descriptor: { digest: index.digest } });
    expect(tokens.requests.slice(before)).toEqual([
      {
        method: 'POST',
        subject: `refresh:${tokens.username}`,
        scopes: ['repository:team/web:pull,push'],
        service: tokens.service,
      },
    ]);
    expect(logger.masked).toContain(tokens.refreshToken);
  });

  it('reads anonymously, and explains a refused push', async () => {
    const provider = createRegistryProvider({ logger: recordingLogger(), env: dockerConfig({}) });
    const registry = await provider.forReference(parseReference(`${host}/team/web`));
    const found = await registry.resolve(parseReference(`${host}/team/web:sha-bbbbbbb`));
    expect(found?.digest).toBe(index.digest);
    const before = tokens.requests.length;
    await expect(
      registry.addTag(parseReference(`${host}/team/web:sha-bbbbbbb`), 'anon'),
    ).rejects.toThrow(/team\/web.*HTTP 401.*docker login/);
    // A refused token is asked for again once, not in a loop.
    expect(tokens.requests.length - before).toBe(2);
  });

  it('reports a token service that rejects the credentials', async () => {
    const auth = Buffer.from(`${tokens.username}:not-the-password`).toString('base64');
    const env = dockerConfig({ auths: { [host]: { auth } } });
    const provider = createRegistryProvider({ logger: recordingLogger(), env });
    const registry = await provider.forReference(parseReference(`${host}/team/web`));
    const error = await registry.resolve(parseReference(`${host}/team/web:sha-bbbbbbb`)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String(error)).toMatch(
      new RegExp(
        `token request to ${tokens.realm}: the token service rejected the credentials docker has for ${host}`,
      ),
    );
    expect(String(error)).not.toContain('not-the-password');
  });
});
