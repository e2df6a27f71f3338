import type { Logger } from '../../../src/log.js';
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { parseReference } from '../../../src/reference.js';
import type { Clock } from '../../../src/registry/http.js';
import { RegistryError } from '../../../src/registry/http.js';
import { MANIFEST_ACCEPT } from '../../../src/registry/manifest.js';
import { apiEndpoint, nextLink } from '../../../src/registry/oci.js';
import { createRegistryProvider } from '../../../src/registry/provider.js';

const sha = (b: string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const OCI = 'application/vnd.oci.image.manifest.v1+json';
const MANIFEST = `{"schemaVersion":2,"mediaType":"${OCI}","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"${sha('c')}","size":1},"layers":[]}`;

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}
type Reply = { status: number; headers?: Record<string, string>; body?: string };
type Route = (req: Seen) => Reply | undefined;

/** A fetch answering from route functions (first match wins); records every request. */
function fakeFetch(routes: Route[]): typeof fetch & { seen: Seen[] } {
  const seen: Seen[] = [];
  const fn: typeof fetch = (input, init) => {
    const headers = Object.fromEntries(
      Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    );
    const body = init?.body instanceof Uint8Array ? Buffer.from(init.body).toString() : undefined;
    const req: Seen = {
      method: init?.method ?? 'GET',
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      headers,
      ...(body !== undefined ? { body } : {}),
    };
    seen.push(req);
    for (const route of routes) {
      const reply = route(req);
      if (reply) {
        return Promise.resolve(
          new Response(req.method === 'HEAD' ? null : (reply.body ?? null), {
            status: reply.status,
            headers: reply.headers ?? {},
          }),
        );
      }
    }
    return Promise.resolve(new Response('{"errors":[{"code":"NOT_ROUTED"}]}', { status: 418 }));
  };
  return Object.assign(fn, { seen });
}

function clockAt(start = 0): Clock & { advance: (ms: number) => void } {
  let now = start;
  return {
    now: () => now,
    sleep: (ms) => {
      now += ms;
      return Promise.resolve();
    },
    random: () => 0.5,
    advance: (ms) => {
      now += ms;
    },
  };
}

const logger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  group: (_title, fn) => fn(),
  mask: () => undefined,
};

function provider(f: typeof fetch, clock: Clock = clockAt()) {
  return createRegistryProvider({
    logger,
    env: { DOCKER_CONFIG: '/nonexistent' },
    fetch: f,
    clock,
  });
}

describe('apiEndpoint', () => {
  it.each([
    ['docker.io', [], 'https://registry-1.docker.io'],
    ['ghcr.io', [], 'https://ghcr.io'],
    ['localhost:5000', [], 'http://localhost:5000'],
    ['127.0.0.1:5000', [], 'http://127.0.0.1:5000'],
    ['[::1]:5000', [], 'http://[::1]:5000'],
    ['reg.internal:5000', ['reg.internal'], 'http://reg.internal:5000'],
    ['reg.internal:5000', ['reg.internal:5000'], 'http://reg.internal:5000'],
    ['reg.internal:5000', ['http://reg.internal:5000/'], 'http://reg.internal:5000'],
    ['reg.internal:5000', ['reg.internal:5001'], 'https://reg.internal:5000'],
  ])('%s with insecure %j → %s', (domain, insecure, url) => {
    expect(apiEndpoint(domain, insecure)).toBe(url);
  });
});

describe('nextLink', () => {
  it('resolves a relative next link and ignores other relations', () => {
    expect(
      nextLink('</v2/a/tags/list?last=b&n=2>; rel="next"', 'https://r/v2/a/tags/list?n=2'),
    ).toBe('https://r/v2/a/tags/list?last=b&n=2');
    expect(nextLink('<https://r/x>; rel="prev"', 'https://r/')).toBeUndefined();
    expect(nextLink(null, 'https://r/')).toBeUndefined();
  });
});

