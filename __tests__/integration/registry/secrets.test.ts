/**
 * Credentials never leave the process, even when a registry or token server echoes them:
 * against __tests__/support/echo-registry.ts (every error body and WWW-Authenticate repeats
 * the Authorization header, the base64 user:password, the decoded pair, the token in several
 * encodings and the refresh token), no form of any credential appears in thrown error
 * messages, logger output (verbose included), or CLI stdout/stderr — for Basic credentials,
 * bearer tokens from a token server, and identity (refresh) tokens.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli.js';
import { StderrLogger, type Logger } from '../../../src/log.js';
import { parseReference } from '../../../src/reference.js';
import type { Clock } from '../../../src/http/retry.js';
import { createRegistryProvider } from '../../../src/registry/provider.js';
import { startEchoRegistry, type EchoRegistry } from '../../support/echo-registry.js';

const noWait: Clock = { now: () => 0, sleep: () => Promise.resolve(), random: () => 0.5 };
const retry = { retries: 2, minDelayMs: 1, maxDelayMs: 2 };
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Credential {
  env: NodeJS.ProcessEnv;
  /** Every form the secret may travel in; none may be printed. */
  forms: string[];
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

function formsOf(secret: string): string[] {
  return [secret, b64(secret), b64(secret).replace(/=+$/, ''), encodeURIComponent(secret)];
}

/** A docker config holding a fresh password (or identity token) for `host`. */
function credential(host: string, kind: 'password' | 'identity'): Credential {
  const dir = mkdtempSync(join(tmpdir(), 'ip-secrets-'));
  dirs.push(dir);
  const secret =
    kind === 'password' ? `p@ss:w0rd/${randomUUID()}!` : `identity-${randomUUID()}-refresh`;
  const entry =
    kind === 'password'
      ? { auth: b64(`carol:${secret}`) }
      : { identitytoken: secret, username: 'carol' };
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [host]: entry } }));
  const pair = b64(`carol:${secret}`);
  return {
    env: { DOCKER_CONFIG: dir, HOME: dir },
    forms: [...formsOf(secret), pair, pair.replace(/=+$/, '')],
  };
}

/** Every form of every token the echo server handed out. */
function tokenForms(registry: EchoRegistry): string[] {
  return registry.tokens.flatMap((t) => formsOf(t));
}

interface Captured {
  texts: string[];
}

async function cli(args: string[], env: NodeJS.ProcessEnv, into: Captured): Promise<number> {
  const code = await main(args, {
    stdout: (t) => into.texts.push(t),
    logger: new StderrLogger(true, (line) => into.texts.push(line)),
    env,
    cwd: process.cwd(),
    registry: { retry, clock: noWait },
  });
  return code;
}

/** A logger that registers nothing: what is redacted then is thanks to the registry code. */
function bareLogger(into: Captured): Logger {
  return {
    debug: (m) => into.texts.push(m),
    info: (m) => into.texts.push(m),
    warning: (m) => into.texts.push(m),
    mask: () => undefined,
    group: (_t, fn) => fn(),
  };
}

/** Direct registry calls; returns the messages they threw. */
async function direct(host: string, env: NodeJS.ProcessEnv, into: Captured): Promise<void> {
  const provider = createRegistryProvider({
    logger: bareLogger(into),
    env,
    retry,
    clock: noWait,
  });
  const registry = await provider.forReference(parseReference(`${host}/echo/deny`));
  const calls = [
    () => registry.resolve(parseReference(`${host}/echo/deny:v1`)),
    () => registry.addTag(parseReference(`${host}/echo/reject:v1`), 'v2'),
    () =>
      registry.copy(parseReference(`${host}/echo/fail:v1`), parseReference(`${host}/echo/x:v1`)),
    () => registry.imageConfig(parseReference(`${host}/echo/deny:v1`)),
    () => registry.verifyTag(parseReference(`${host}/echo/reject:v1`), `sha256:${'a'.repeat(64)}`),
  ];
  for (const call of calls) {
    await call().then(
      () => into.texts.push('(no error)'),
      (err: unknown) => into.texts.push(err instanceof Error ? err.message : String(err)),
    );
  }
}

async function exercise(registry: EchoRegistry, cred: Credential): Promise<Captured> {
  const into: Captured = { texts: [] };
  const host = registry.host;
  await direct(host, cred.env, into);
  const runs = [
    ['resolve', `${host}/echo/deny:v1`],
    ['resolve', '--json', `${host}/echo/fail:v1`],
    ['promote', `${host}/echo/deny:v1`, 'v2'],
    [
      'promote',
      '--json',
      `${host}/echo/reject:v1`,
      'v2',
      `${host}/echo/fail:v1`,
      `${host}/echo/y:v1`,
    ],
  ];
  for (const args of runs) expect(await cli(args, cred.env, into)).toBe(1);
  return into;
}

function expectNoSecrets(into: Captured, forms: string[]): void {
  const all = into.texts.join('\n');
  // The echo did reach the messages: it was masked, not dropped.
  expect(all).toContain('***');
  const leaked = forms.filter((f) => f.length >= 4 && all.includes(f));
  expect(leaked).toEqual([]);
}

describe('a registry that echoes Basic credentials', () => {
  let echo: EchoRegistry;
  beforeAll(async () => {
    echo = await startEchoRegistry('basic');
  });
  afterAll(async () => {
    await echo.stop();
  });

  it('never prints the password or user:password in any encoding', async () => {
    const cred = credential(echo.host, 'password');
    const into = await exercise(echo, cred);
    expect(into.texts.join('\n')).toMatch(/access denied \(HTTP 403 DENIED \(refused/);
    expectNoSecrets(into, cred.forms);
  });
});

describe('a token server and registry that echo credentials and tokens', () => {
  let echo: EchoRegistry;
  beforeAll(async () => {
    echo = await startEchoRegistry('bearer');
  });
  afterAll(async () => {
    await echo.stop();
  });

  it('never prints the password, nor the tokens the registry repeats', async () => {
    echo.tokenMode = 'grant';
    const cred = credential(echo.host, 'password');
    const into = await exercise(echo, cred);
    expect(echo.tokens.length).toBeGreaterThan(0);
    expectNoSecrets(into, [...cred.forms, ...tokenForms(echo)]);
  });

  it('never prints the credentials a token server repeats when it rejects them', async () => {
    echo.tokenMode = 'reject';
    const cred = credential(echo.host, 'password');
    const into = await exercise(echo, cred);
    expect(into.texts.join('\n')).toMatch(
      /the token service rejected the credentials .*invalid credentials: you sent Authorization: \*\*\*;/,
    );
    expectNoSecrets(into, cred.forms);
  });

  it('never prints an identity token, granted or refused', async () => {
    echo.tokenMode = 'grant';
    const granted = credential(echo.host, 'identity');
    expectNoSecrets(await exercise(echo, granted), [...granted.forms, ...tokenForms(echo)]);
    echo.tokenMode = 'reject';
    const refused = credential(echo.host, 'identity');
    const into = await exercise(echo, refused);
    expect(into.texts.join('\n')).toMatch(/refresh_token=\*\*\*/);
    expectNoSecrets(into, refused.forms);
  });
});
