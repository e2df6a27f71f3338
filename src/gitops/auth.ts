/**
 * How a token reaches git: only as an `http.<url>.extraheader` entry in the environment of
 * each git call (GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n), scoped to one
 * remote URL — the way actions/checkout sends it, without writing it anywhere. Never in a
 * URL (git would store it in .git/config and print it in errors), never in argv (visible in
 * `ps` and in our own debug log), never in a file.
 */
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
    GIT_CONFIG_COUNT: String(start + 2),
    [`GIT_CONFIG_KEY_${start}`]: key,
    [`GIT_CONFIG_VALUE_${start}`]: '',
    [`GIT_CONFIG_KEY_${start + 1}`]: key,
    [`GIT_CONFIG_VALUE_${start + 1}`]: `AUTHORIZATION: basic ${credentials}`,
    // Traces (GIT_TRACE_CURL) keep Authorization headers out; make sure nobody turned that off.
    GIT_TRACE_REDACT: '1',
  };
}

/** `url` without the user-info part (`https://user:pass@host/x` → `https://host/x`). */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}