describe('resolve', () => {
  it('falls back to GET and hashes the bytes when HEAD has no Docker-Content-Digest', async () => {
    const f = fakeFetch([
      (r) =>
        r.url === 'https://reg.example/v2/team/api/manifests/v1'
          ? { status: 200, headers: { 'content-type': OCI }, body: MANIFEST }
          : undefined,
    ]);
    const registry = await provider(f).forReference(parseReference('reg.example/team/api'));
    await expect(registry.resolve(parseReference('reg.example/team/api:v1'))).resolves.toEqual({
      digest: sha(MANIFEST),
      mediaType: OCI,
      size: MANIFEST.length,
    });
    expect(f.seen.map((s) => s.method)).toEqual(['HEAD', 'GET']);
    expect(f.seen.every((s) => s.headers.accept === MANIFEST_ACCEPT)).toBe(true);
  });

  it('refuses bytes that do not hash to the digest the registry claims', async () => {
    const f = fakeFetch([
      () => ({
        status: 200,
        headers: { 'content-type': OCI, 'docker-content-digest': sha('something else') },
        body: MANIFEST,
      }),
    ]);
    const registry = await provider(f).forReference(parseReference('reg.example/team/api'));
    await expect(registry.addTag(parseReference('reg.example/team/api:v1'), 'v2')).rejects.toThrow(
      /the manifest bytes hash to sha256:[0-9a-f]+, not sha256:/,
    );
  });

  it('refuses bytes that do not hash to the requested digest', async () => {
    const wanted = sha('other manifest');
    const f = fakeFetch([
      (r) => (r.method === 'HEAD' ? { status: 200, headers: { 'content-type': OCI } } : undefined),
      () => ({ status: 200, headers: { 'content-type': OCI }, body: MANIFEST }),
    ]);
    const registry = await provider(f).forReference(parseReference('reg.example/team/api'));
    await expect(
      registry.resolve(parseReference(`reg.example/team/api@${wanted}`)),
    ).rejects.toThrow(RegistryError);
  });
});

describe('writes', () => {
  it('verifies a PUT without Docker-Content-Digest with a HEAD, and fails if the digest moved', async () => {
    let stored = MANIFEST;
    const f = fakeFetch([
      (r) =>
        r.method === 'HEAD' && r.url.endsWith('/manifests/v2')
          ? stored === MANIFEST && !f.seen.some((s) => s.method === 'PUT')
            ? { status: 404 }
            : {
                status: 200,
                headers: {
                  'content-type': OCI,
                  'content-length': '1',
                  'docker-content-digest': sha(stored),
                },
              }
          : undefined,
      (r) =>
        r.method === 'GET'
          ? { status: 200, headers: { 'content-type': OCI }, body: MANIFEST }
          : undefined,
      (r) => {
        if (r.method !== 'PUT') return undefined;
        // A registry that rewrites what it stores.
        stored = `${r.body ?? ''} `;
        return { status: 201 };
      },
    ]);
    const registry = await provider(f).forReference(parseReference('reg.example/team/api'));
    const error = await registry
      .addTag(parseReference('reg.example/team/api:v1'), 'v2')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toMatch(
      /repository team\/api:v2: PUT manifest: the registry stored digest sha256:[0-9a-f]+ instead of sha256:/,
    );
    const put = f.seen.find((s) => s.method === 'PUT');
    expect(put?.body).toBe(MANIFEST);
    expect(put?.headers['content-type']).toBe(OCI);
  });

  it('decodes registry error bodies into the message', async () => {
    const f = fakeFetch([
      (r) => (r.method === 'HEAD' ? { status: 404 } : undefined),
      (r) =>
        r.method === 'GET'
          ? { status: 200, headers: { 'content-type': OCI }, body: MANIFEST }
          : undefined,
      () => ({
        status: 403,
        body: '{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}',
      }),
    ]);
    const registry = await provider(f).forReference(parseReference('reg.example/team/api'));
    const error = await registry
      .addTag(parseReference('reg.example/team/api:v1'), 'v2')
      .catch((e: unknown) => e);
    expect((error as RegistryError).info).toMatchObject({ status: 403, code: 'DENIED' });
    expect((error as Error).message).toBe(
      'registry reg.example repository team/api:v2: PUT manifest: access denied (HTTP 403 DENIED (requested access to the resource is denied)) — use credentials that may read the source and push to the target repository',
    );
  });
});

