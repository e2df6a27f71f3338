/**
 * Where the GitHub token may go (the API side of token scope): only to the REST API of the
 * run's GitHub server, over HTTPS. The server is GITHUB_SERVER_URL (default
 * https://github.com); its API is GITHUB_API_URL, or else `https://api.github.com` for
 * github.com and `<server>/api/v3` for GitHub Enterprise Server. Plain HTTP is accepted only
 * for a loopback address (tests). A repository is "on the server" when its remote's host is
 * the server's host: only then does the API know it.
 */
import { UserError } from '../errors.js';

/** `url` without the user-info part, for messages. */
function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}

export const DEFAULT_SERVER_URL = 'https://github.com';
export const DOTCOM_API_URL = 'https://api.github.com';

/** GITHUB_SERVER_URL without a trailing slash (default https://github.com). */
export function githubServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  const server = env.GITHUB_SERVER_URL?.trim() || DEFAULT_SERVER_URL;
  return server.replace(/\/+$/, '');
}

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * The API root the token is sent to: GITHUB_API_URL, else derived from GITHUB_SERVER_URL.
 * Throws a UserError for a URL that is not HTTPS (plain HTTP only to loopback), or that
 * carries credentials, a query or a fragment.
 */
export function githubApiUrl(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.GITHUB_API_URL?.trim();
  if (given) return checkApiUrl(given, 'GITHUB_API_URL');
  const server = githubServerUrl(env);
  let host: string;
  try {
    host = new URL(server).hostname.toLowerCase();
  } catch {
    throw new UserError(
      `GITHUB_SERVER_URL ${withoutCredentials(server)} is not a URL: set it to the GitHub server (https://github.com, or https://<your GHES host>)`,
    );
  }
  const derived = host === 'github.com' ? DOTCOM_API_URL : `${server}/api/v3`;
  return checkApiUrl(derived, 'the API URL derived from GITHUB_SERVER_URL');
}

/** `url` as an API root (no trailing slash), or a UserError naming `what`. */
export function checkApiUrl(url: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(
      `${what} ${withoutCredentials(url)} is not a URL: set GITHUB_API_URL to the REST API root (https://api.github.com, or https://<GHES host>/api/v3)`,
    );
  }
  if (parsed.username || parsed.password || parsed.search || parsed.hash) {
    throw new UserError(
      `${what} ${withoutCredentials(url)} carries credentials, a query or a fragment: give the bare API root (https://api.github.com, or https://<GHES host>/api/v3)`,
    );
  }
  const secure = parsed.protocol === 'https:';
  const localPlain = parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname);
  if (!secure && !localPlain) {
    throw new UserError(
      `${what} ${url} is not HTTPS: the GitHub token is sent only over HTTPS (plain HTTP only to a loopback address); use the https:// address of the API`,
    );
  }
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

/**
 * The host a git remote URL points at (`host[:port]` for URLs, the host of `git@host:path`),
 * lower-cased; undefined for local paths and file:// URLs.
 */
export function remoteHost(remote: string): { host: string; hostname: string } | undefined {
  const url = withoutCredentials(remote.trim());
  const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)/.exec(url);
  if (scp?.[1]) return { host: scp[1].toLowerCase(), hostname: scp[1].toLowerCase() };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^(https?|ssh|git):$/.test(parsed.protocol) || parsed.hostname === '') return undefined;
  return { host: parsed.host.toLowerCase(), hostname: parsed.hostname.toLowerCase() };
}

/**
 * True when the repository at `remote` is on the GitHub server: an HTTP(S) remote on the
 * server's host and port, an SSH remote on its host name (SSH has its own port).
 */
export function isOnGitHubServer(remote: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const where = remoteHost(remote);
  if (where === undefined) return false;
  let server: URL;
  try {
    server = new URL(githubServerUrl(env));
  } catch {
    return false;
  }
  return /^https?:\/\//i.test(remote.trim())
    ? where.host === server.host.toLowerCase()
    : where.hostname === server.hostname.toLowerCase();
}
