/**
 * Registries that need credentials, for the auth integration tests and benchmarks:
 * htpasswd Basic, and a Bearer token flow with a tiny token server the registry trusts
 * (RS256 JWTs signed by a throwaway key; the registry gets its self-signed certificate).
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, randomUUID, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RegistryServer } from './servers.js';
import type { FixtureTarget } from './oci-fixtures.js';

export interface BasicAuthRegistry {
  registry: RegistryServer;
  username: string;
  password: string;
  /** Pushes fixtures with the right credentials. */
  fixtures: FixtureTarget;
  stop(): Promise<void>;
}

export function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** A registry behind htpasswd (bcrypt, as distribution requires). */
export async function startBasicAuthRegistry(
  username = 'alice',
  password = 'basic-s3cret-pw',
): Promise<BasicAuthRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'ip-htpasswd-'));
  const file = join(dir, 'htpasswd');
  writeFileSync(file, execFileSync('htpasswd', ['-Bbn', username, password]));
  const registry = await startRegistry({
    extraConfig: ['auth:', '  htpasswd:', '    realm: basic-realm', `    path: ${file}`].join('\n'),
  });
  const header = basicHeader(username, password);
  return {
    registry,
    username,
    password,
    fixtures: { url: registry.url, authorize: () => Promise.resolve(header) },
    async stop() {
      await registry.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TokenRequest {
  method: string;
  /** Who asked: a user name, `refresh:<user>`, or `anonymous`. */
  subject: string;
  scopes: string[];
  service: string | null;
}

export interface TokenAuthRegistry {
  registry: RegistryServer;
  /** The token endpoint (the challenge's realm). */
  realm: string;
  service: string;
  /** Every token request the server answered, in order. */
  requests: TokenRequest[];
  username: string;
  password: string;
  /** An identity (refresh) token accepted through the OAuth2 POST flow. */
  refreshToken: string;
  fixtures: FixtureTarget;
  stop(): Promise<void>;
}

export interface TokenAuthOptions {
  username?: string;
  password?: string;
  /** Grant `pull` to requests without credentials (like Docker Hub). Default false. */
  anonymousPull?: boolean;
}

interface Access {
  type: string;
  name: string;
  actions: string[];
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

function parseScopes(scopes: string[]): Access[] {
  const out: Access[] = [];
  for (const scope of scopes.flatMap((s) => s.split(' ')).filter(Boolean)) {
    const first = scope.indexOf(':');
    const last = scope.lastIndexOf(':');
    if (first <= 0 || last === first) continue;
    out.push({
      type: scope.slice(0, first),
      name: scope.slice(first + 1, last),
      actions: scope.slice(last + 1).split(','),
    });
  }
  return out;
}

class TokenIssuer {
  constructor(
    private readonly key: KeyObject,
    private readonly certDer: Buffer,
    readonly issuer: string,
    readonly service: string,
  ) {}

  issue(subject: string, access: Access[]): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'RS256', x5c: [this.certDer.toString('base64')] };
    const claims = {
      iss: this.issuer,
      sub: subject,
      aud: this.service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    return `${input}.${base64url(sign('sha256', Buffer.from(input), this.key))}`;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** A registry with `auth: token` and a token server implementing the distribution token spec. */
export async function startTokenAuthRegistry(
  options: TokenAuthOptions = {},
): Promise<TokenAuthRegistry> {
  const username = options.username ?? 'bob';
  const password = options.password ?? 'token-s3cret-pw';
  const refreshToken = `refresh-${randomUUID()}`;
  const dir = mkdtempSync(join(tmpdir(), 'ip-token-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=image-promote test token issuer',
    ],
    { stdio: 'ignore' },
  );
  const key = createPrivateKey(readFileSync(keyFile));
  const cert = new X509Certificate(readFileSync(certFile));
  const issuer = new TokenIssuer(key, cert.raw, 'image-promote-test-issuer', 'image-promote-test');
  const requests: TokenRequest[] = [];

  const grant = (subject: string, scopes: string[], res: ServerResponse) => {
    const access = parseScopes(scopes).map((a) =>
      subject === 'anonymous'
        ? { ...a, actions: options.anonymousPull ? a.actions.filter((x) => x === 'pull') : [] }
        : a,
    );
    const token = issuer.issue(subject, access);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify({
        token,
        access_token: token,
        expires_in: 300,
        issued_at: new Date().toISOString(),
      }),
    );
  };
  const deny = (res: ServerResponse, status = 401) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ details: 'invalid credentials' }));
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://token.local');
      if (url.pathname !== '/token') {
        res.writeHead(404).end();
        return;
      }
      if (req.method === 'POST') {
        const form = new URLSearchParams(await readBody(req));
        const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
        requests.push({
          method: 'POST',
          subject: `refresh:${username}`,
          scopes,
          service: form.get('service'),
        });
        if (
          form.get('grant_type') !== 'refresh_token' ||
          form.get('refresh_token') !== refreshToken
        ) {
          deny(res, 400);
          return;
        }
        grant(username, scopes, res);
        return;
      }
      const scopes = url.searchParams.getAll('scope');
      const auth = req.headers.authorization;
      let subject = 'anonymous';
      if (auth) {
        const [user, pass] = Buffer.from(auth.replace(/^Basic /, ''), 'base64')
          .toString('utf8')
          .split(':', 2);
        if (user !== username || pass !== password) {
          requests.push({
            method: 'GET',
            subject: 'rejected',
            scopes,
            service: url.searchParams.get('service'),
          });
          deny(res);
          return;
        }
        subject = username;
      }
      requests.push({ method: 'GET', subject, scopes, service: url.searchParams.get('service') });
      grant(subject, scopes, res);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const realm = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
  let registry: RegistryServer;
  try {
    registry = await startRegistry({
      extraConfig: [
        'auth:',
        '  token:',
        `    realm: ${realm}`,
        `    service: ${issuer.service}`,
        `    issuer: ${issuer.issuer}`,
        `    rootcertbundle: ${certFile}`,
      ].join('\n'),
    });
  } catch (err) {
    server.close();
    throw err;
  }
  return {
    registry,
    realm,
    service: issuer.service,
    requests,
    username,
    password,
    refreshToken,
    fixtures: {
      url: registry.url,
      authorize: (scope) =>
        Promise.resolve(`Bearer ${issuer.issue('fixtures', parseScopes([scope]))}`),
    },
    async stop() {
      await registry.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
