import type { Logger } from '../../../src/log.js';
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { parseReference } from '../../../src/reference.js';
import type { Clock } from '../../../src/http/retry.js';
import { RegistryError } from '../../../src/registry/http.js';
import { redactor } from '../../../src/redact.js';
import { MANIFEST_ACCEPT } from '../../../src/registry/manifest.js';
import { apiEndpoint } from '../../../src/registry/oci.js';
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

/**
 * A registry in memory behind fakeFetch: manifests per repository by tag and digest, blobs,
 * and `tamper` to alter what a GET answers (bytes, Docker-Content-Digest header).
 */
function memoryRegistry() {
  const manifests = new Map<string, { body: string; type: string }>();
  const blobs = new Map<string, string>();
  const state = {
    manifests,
    blobs,
    /** Called for every manifest GET; may replace the body or header (undefined drops it). */
    tamper: undefined as
      | ((
          req: Seen,
          reply: { body: string; digest: string | undefined },
        ) => { body: string; digest: string | undefined } | undefined)
      | undefined,
    /** Called on every manifest PUT before it is stored; may change what is stored. */
    onPut: undefined as ((key: string, body: string) => string) | undefined,
    /** What PUT answers as Docker-Content-Digest (default: the hash of what was stored). */
    putDigest: undefined as ((stored: string) => string | undefined) | undefined,
    put(repo: string, ref: string, body: string, type = OCI) {
      manifests.set(`${repo}:${ref}`, { body, type });
      manifests.set(`${repo}@${sha(body)}`, { body, type });
    },
  };
  const f = fakeFetch([
    (r) => {
      const m = /^https:\/\/reg\.example\/v2\/(.+)\/manifests\/([^/]+)$/.exec(r.url);
      if (!m) return undefined;
      const [, repo = '', ref = ''] = m;
      const key = ref.includes(':') ? `${repo}@${ref}` : `${repo}:${ref}`;
      if (r.method === 'PUT') {
        const body = state.onPut ? state.onPut(key, r.body ?? '') : (r.body ?? '');
        state.put(repo, ref, body, r.headers['content-type'] ?? OCI);
        const claimed = state.putDigest ? state.putDigest(body) : sha(body);
        return { status: 201, headers: claimed ? { 'docker-content-digest': claimed } : {} };
      }
      const found = manifests.get(key);
      if (!found) return { status: 404, body: '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}' };
      let reply = { body: found.body, digest: sha(found.body) as string | undefined };
      if (r.method === 'GET' && state.tamper) reply = state.tamper(r, reply) ?? reply;
      return {
        status: 200,
        headers: {
          'content-type': found.type,
          'content-length': String(Buffer.byteLength(reply.body)),
          ...(reply.digest ? { 'docker-content-digest': reply.digest } : {}),
        },
        body: reply.body,
      };
    },
    (r) => {
      const m = /\/blobs\/(sha256:[0-9a-f]+)$/.exec(r.url);
      if (!m) return undefined;
      const body = blobs.get(m[1] ?? '');
      return body === undefined ? { status: 404 } : { status: 200, body };
    },
  ]);
  return Object.assign(state, { fetch: f });
}

const ref = (s: string) => parseReference(`reg.example/${s}`);
const OTHER = MANIFEST.replace('"layers":[]', '"layers":[],"annotations":{"x":"y"}');
const ALTERED = MANIFEST.replace('{"schemaVersion":2', '{ "schemaVersion": 2');

