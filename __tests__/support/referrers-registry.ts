/**
 * A small in-memory OCI distribution 1.1 registry with the referrers API, for the tests of the
 * path distribution 2.8.2 cannot exercise: a PUT of a manifest with a `subject` is indexed and
 * answered with `OCI-Subject`, and GET /v2/<name>/referrers/<digest> lists it (with
 * artifactType and annotations, filtered by `?artifactType=` with OCI-Filters-Applied).
 * Anonymous, plain HTTP on 127.0.0.1, random port. Blobs upload by POST + PATCH + PUT.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReferrersRegistry {
  /** `127.0.0.1:<port>` as references name it (loopback: plain HTTP). */
  host: string;
  /** Every request as `METHOD path`. */
  requests: string[];
  stop(): Promise<void>;
}

interface Stored {
  bytes: Buffer;
  mediaType: string;
}

/** What every answer returns, so a handler's `return send(…)` is a value. */
type Sent = 'sent';

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

export async function startReferrersRegistry(): Promise<ReferrersRegistry> {
  const blobs = new Map<string, Buffer>();
  const uploads = new Map<string, Buffer[]>();
  /** repo → reference (tag or digest) → manifest. */
  const manifests = new Map<string, Map<string, Stored>>();
  /** repo → subject digest → referrer digests. */
  const referrers = new Map<string, Map<string, Set<string>>>();
  const requests: string[] = [];

  const repoManifests = (repo: string) => {
    let m = manifests.get(repo);
    if (!m) manifests.set(repo, (m = new Map<string, Stored>()));
    return m;
  };

  const send = (
    res: ServerResponse,
    status: number,
    body?: Buffer | string,
    headers: Record<string, string> = {},
  ): Sent => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, {
      ...headers,
      ...(bytes ? { 'Content-Length': String(bytes.length) } : { 'Content-Length': '0' }),
    });
    res.end(bytes);
    return 'sent';
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<Sent> => {
    const url = new URL(req.url ?? '/', 'http://registry');
    const method = req.method ?? 'GET';
    requests.push(`${method} ${url.pathname}`);
    const body = await readBody(req);
    if (url.pathname === '/v2/') return send(res, 200, '{}');
    let m = /^\/v2\/(.+)\/blobs\/uploads\/([^/]*)$/.exec(url.pathname);
    if (m) {
      const [, , id] = m;
      if (method === 'POST') {
        const upload = randomUUID();
        uploads.set(upload, []);
        return send(res, 202, undefined, { Location: `${url.pathname}${upload}` });
      }
      const parts = uploads.get(id ?? '');
      if (!parts) return send(res, 404, '{"errors":[{"code":"BLOB_UPLOAD_UNKNOWN"}]}');
      parts.push(body);
      if (method === 'PATCH') return send(res, 202, undefined, { Location: url.pathname });
      const digest = url.searchParams.get('digest') ?? '';
      const bytes = Buffer.concat(parts);
      if (sha256(bytes) !== digest) {
        return send(res, 400, '{"errors":[{"code":"DIGEST_INVALID"}]}');
      }
      blobs.set(digest, bytes);
      uploads.delete(id ?? '');
      return send(res, 201, undefined, { 'Docker-Content-Digest': digest });
    }
    m = /^\/v2\/(.+)\/blobs\/(sha256:[a-f0-9]{64})$/.exec(url.pathname);
    if (m) {
      const bytes = blobs.get(m[2] ?? '');
      if (!bytes) return send(res, 404, '{"errors":[{"code":"BLOB_UNKNOWN"}]}');
      if (method === 'HEAD') {
        res.writeHead(200, { 'Content-Length': String(bytes.length) });
        res.end();
        return 'sent';
      }
      return send(res, 200, bytes, { 'Docker-Content-Digest': m[2] ?? '' });
    }
    m = /^\/v2\/(.+)\/referrers\/(sha256:[a-f0-9]{64})$/.exec(url.pathname);
    if (m) {
      const [, repo = '', subject = ''] = m;
      const filter = url.searchParams.get('artifactType');
      const list: Record<string, unknown>[] = [];
      for (const digest of referrers.get(repo)?.get(subject) ?? []) {
        const stored = repoManifests(repo).get(digest);
        if (!stored) continue;
        const json = JSON.parse(stored.bytes.toString()) as {
          artifactType?: string;
          config?: { mediaType?: string };
          annotations?: Record<string, string>;
        };
        const artifactType = json.artifactType ?? json.config?.mediaType;
        if (filter !== null && artifactType !== filter) continue;
        list.push({
          mediaType: stored.mediaType,
          digest,
          size: stored.bytes.length,
          ...(artifactType ? { artifactType } : {}),
          ...(json.annotations ? { annotations: json.annotations } : {}),
        });
      }
      const index = {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: list,
      };
      return send(res, 200, JSON.stringify(index), {
        'Content-Type': 'application/vnd.oci.image.index.v1+json',
        ...(filter !== null ? { 'OCI-Filters-Applied': 'artifactType' } : {}),
      });
    }
    m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname);
    if (m) {
      const [, repo = '', reference = ''] = m;
      const held = repoManifests(repo);
      if (method === 'PUT') {
        const digest = sha256(body);
        if (reference.includes(':') && reference !== digest) {
          return send(res, 400, '{"errors":[{"code":"DIGEST_INVALID"}]}');
        }
        const stored = { bytes: body, mediaType: req.headers['content-type'] ?? '' };
        held.set(digest, stored);
        held.set(reference, stored);
        const json = JSON.parse(body.toString()) as { subject?: { digest?: string } };
        const headers: Record<string, string> = { 'Docker-Content-Digest': digest };
        const subject = json.subject?.digest;
        if (subject) {
          let bySubject = referrers.get(repo);
          if (!bySubject) referrers.set(repo, (bySubject = new Map<string, Set<string>>()));
          let set = bySubject.get(subject);
          if (!set) bySubject.set(subject, (set = new Set()));
          set.add(digest);
          headers['OCI-Subject'] = subject;
        }
        return send(res, 201, undefined, headers);
      }
      const stored = held.get(reference);
      if (!stored) return send(res, 404, '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
      const headers = {
        'Content-Type': stored.mediaType,
        'Docker-Content-Digest': sha256(stored.bytes),
      };
      if (method === 'HEAD') {
        res.writeHead(200, { ...headers, 'Content-Length': String(stored.bytes.length) });
        res.end();
        return 'sent';
      }
      return send(res, 200, stored.bytes, headers);
    }
    return send(res, 404, '{"errors":[{"code":"NAME_UNKNOWN"}]}');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      send(res, 500, String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
