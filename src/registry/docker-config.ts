/**
 * Credentials the way the docker CLI finds them, so image-promote works right after
 * `docker login`, docker/login-action or aws-actions/amazon-ecr-login:
 * `$DOCKER_CONFIG/config.json` (default `~/.docker/config.json`), `credHelpers` over
 * `credsStore`, then `auths`. Helpers speak the `docker-credential-<name> get` protocol.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UserError, errorMessage } from '../errors.js';
import type { Exec } from '../exec.js';
import type { Logger } from '../log.js';

export type DockerCredentials =
  { username: string; password: string } | { identityToken: string; username?: string };

export interface DockerCredentialOptions {
  /** Supplies DOCKER_CONFIG and HOME; also the environment of credential helpers. */
  env?: NodeJS.ProcessEnv;
  exec?: Exec;
  logger?: Logger;
}

interface AuthEntry {
  auth?: unknown;
  username?: unknown;
  password?: unknown;
  identitytoken?: unknown;
}

interface DockerConfigFile {
  auths?: Record<string, AuthEntry | undefined>;
  credHelpers?: Record<string, unknown>;
  credsStore?: unknown;
}

/** The key docker uses for Docker Hub in config files and when calling helpers. */
export const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** Docker's ConvertToHostname: drop the scheme and any path (`https://x/v1/` → `x`). */
export function configKeyHost(key: string): string {
  const stripped = key.replace(/^https?:\/\//i, '');
  const slash = stripped.indexOf('/');
  return (slash === -1 ? stripped : stripped.slice(0, slash)).toLowerCase();
}

function sameRegistry(a: string, b: string): boolean {
  const x = configKeyHost(a);
  const y = configKeyHost(b);
  return x === y || (DOCKER_HUB_HOSTS.has(x) && DOCKER_HUB_HOSTS.has(y));
}

export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DOCKER_CONFIG) return env.DOCKER_CONFIG;
  return join(env.HOME ?? homedir(), '.docker');
}

async function readConfig(file: string): Promise<DockerConfigFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`cannot read docker config ${file}: ${errorMessage(err)}`);
  }
  if (text.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new UserError(
      `docker config ${file} is not valid JSON (${errorMessage(err)}); fix it or run docker login again`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UserError(`docker config ${file} must hold a JSON object`);
  }
  return parsed;
}

function fromAuthEntry(entry: AuthEntry): DockerCredentials | undefined {
  if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '') {
    const username = typeof entry.username === 'string' ? entry.username : undefined;
    return username
      ? { identityToken: entry.identitytoken, username }
      : { identityToken: entry.identitytoken };
  }
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (typeof entry.username === 'string' && typeof entry.password === 'string' && entry.username) {
    return { username: entry.username, password: entry.password };
  }
  return undefined;
}

function helperFor(config: DockerConfigFile, host: string): string | undefined {
  for (const [key, helper] of Object.entries(config.credHelpers ?? {})) {
    if (typeof helper === 'string' && helper !== '' && sameRegistry(key, host)) return helper;
  }
  return typeof config.credsStore === 'string' && config.credsStore !== ''
    ? config.credsStore
    : undefined;
}

/** An ExecError (src/exec.ts), recognised without loading that module. */
function isExecError(err: unknown): err is { exitCode: number | null } {
  return err instanceof Error && err.name === 'ExecError' && 'exitCode' in err;
}

/** Runs `docker-credential-<helper> get`; undefined when the helper has nothing for `server`. */
async function askHelper(
  helper: string,
  server: string,
  options: DockerCredentialOptions,
): Promise<DockerCredentials | undefined> {
  // The exec wrapper (and node:child_process) loads only when a helper is configured.
  const run = options.exec ?? (await import('../exec.js')).exec;
  const program = `docker-credential-${helper}`;
  const result = await run(program, ['get'], {
    input: server,
    allowFailure: true,
    timeoutMs: 30000,
    ...(options.env ? { env: options.env } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  if (result.exitCode !== 0) {
    // The protocol reports a miss on stdout with a non-zero exit; anything else is a failure.
    const said = `${result.stdout} ${result.stderr}`.toLowerCase();
    if (said.includes('credentials not found')) return undefined;
    throw new Error(`${program} get exited with code ${result.exitCode}`);
  }
  let reply: { Username?: unknown; Secret?: unknown };
  try {
    reply = JSON.parse(result.stdout) as { Username?: unknown; Secret?: unknown };
  } catch {
    throw new Error(`${program} get did not print JSON`);
  }
  const username = typeof reply.Username === 'string' ? reply.Username : '';
  const secret = typeof reply.Secret === 'string' ? reply.Secret : '';
  if (secret === '') return undefined;
  options.logger?.mask(secret);
  // Helpers store identity tokens (from `docker login` with OAuth) under this username.
  if (username === '<token>') return { identityToken: secret };
  return { username, password: secret };
}

/**
 * Credentials docker would use for `host` (e.g. `ghcr.io`, `localhost:5000`, `docker.io`), or
 * undefined. A helper that is missing or fails is reported as a warning and `auths` is tried.
 */
export async function findDockerCredentials(
  host: string,
  options: DockerCredentialOptions = {},
): Promise<DockerCredentials | undefined> {
  const env = options.env ?? process.env;
  const file = join(dockerConfigDir(env), 'config.json');
  const config = await readConfig(file);
  if (!config) return undefined;
  const isHub = DOCKER_HUB_HOSTS.has(configKeyHost(host));
  const authKeys = Object.keys(config.auths ?? {}).filter((key) => sameRegistry(key, host));

  const helper = helperFor(config, host);
  if (helper) {
    // Helpers store entries under the address given to `docker login`; try the usual spellings.
    const servers = [...new Set([isHub ? DOCKER_HUB_SERVER : host, ...authKeys])];
    try {
      for (const server of servers) {
        const found = await askHelper(helper, server, { ...options, env });
        if (found) return found;
      }
    } catch (err) {
      const why = isExecError(err) && err.exitCode === null ? 'could not run' : 'failed';
      options.logger?.warning(
        `docker credential helper '${helper}' ${why} for ${host} (${errorMessage(err)}); using ${file} instead`,
      );
    }
  }

  // Exact spelling first, then any key naming the same host (with scheme or /v1/ path).
  const ordered = [...authKeys.filter((k) => k === host), ...authKeys.filter((k) => k !== host)];
  for (const key of ordered) {
    const entry = config.auths?.[key];
    if (!entry || typeof entry !== 'object') continue;
    const creds = fromAuthEntry(entry);
    if (creds) {
      if ('password' in creds) options.logger?.mask(creds.password);
      else options.logger?.mask(creds.identityToken);
      return creds;
    }
  }
  return undefined;
}