describe('resolve', () => {
  it('reads a tag by GET and prints the hash of the bytes, whatever HEAD would say', async () => {
    const reg = memoryRegistry();
    reg.put('team/api', 'v1', MANIFEST);
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    await expect(registry.resolve(ref('team/api:v1'))).resolves.toEqual({
      digest: sha(MANIFEST),
      mediaType: OCI,
      size: MANIFEST.length,
    });
    // With a matching Docker-Content-Digest one GET is all; HEAD is never asked about a tag.
    expect(reg.fetch.seen.map((s) => s.method)).toEqual(['GET']);
    expect(reg.fetch.seen.every((s) => s.headers.accept === MANIFEST_ACCEPT)).toBe(true);
  });

  it('confirms bytes read by tag without Docker-Content-Digest with a HEAD by their digest', async () => {
    const reg = memoryRegistry();
    reg.put('team/api', 'v1', MANIFEST);
    reg.tamper = (_r, reply) => ({ body: reply.body, digest: undefined });
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    const found = await registry.resolve(ref('team/api:v1'));
    expect(found?.digest).toBe(sha(MANIFEST));
    expect(reg.fetch.seen.map((s) => `${s.method} ${s.url.split('/manifests/')[1] ?? ''}`)).toEqual(
      ['GET v1', `HEAD ${sha(MANIFEST)}`],
    );
  });

  it('retries altered bytes without a digest header, then resolves what the registry holds', async () => {
    const reg = memoryRegistry();
    reg.put('team/api', 'v1', MANIFEST);
    let altered = 2;
    reg.tamper = (_r, reply) => (altered-- > 0 ? { body: ALTERED, digest: undefined } : reply);
    const clock = clockAt();
    const registry = await provider(reg.fetch, clock).forReference(ref('team/api'));
    const found = await registry.resolve(ref('team/api:v1'));
    expect(found?.digest).toBe(sha(MANIFEST));
    // Each altered answer hashed to a manifest the repository does not hold (HEAD 404).
    expect(reg.fetch.seen.filter((s) => s.method === 'HEAD')).toHaveLength(2);
    expect(reg.fetch.seen.filter((s) => s.method === 'GET')).toHaveLength(3);
  });

  it('fails clearly when the bytes never match the Docker-Content-Digest sent with them', async () => {
    const reg = memoryRegistry();
    reg.put('team/api', 'v1', MANIFEST);
    reg.tamper = (_r, reply) => ({ body: ALTERED, digest: reply.digest });
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    const error = await registry.resolve(ref('team/api:v1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toBe(
      `registry reg.example repository team/api:v1: GET manifest: the registry returned bytes that do not match ${sha(MANIFEST)}, the Docker-Content-Digest it sent (they hash to ${sha(ALTERED)}) (5 attempts) — the registry or a proxy in between keeps altering the content; nothing was promoted from it`,
    );
    expect(reg.fetch.seen.filter((s) => s.method === 'GET')).toHaveLength(5);
  });

  it('resolves a digest with a HEAD, a request whose answer can be checked', async () => {
    const reg = memoryRegistry();
    reg.put('team/api', 'v1', MANIFEST);
    reg.tamper = () => ({ body: ALTERED, digest: undefined });
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    await expect(registry.resolve(ref(`team/api@${sha(MANIFEST)}`))).resolves.toMatchObject({
      digest: sha(MANIFEST),
    });
    // HEAD by digest answered with the type and size: no GET was needed.
    expect(reg.fetch.seen.map((s) => s.method)).toEqual(['HEAD']);
    const missing = sha('other manifest');
    await expect(registry.resolve(ref(`team/api@${missing}`))).resolves.toBeUndefined();
  });

  it('treats a HEAD by digest that names another digest as an integrity fault', async () => {
    const f = fakeFetch([
      (r) =>
        r.method === 'HEAD'
          ? {
              status: 200,
              headers: {
                'content-type': OCI,
                'content-length': '5',
                'docker-content-digest': sha('lie'),
              },
            }
          : undefined,
    ]);
    const registry = await provider(f).forReference(ref('team/api'));
    await expect(registry.resolve(ref(`team/api@${sha(MANIFEST)}`))).rejects.toThrow(
      /answered a request for sha256:[0-9a-f]{64} with Docker-Content-Digest sha256:[0-9a-f]{64} \(5 attempts\)/,
    );
  });
});

describe('writes', () => {
  it('PUTs the exact bytes, then re-reads the tag', async () => {
    const reg = memoryRegistry();
    reg.put('team/api', 'v1', MANIFEST);
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    const result = await registry.addTag(ref('team/api:v1'), 'v2');
    expect(result).toEqual({
      descriptor: { digest: sha(MANIFEST), mediaType: OCI, size: MANIFEST.length },
      changed: true,
    });
    const put = reg.fetch.seen.find((s) => s.method === 'PUT');
    expect(put?.body).toBe(MANIFEST);
    expect(put?.headers['content-type']).toBe(OCI);
    expect(reg.fetch.seen.map((s) => `${s.method} ${s.url.split('/manifests/')[1] ?? ''}`)).toEqual(
      ['GET v1', 'GET v2', 'PUT v2', 'GET v2'],
    );
  });

  it('never PUTs bytes it could not verify: altered source bytes are read again', async () => {
    const reg = memoryRegistry();
    reg.put('team/api', 'v1', MANIFEST);
    let altered = 1;
    reg.tamper = (r, reply) =>
      r.url.endsWith('/v1') && altered-- > 0 ? { body: ALTERED, digest: undefined } : reply;
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    const result = await registry.addTag(ref('team/api:v1'), 'v2');
    expect(result.descriptor.digest).toBe(sha(MANIFEST));
    expect(reg.fetch.seen.filter((s) => s.method === 'PUT').map((s) => s.body)).toEqual([MANIFEST]);
  });

  it('checks a source named by digest against that digest before writing it', async () => {
    const reg = memoryRegistry();
    reg.put('team/api', 'v1', MANIFEST);
    reg.tamper = () => ({ body: ALTERED, digest: undefined });
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    await expect(registry.addTag(ref(`team/api@${sha(MANIFEST)}`), 'v2')).rejects.toThrow(
      `the registry returned bytes that do not match ${sha(MANIFEST)} (they hash to ${sha(ALTERED)}) (5 attempts)`,
    );
    expect(reg.fetch.seen.filter((s) => s.method === 'PUT')).toEqual([]);
  });

  it('fails when another writer moved the tag between the PUT and the re-read', async () => {
    const reg = memoryRegistry();
    reg.put('team/api', 'v1', MANIFEST);
    // Another writer's PUT lands right after ours.
    reg.onPut = (_key, body) => (body === MANIFEST ? OTHER : body);
    reg.putDigest = () => sha(MANIFEST);
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    const error = await registry.addTag(ref('team/api:v1'), 'v2').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toMatch(
      `registry reg.example repository team/api:v2: verify tag: tag v2 now points to ${sha(OTHER)}, not ${sha(MANIFEST)}: another writer moved it`,
    );
  });

  it('reports a registry that stored another digest than the bytes it was sent', async () => {
    const reg = memoryRegistry();
    reg.put('team/api', 'v1', MANIFEST);
    reg.onPut = (_key, body) => `${body} `;
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    await expect(registry.addTag(ref('team/api:v1'), 'v2')).rejects.toThrow(
      /repository team\/api:v2: PUT manifest: the registry stored digest sha256:[0-9a-f]+ instead of sha256:/,
    );
  });

  it('is a no-op when the tag holds the same bytes, and refuses another digest unless allowed', async () => {
    const reg = memoryRegistry();
    reg.put('team/api', 'v1', MANIFEST);
    reg.put('team/api', 'same', MANIFEST);
    reg.put('team/api', 'taken', OTHER);
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    await expect(registry.addTag(ref('team/api:v1'), 'same')).resolves.toMatchObject({
      changed: false,
    });
    await expect(registry.addTag(ref('team/api:v1'), 'taken')).rejects.toThrow(
      `tag taken already points to ${sha(OTHER)}; refusing to move it to ${sha(MANIFEST)}`,
    );
    expect(reg.fetch.seen.filter((s) => s.method === 'PUT')).toEqual([]);
    await expect(
      registry.addTag(ref('team/api:v1'), 'taken', { allowOverwrite: true }),
    ).resolves.toMatchObject({ changed: true });
  });

  it('decodes registry error bodies into the message', async () => {
    const f = fakeFetch([
      (r) =>
        r.method === 'GET' && r.url.endsWith('/v1')
          ? {
              status: 200,
              headers: { 'content-type': OCI, 'docker-content-digest': sha(MANIFEST) },
              body: MANIFEST,
            }
          : undefined,
      (r) => (r.method === 'GET' ? { status: 404 } : undefined),
      () => ({
        status: 403,
        body: '{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}',
      }),
    ]);
    const registry = await provider(f).forReference(ref('team/api'));
    const error = await registry.addTag(ref('team/api:v1'), 'v2').catch((e: unknown) => e);
    expect((error as RegistryError).info).toMatchObject({ status: 403, code: 'DENIED' });
    expect((error as Error).message).toBe(
      'registry reg.example repository team/api:v2: PUT manifest: access denied (HTTP 403 DENIED (requested access to the resource is denied)) — use credentials that may read the source and push to the target repository',
    );
  });

  it('redacts credentials a registry echoes in its error body, even cut short', async () => {
    const secret = 'echoed-s3cret-value-42';
    redactor.add(secret);
    const long = `${'x'.repeat(290)} ${secret} ${Buffer.from(secret).toString('base64')}`;
    const f = fakeFetch([
      () => ({
        status: 400,
        body: JSON.stringify({ errors: [{ code: `BAD ${secret}`, message: long }] }),
      }),
    ]);
    const registry = await provider(f).forReference(ref('team/api'));
    const error = await registry.resolve(ref('team/api:v1')).catch((e: unknown) => e);
    const text = `${(error as Error).message} ${JSON.stringify((error as RegistryError).info)}`;
    expect(text).toContain('***');
    for (const part of [secret.slice(0, 8), Buffer.from(secret).toString('base64').slice(0, 8)]) {
      expect(text).not.toContain(part);
    }
  });
});

describe('verifyTag', () => {
  it('passes when the tag holds the digest and names the digest it holds otherwise', async () => {
    const reg = memoryRegistry();
    reg.put('team/api', 'v1', MANIFEST);
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    await expect(registry.verifyTag(ref('team/api:v1'), sha(MANIFEST))).resolves.toBeUndefined();
    reg.put('team/api', 'v1', OTHER);
    await expect(registry.verifyTag(ref('team/api:v1'), sha(MANIFEST))).rejects.toThrow(
      `tag v1 now points to ${sha(OTHER)}, not ${sha(MANIFEST)}: another writer moved it`,
    );
    await expect(registry.verifyTag(ref('team/api:gone'), sha(MANIFEST))).rejects.toThrow(
      /tag gone no longer exists .*another writer deleted it/,
    );
  });

  it('does not take a lying Docker-Content-Digest for the tag', async () => {
    const reg = memoryRegistry();
    reg.put('team/api', 'v1', OTHER);
    reg.tamper = (_r, reply) => ({ body: reply.body, digest: sha(MANIFEST) });
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    await expect(registry.verifyTag(ref('team/api:v1'), sha(MANIFEST))).rejects.toThrow(
      /the registry returned bytes that do not match/,
    );
  });
});

describe('imageConfig', () => {
  const config = (labels: Record<string, string>) =>
    JSON.stringify({ created: '2024-05-01T10:00:00Z', config: { Labels: labels } });
  const image = (cfg: string) =>
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha(cfg),
        size: cfg.length,
      },
      layers: [],
    });
  const INDEX = 'application/vnd.oci.image.index.v1+json';

  it('reads the labels of an image and of the linux/amd64 image of an index', async () => {
    const reg = memoryRegistry();
    const arm = config({ 'org.opencontainers.image.revision': 'arm' });
    const amd = config({ 'org.opencontainers.image.revision': 'abc123' });
    const att = config({});
    for (const c of [arm, amd, att]) {
      reg.blobs.set(sha(c), c);
      reg.put('team/api', sha(image(c)), image(c));
    }
    const entry = (c: string, platform: object, annotations?: object) => ({
      mediaType: OCI,
      digest: sha(image(c)),
      size: image(c).length,
      platform,
      ...(annotations ? { annotations } : {}),
    });
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: INDEX,
      manifests: [
        entry(
          att,
          { os: 'unknown', architecture: 'unknown' },
          {
            'vnd.docker.reference.type': 'attestation-manifest',
          },
        ),
        entry(arm, { os: 'linux', architecture: 'arm64' }),
        entry(amd, { os: 'linux', architecture: 'amd64' }),
      ],
    });
    reg.put('team/api', 'multi', index, INDEX);
    reg.put('team/api', 'single', image(arm));
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    await expect(registry.imageConfig(ref('team/api:multi'))).resolves.toEqual({
      labels: { 'org.opencontainers.image.revision': 'abc123' },
      created: '2024-05-01T10:00:00Z',
    });
    await expect(registry.imageConfig(ref('team/api:single'))).resolves.toMatchObject({
      labels: { 'org.opencontainers.image.revision': 'arm' },
    });
    await expect(registry.imageConfig(ref('team/api:absent'))).resolves.toBeUndefined();
  });

  it('refuses a config blob that does not hash to its digest', async () => {
    const reg = memoryRegistry();
    const cfg = config({ a: 'b' });
    reg.blobs.set(sha(cfg), config({ a: 'forged' }));
    reg.put('team/api', 'v1', image(cfg));
    const registry = await provider(reg.fetch).forReference(ref('team/api'));
    await expect(registry.imageConfig(ref('team/api:v1'))).rejects.toThrow(
      `GET blob: the registry returned bytes that do not match ${sha(cfg)}`,
    );
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
    let written = false;
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
        if (r.method === 'PUT') {
          written = true;
          return { status: 201, headers: { 'docker-content-digest': sha(MANIFEST) } };
        }
        if (r.url.endsWith('/manifests/new') && !written) return { status: 404 };
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
      'GET https://registry-1.docker.io/v2/library/nginx/manifests/1.27',
      'GET https://auth.docker.io/token?service=registry.docker.io&scope=repository%3Alibrary%2Fnginx%3Apull',
      'GET https://registry-1.docker.io/v2/library/nginx/manifests/1.27',
      'GET https://registry-1.docker.io/v2/library/nginx/manifests/1.28',
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
            'content-length': String(MANIFEST.length),
            'docker-content-digest': sha(MANIFEST),
          },
          body: MANIFEST,
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