describe('listTags', () => {
  it('follows Link pagination', async () => {
    const f = fakeFetch([
      (r) =>
        r.url.endsWith('/tags/list?n=1000')
          ? {
              status: 200,
              headers: { link: '</v2/team/api/tags/list?last=b&n=1000>; rel="next"' },
              body: '{"name":"team/api","tags":["a","b"]}',
            }
          : undefined,
      (r) =>
        r.url.endsWith('?last=b&n=1000')
          ? { status: 200, body: '{"name":"team/api","tags":["c"]}' }
          : undefined,
    ]);
    const registry = await provider(f).forReference(parseReference('reg.example/team/api'));
    await expect(registry.listTags(parseReference('reg.example/team/api'))).resolves.toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('accepts "tags": null', async () => {
    const f = fakeFetch([() => ({ status: 200, body: '{"name":"team/api","tags":null}' })]);
    const registry = await provider(f).forReference(parseReference('reg.example/team/api'));
    await expect(registry.listTags(parseReference('reg.example/team/api'))).resolves.toEqual([]);
  });
});

describe('Bearer flow (Docker Hub shape)', () => {
  const challenge = (scope: string, error?: string) => ({
    status: 401,
    headers: {
      'www-authenticate': `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="${scope}"${error ? `,error="${error}"` : ''}`,
    },
  });

  function hub(tokenLife = 300) {
    let issued = 0;
    const f = fakeFetch([
      (r) => {
        if (!r.url.startsWith('https://auth.docker.io/token')) return undefined;
        issued++;
        const url = new URL(r.url);
        const token = `tok${issued}:${url.searchParams.getAll('scope').join(' ')}`;
        return { status: 200, body: JSON.stringify({ token, expires_in: tokenLife }) };
      },
      (r): Reply | undefined => {
        const auth = r.headers.authorization ?? '';
        if (!auth.startsWith('Bearer tok')) return challenge('repository:library/nginx:pull');
        if (r.method === 'PUT' && !auth.includes('push')) {
          return challenge('repository:library/nginx:pull,push', 'insufficient_scope');
        }
        if (r.method === 'PUT')
          return { status: 201, headers: { 'docker-content-digest': sha(MANIFEST) } };
        if (r.url.endsWith('/manifests/new')) return { status: 404 };
        return {
          status: 200,
          headers: {
            'content-type': OCI,
            'content-length': String(MANIFEST.length),
            'docker-content-digest': sha(MANIFEST),
          },
          body: MANIFEST,
        };
      },
    ]);
    return f;
  }

  it('maps docker.io to registry-1.docker.io and asks auth.docker.io for a pull token once', async () => {
    const f = hub();
    const registry = await provider(f).forReference(parseReference('nginx'));
    await registry.resolve(parseReference('nginx:1.27'));
    await registry.resolve(parseReference('nginx:1.28'));
    expect(f.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'HEAD https://registry-1.docker.io/v2/library/nginx/manifests/1.27',
      'GET https://auth.docker.io/token?service=registry.docker.io&scope=repository%3Alibrary%2Fnginx%3Apull',
      'HEAD https://registry-1.docker.io/v2/library/nginx/manifests/1.27',
      'HEAD https://registry-1.docker.io/v2/library/nginx/manifests/1.28',
    ]);
    // No credentials: the token request carries no Authorization header.
    expect(f.seen[1]?.headers.authorization).toBeUndefined();
  });

  it('re-fetches a token before it expires', async () => {
    const f = hub(60);
    const clock = clockAt();
    const registry = await provider(f, clock).forReference(parseReference('nginx'));
    await registry.resolve(parseReference('nginx:1.27'));
    clock.advance(45_000);
    await registry.resolve(parseReference('nginx:1.27'));
    expect(f.seen.filter((s) => s.url.startsWith('https://auth.docker.io'))).toHaveLength(1);
    clock.advance(10_000);
    await registry.resolve(parseReference('nginx:1.27'));
    expect(f.seen.filter((s) => s.url.startsWith('https://auth.docker.io'))).toHaveLength(2);
  });

  it('asks for push on a write', async () => {
    const f = hub();
    const registry = await provider(f).forReference(parseReference('nginx'));
    const result = await registry.addTag(parseReference('nginx:1.27'), 'new');
    expect(result.changed).toBe(true);
    const tokenScopes = f.seen
      .filter((s) => s.url.startsWith('https://auth.docker.io'))
      .map((s) => new URL(s.url).searchParams.getAll('scope'));
    expect(tokenScopes).toEqual([['repository:library/nginx:pull,push']]);
  });

  it('widens the scope when the registry answers insufficient_scope, and remembers it', async () => {
    let tokens = 0;
    const f = fakeFetch([
      (r) => {
        if (!r.url.startsWith('https://auth.docker.io/token')) return undefined;
        tokens++;
        const scopes = new URL(r.url).searchParams.getAll('scope').join(' ');
        return { status: 200, body: JSON.stringify({ token: `tok${tokens}:${scopes}` }) };
      },
      (r) => {
        const auth = r.headers.authorization ?? '';
        if (!auth.startsWith('Bearer tok')) return challenge('repository:library/nginx:pull');
        // This registry wants push even to read (some proxies do).
        if (!auth.includes('pull,push')) {
          return challenge('repository:library/nginx:push', 'insufficient_scope');
        }
        return {
          status: 200,
          headers: {
            'content-type': OCI,
            'content-length': '1',
            'docker-content-digest': sha(MANIFEST),
          },
        };
      },
    ]);
    const registry = await provider(f).forReference(parseReference('nginx'));
    await registry.resolve(parseReference('nginx:1.27'));
    await registry.resolve(parseReference('nginx:1.28'));
    const scopes = f.seen
      .filter((s) => s.url.startsWith('https://auth.docker.io'))
      .map((s) => new URL(s.url).searchParams.getAll('scope').join(' '));
    expect(scopes).toEqual(['repository:library/nginx:pull', 'repository:library/nginx:pull,push']);
    const unauthorized = f.seen.filter(
      (s) => s.url.includes('/manifests/1.28') && !s.headers.authorization?.includes('pull,push'),
    );
    expect(unauthorized).toEqual([]);
  });
});
