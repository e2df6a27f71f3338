/**
 * Registry authentication: Basic, and the Bearer challenge flow of the distribution token spec
 * (`realm`, `service`, `scope`; GET with Basic credentials, or the OAuth2 refresh-token POST
 * for identity tokens). Tokens are cached per scope set for the run and refreshed before
 * they expire. Every credential and token is registered with the redactor (in every form it
 * is sent in) before it is sent, and masked through the logger; text from a token server's
 * answer reaches a message only redacted.
 */
import type { Clock } from '../http/retry.js';
import type { Logger } from '../log.js';
import { redact, redactor } from '../redact.js';
import type { DockerCredentials } from './docker-config.js';
import { RegistryError, type Http, type RequestContext } from './http.js';

export { findDockerCredentials, type DockerCredentials } from './docker-config.js';

export interface Challenge {
  /** Lower-cased scheme: `basic`, `bearer`, … */
  scheme: string;
  params: Record<string, string>;
}

/**
 * Parses a WWW-Authenticate header (RFC 7235): one or more challenges, each a scheme and
 * comma-separated `key=value` / `key="quoted, value"` parameters.
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let i = 0;
  const n = header.length;
  const skip = (re: RegExp) => {
    while (i < n && re.test(header.charAt(i))) i++;
  };
  while (i < n) {
    skip(/[\s,]/);
    const schemeStart = i;
    skip(/[^\s,=]/);
    if (i === schemeStart) break;
    const current: Challenge = { scheme: header.slice(schemeStart, i).toLowerCase(), params: {} };
    challenges.push(current);
    for (;;) {
      skip(/[\s,]/);
      const keyStart = i;
      skip(/[^\s,=]/);
      const key = header.slice(keyStart, i);
      skip(/\s/);
      if (key === '' || header.charAt(i) !== '=') {
        // Not a parameter: the next challenge's scheme starts here.
        i = keyStart;
        break;
      }
      i++;
      skip(/\s/);
      let value = '';
      if (header.charAt(i) === '"') {
        i++;
        while (i < n && header.charAt(i) !== '"') {
          if (header.charAt(i) === '\\' && i + 1 < n) i++;
          value += header.charAt(i);
          i++;
        }
        i++;
      } else {
        const valueStart = i;
        skip(/[^\s,]/);
        value = header.slice(valueStart, i);
      }
      current.params[key.toLowerCase()] = value;
    }
  }
  return challenges;
}

export function pullScope(repository: string): string {
  return `repository:${repository}:pull`;
}

export function pushScope(repository: string): string {
  return `repository:${repository}:pull,push`;
}

/** Merges scopes naming the same resource (`a:pull` + `a:push` → `a:pull,push`); sorted. */
export function mergeScopes(scopes: readonly string[]): string[] {
  const byResource = new Map<string, Set<string>>();
  for (const scope of scopes) {
    for (const one of scope.split(' ')) {
      const cut = one.lastIndexOf(':');
      if (cut <= 0) continue;
      const resource = one.slice(0, cut);
      const actions = byResource.get(resource) ?? new Set<string>();
      one
        .slice(cut + 1)
        .split(',')
        .filter(Boolean)
        .forEach((a) => actions.add(a));
      byResource.set(resource, actions);
    }
  }
  return [...byResource.entries()]
    .map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`)
    .sort();
}

interface CachedToken {
  header: string;
  expiresAt: number;
}

export interface RegistryAuthOptions {
  /** The registry as users name it (docker config key, messages), e.g. `docker.io`. */
  registry: string;
  http: Http;
  logger: Logger;
  clock: Clock;
  /** Looked up once, only when the registry asks for credentials. */
  credentials: () => Promise<DockerCredentials | undefined>;
}

/** Re-fetch a token this long before the registry would reject it. */
const EXPIRY_MARGIN_MS = 10_000;

/** Authentication state for one registry host. */
export class RegistryAuth {
  private scheme: 'unknown' | 'basic' | 'bearer' = 'unknown';
  private bearer: { realm: string; service?: string } | undefined;
  private basicHeader: string | undefined;
  private credentials: Promise<DockerCredentials | undefined> | undefined;
  private readonly tokens = new Map<string, Promise<CachedToken>>();
  /** Scope sets a registry asked to widen, keyed by the set we asked for. */
  private readonly upgrades = new Map<string, string[]>();
  /** Tokens fetched in answer to a challenge → the scope set they were fetched for. */
  private readonly answered = new Map<string, string>();

  constructor(private readonly options: RegistryAuthOptions) {}

  /** Primes credentials that are known up front (e.g. an ECR authorization token). */
  static withCredentials(
    options: Omit<RegistryAuthOptions, 'credentials'>,
    creds: DockerCredentials,
  ): RegistryAuth {
    return new RegistryAuth({ ...options, credentials: () => Promise.resolve(creds) });
  }

  /** The Authorization header for a request needing `scopes`, once the scheme is known. */
  async header(scopes: readonly string[], ctx: RequestContext): Promise<string | undefined> {
    if (this.scheme === 'basic') return this.basicHeader;
    if (this.scheme === 'bearer') {
      const upgraded = this.upgrades.get(mergeScopes(scopes).join(' ')) ?? scopes;
      return (await this.token(upgraded, ctx)).header;
    }
    return undefined;
  }

  /**
   * Learns from a 401 answer. Returns true when a retry can succeed: a new scheme, a token
   * covering more scopes, or credentials not sent before.
   */
  async onUnauthorized(
    wwwAuthenticate: string | null,
    scopes: readonly string[],
    sent: string | undefined,
    ctx: RequestContext,
  ): Promise<boolean> {
    const challenges = parseWwwAuthenticate(wwwAuthenticate ?? '');
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const basic = challenges.find((c) => c.scheme === 'basic');
    if (bearer?.params.realm) {
      this.scheme = 'bearer';
      const service = bearer.params.service;
      this.bearer = { realm: bearer.params.realm, ...(service ? { service } : {}) };
      const asked = mergeScopes(scopes).join(' ');
      const wanted = mergeScopes([
        ...(this.upgrades.get(asked) ?? scopes),
        ...(bearer.params.scope ? [bearer.params.scope] : []),
      ]);
      // The registry may want more than we asked for (insufficient_scope): remember it.
      if (wanted.join(' ') !== asked) this.upgrades.set(asked, wanted);
      const key = wanted.join(' ');
      // A token fetched for exactly this challenge and still refused: asking again won't help.
      if (sent !== undefined && this.answered.get(sent) === key) return false;
      // Drop a token only if it is the one just rejected; a pending one is shared instead.
      const cached = this.tokens.get(key);
      if (cached && sent !== undefined) {
        const token = await cached.catch(() => undefined);
        // Another request may already have replaced it while we waited.
        if (token?.header === sent && this.tokens.get(key) === cached) this.tokens.delete(key);
      }
      const fresh = await this.token(wanted, ctx);
      this.answered.set(fresh.header, key);
      return fresh.header !== sent;
    }
    if (basic) {
      const creds = await this.loadCredentials();
      if (!creds || !('password' in creds)) return false;
      this.scheme = 'basic';
      this.basicHeader = basicAuthorization(creds.username, creds.password);
      this.options.logger.mask(this.basicHeader.slice('Basic '.length));
      return this.basicHeader !== sent;
    }
    return false;
  }

  private loadCredentials(): Promise<DockerCredentials | undefined> {
    this.credentials ??= this.options.credentials().then((creds) => {
      registerCredentials(creds);
      return creds;
    });
    return this.credentials;
  }

  private token(scopes: readonly string[], ctx: RequestContext): Promise<CachedToken> {
    const key = mergeScopes(scopes).join(' ');
    const cached = this.tokens.get(key);
    if (cached) {
      return cached.then((t) => {
        if (t.expiresAt - EXPIRY_MARGIN_MS > this.options.clock.now()) return t;
        if (this.tokens.get(key) === cached) this.tokens.delete(key);
        return this.token(scopes, ctx);
      });
    }
    // Concurrent requests share one token request per scope set.
    const pending = this.fetchToken(mergeScopes(scopes), ctx);
    this.tokens.set(key, pending);
    pending.catch(() => this.tokens.delete(key));
    return pending;
  }

  private async fetchToken(scopes: string[], ctx: RequestContext): Promise<CachedToken> {
    const { http, logger, clock, registry } = this.options;
    if (!this.bearer) throw new Error('unreachable: bearer token requested before a challenge');
    const { realm, service } = this.bearer;
    const creds = await this.loadCredentials();
    const tokenCtx: RequestContext = { ...ctx, operation: `token request to ${realmLabel(realm)}` };
    let res;
    if (creds && 'identityToken' in creds) {
      // OAuth2 refresh-token grant, as docker does for identity tokens.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: creds.identityToken,
        client_id: 'image-promote',
      });
      if (service) form.set('service', service);
      if (scopes.length > 0) form.set('scope', scopes.join(' '));
      res = await http.buffered(
        {
          method: 'POST',
          url: realm,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: Buffer.from(form.toString()),
        },
        tokenCtx,
      );
    } else {
      const url = new URL(realm);
      if (service) url.searchParams.set('service', service);
      for (const scope of scopes) url.searchParams.append('scope', scope);
      const headers: Record<string, string> = {};
      if (creds) {
        url.searchParams.set('account', creds.username);
        headers.Authorization = basicAuthorization(creds.username, creds.password);
        logger.mask(headers.Authorization.slice('Basic '.length));
      }
      res = await http.buffered({ method: 'GET', url: url.toString(), headers }, tokenCtx);
    }
    const said = res.status === 200 ? '' : tokenErrorDetail(res.body);
    if (res.status === 401 || res.status === 403) {
      throw new RegistryError(
        { ...tokenCtx, status: res.status },
        creds
          ? `the token service rejected the credentials docker has for ${registry} (HTTP ${res.status}${said})`
          : `the token service requires credentials for ${registry} (HTTP ${res.status}${said})`,
        `run docker login ${registry} with an account that may access ${scopes.join(' ')}`,
      );
    }
    if (res.status !== 200) {
      throw new RegistryError(
        { ...tokenCtx, status: res.status, attempts: res.attempts },
        `the token service answered HTTP ${res.status}${said}`,
        'retry later, or check the registry status',
      );
    }
    let body: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      body = JSON.parse(res.body.toString('utf8')) as typeof body;
    } catch {
      throw new RegistryError(tokenCtx, 'the token service did not answer with JSON');
    }
    const token =
      typeof body.token === 'string' && body.token
        ? body.token
        : typeof body.access_token === 'string'
          ? body.access_token
          : '';
    if (!token) throw new RegistryError(tokenCtx, 'the token service answered without a token');
    redactor.add(token);
    logger.mask(token);
    // The token spec's default lifetime is 60 s when expires_in is absent.
    const seconds =
      typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
    logger.debug(`registry ${registry}: got a token for ${scopes.join(' ') || '(no scope)'}`);
    return { header: `Bearer ${token}`, expiresAt: clock.now() + seconds * 1000 };
  }
}

/** Every form of a credential is redacted from then on, whatever the logger does with it. */
function registerCredentials(creds: DockerCredentials | undefined): void {
  if (!creds) return;
  if ('password' in creds) redactor.addCredentials(creds.username, creds.password);
  else redactor.add(creds.identityToken);
}

/** `: <what the token server said>`, short and redacted (it may echo what it was sent). */
function tokenErrorDetail(body: Buffer): string {
  const text = body.toString('utf8').trim();
  if (text === '') return '';
  let detail = text;
  try {
    const json = JSON.parse(text) as Record<string, unknown> & {
      errors?: { message?: unknown }[];
    };
    const first = json.errors?.[0]?.message;
    const picked = [json.error_description, json.details, json.error, json.message, first].find(
      (v): v is string => typeof v === 'string' && v !== '',
    );
    if (picked !== undefined) detail = picked;
  } catch {
    // Not JSON: the text itself.
  }
  // Redacted whole, then shortened: a cut would leave a part of a secret unrecognised.
  return `: ${redact(detail.replace(/\s+/g, ' ')).slice(0, 200)}`;
}

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

/** The realm without query or credentials, for messages. */
function realmLabel(realm: string): string {
  try {
    const u = new URL(realm);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return 'the token service';
  }
}
