/**
 * How a token reaches git: only as an `http.<url>.extraheader` entry in the environment of
 * each git call (GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n), scoped to one
 * remote URL — the way actions/checkout sends it, without writing it anywhere. Never in a
 * URL (git would store it in .git/config and print it in errors), never in argv (visible in
 * `ps` and in our own debug log), never in a file.
 *
 * And where a token may go at all (`tokenDecision`): only over HTTPS (plain HTTP only to a
 * loopback address, for tests), never over ssh, git or a local path; the job's
 * `github-token` only to the host of GITHUB_SERVER_URL; any token only to the URL it is
 * scoped to and never across a redirect (`http.followRedirects=false`: git 2.39 with
 * `initial` or `true` sends the extra header on to the host it was redirected to).
 */
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';

/** The user name GitHub expects with a token over Basic auth. */
export const TOKEN_USER = 'x-access-token';

/** True for a URL git reaches over HTTP(S), the only transport a token applies to. */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The value of the Authorization header git sends (the secret form of the token). */
export function basicCredentials(token: string): string {
  return Buffer.from(`${TOKEN_USER}:${token}`, 'utf8').toString('base64');
}

/**
 * Environment entries that make git send `token` to `url` and to nothing else. Appends to
 * the GIT_CONFIG_* entries `base` already has (they would otherwise be overwritten). The
 * empty value first resets any extra header configured elsewhere (a persisted
 * actions/checkout credential, a global config): two Authorization headers fail on GitHub.
 * Redirects are not followed at all: git keeps sending the header to wherever the first
 * request was redirected (see __tests__/integration/gitops/token-scope.test.ts).
 * Registers the token and the header with the redactor through `logger.mask`.
 */
export function tokenEnv(
  url: string,
  token: string,
  logger: Pick<Logger, 'mask'>,
  base: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const credentials = basicCredentials(token);
  logger.mask(token);
  logger.mask(credentials);
  const existing = Number.parseInt(base.GIT_CONFIG_COUNT ?? '', 10);
  const start = Number.isInteger(existing) && existing > 0 ? existing : 0;
  const key = `http.${url}.extraheader`;
  return {
    GIT_CONFIG_COUNT: String(start + 3),
    [`GIT_CONFIG_KEY_${start}`]: key,
    [`GIT_CONFIG_VALUE_${start}`]: '',
    [`GIT_CONFIG_KEY_${start + 1}`]: key,
    [`GIT_CONFIG_VALUE_${start + 1}`]: `AUTHORIZATION: basic ${credentials}`,
    [`GIT_CONFIG_KEY_${start + 2}`]: 'http.followRedirects',
    [`GIT_CONFIG_VALUE_${start + 2}`]: 'false',
    // Traces (GIT_TRACE_CURL) keep Authorization headers out; make sure nobody turned that off.
    GIT_TRACE_REDACT: '1',
  };
}

/** `url` without the user-info part (`https://user:pass@host/x` → `https://host/x`). */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}

/** A host name that always means this machine (`localhost`, 127.0.0.0/8, `[::1]`). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export interface TokenPolicy {
  /** GITHUB_SERVER_URL: the only place the job's github-token goes (default github.com). */
  serverUrl?: string;
  /**
   * The job's `github-token`. A token equal to it (the default of `overlay-token`, or the
   * same token passed again) goes only to `serverUrl`'s scheme, host and port.
   */
  githubToken?: string;
}

export type TokenDecision = { send: true } | { send: false; why: string };

/**
 * Whether `token` may be sent to the git remote `url`. `what` names the remote for messages
 * (`overlay-repository acme/gitops`).
 *
 * - ssh://, git://, scp-style (`git@host:owner/name`), file:// and paths: never (not sent);
 * - the job's github-token to anything but GITHUB_SERVER_URL's origin: not sent;
 * - plain HTTP to a host that is not loopback: refused (UserError), the token would travel
 *   in clear text;
 * - otherwise sent, scoped to `url` (tokenEnv).
 */
export function tokenDecision(
  url: string,
  token: string,
  policy: TokenPolicy,
  what: string,
): TokenDecision {
  if (!isHttpUrl(url)) {
    return { send: false, why: `${what} is not reached over HTTPS: the token is not used` };
  }
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new UserError(`${what} is not a valid URL; give https://host/owner/name.git`);
  }
  if (policy.githubToken !== undefined && token === policy.githubToken) {
    const serverText = policy.serverUrl || 'https://github.com';
    let server: URL | undefined;
    try {
      server = new URL(serverText);
    } catch {
      server = undefined;
    }
    if (server?.origin !== target.origin) {
      return {
        send: false,
        why: `github-token is only sent to the GitHub server (${server?.origin ?? serverText}), not to ${target.origin}: pass a token for ${what} as overlay-token`,
      };
    }
  }
  if (target.protocol === 'http:' && !isLoopbackHost(target.hostname)) {
    throw new UserError(
      `${what} is reached over plain HTTP (${target.origin}): refusing to send a token in clear text — use its https:// URL`,
    );
  }
  return { send: true };
}

/**
 * The git environment `base` with `token` for `url` when tokenDecision allows sending it;
 * otherwise `base` as it is, and why not (logged). The token is masked either way.
 */
export function withToken(
  url: string,
  token: string,
  policy: TokenPolicy,
  what: string,
  logger: Pick<Logger, 'mask' | 'info'>,
  base: NodeJS.ProcessEnv,
): { env: NodeJS.ProcessEnv; notSent?: string } {
  logger.mask(token);
  const decision = tokenDecision(url, token, policy, what);
  if (decision.send) {
    return { env: { ...base, ...tokenEnv(url, token, logger, { ...process.env, ...base }) } };
  }
  logger.info(decision.why);
  return { env: base, notSent: decision.why };
}

/**
 * What to tell the user when git failed because the remote redirected (redirects are not
 * followed when a token may be sent), or undefined for any other failure.
 */
export function redirectProblem(stderr: string, what: string): string | undefined {
  const status = /returned error: (30[12378])\b/.exec(stderr)?.[1];
  if (status === undefined) return undefined;
  return `${what} redirects elsewhere (HTTP ${status}); with a token git follows no redirect, so that the token never reaches another host — set it to the URL it redirects to`;
}
