/**
 * A smart-HTTP git server for tests: node's http server running `git http-backend` as a CGI
 * over real bare repositories, on 127.0.0.1 and a random port. Every request must carry
 * `Authorization: Basic base64(x-access-token:<token>)` (what GitHub accepts from a token);
 * anything else gets 401 with a Basic challenge, as GitHub answers. Every request is
 * recorded (method, path, query, the Authorization header it carried) so tests can check
 * that the token travelled in the header and nowhere else.
 *
 * Like GitHub, the server allows partial clones (`--filter`), fetching reachable SHAs and
 * pushes (receive-pack) for an authenticated user.
 */
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { git, tempDir } from './git-fixtures.js';

export interface RecordedRequest {
  method: string;
  /** Path and query, as the client sent them. */
  url: string;
  authorization: string | undefined;
  /** The status the server answered. */
  status: number;
}

export interface GitHttpServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Directory holding the bare repositories (`<root>/<owner>/<name>.git`). */
  root: string;
  requests: RecordedRequest[];
  /** Creates an empty bare repository `owner/name` and returns its directory. */
  createRepository(ownerName: string, branch?: string): string;
  /** The clone URL of `owner/name`. */
  url(ownerName: string): string;
  /** Replaces the accepted token (e.g. to simulate a revoked one). */
  setToken(token: string): void;
  close(): Promise<void>;
}

export function basicHeader(token: string): string {
  return `Basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`;
}

/** Splits a CGI answer into its status, headers and body. */
function parseCgi(output: Buffer): {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
} {
  let end = output.indexOf('\r\n\r\n');
  let sepLength = 4;
  const lf = output.indexOf('\n\n');
  if (end === -1 || (lf !== -1 && lf < end)) {
    end = lf;
    sepLength = 2;
  }
  if (end === -1) return { status: 502, headers: {}, body: output };
  const headers: Record<string, string> = {};
  let status = 200;
  for (const line of output.subarray(0, end).toString('latin1').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i === -1) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    const value = line.slice(i + 1).trim();
    if (name === 'status') status = Number.parseInt(value, 10) || 200;
    else headers[name] = value;
  }
  return { status, headers, body: output.subarray(end + sepLength) };
}

function runBackend(
  root: string,
  req: IncomingMessage,
  body: Buffer,
  res: ServerResponse,
  record: RecordedRequest,
): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const header = (name: string): string => {
    const v = req.headers[name];
    return Array.isArray(v) ? v.join(', ') : (v ?? '');
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: root,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    // What GitHub allows: partial clones, fetching reachable SHAs, pushing when authenticated.
    GIT_CONFIG_COUNT: '3',
    GIT_CONFIG_KEY_0: 'uploadpack.allowFilter',
    GIT_CONFIG_VALUE_0: 'true',
    GIT_CONFIG_KEY_1: 'uploadpack.allowReachableSHA1InWant',
    GIT_CONFIG_VALUE_1: 'true',
    GIT_CONFIG_KEY_2: 'uploadpack.allowAnySHA1InWant',
    GIT_CONFIG_VALUE_2: 'true',
    REMOTE_USER: 'x-access-token',
    REMOTE_ADDR: '127.0.0.1',
    REQUEST_METHOD: req.method ?? 'GET',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.replace(/^\?/, ''),
    CONTENT_TYPE: header('content-type'),
    CONTENT_LENGTH: String(body.length),
    GIT_PROTOCOL: header('git-protocol'),
    HTTP_CONTENT_ENCODING: header('content-encoding'),
  };
  const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  child.on('close', () => {
    const { status, headers, body: answer } = parseCgi(Buffer.concat(out));
    record.status = status;
    if (status >= 500) headers['x-backend-stderr'] = Buffer.concat(err).toString('utf8').trim();
    res.writeHead(status, headers).end(answer);
  });
  child.stdin.on('error', () => undefined);
  child.stdin.end(body);
}

export interface GitHttpServerOptions {
  /**
   * Also serve requests that carry no Authorization header (a wrong one still gets 401): a
   * server that does not care who asks, like a redirect target someone else controls.
   */
  anonymous?: boolean;
}

export async function startGitHttpServer(
  token: string,
  options: GitHttpServerOptions = {},
): Promise<GitHttpServer> {
  const root = tempDir('ip-git-http-');
  let expected = basicHeader(token);
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const record: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      status: 0,
    };
    requests.push(record);
    // The scheme is case-insensitive (git sends `basic`); the credentials are not.
    const given = req.headers.authorization;
    const allowed =
      given === undefined
        ? options.anonymous === true
        : given.replace(/^basic /i, 'Basic ') === expected;
    if (!allowed) {
      record.status = 401;
      res
        .writeHead(401, { 'www-authenticate': 'Basic realm="test git"' })
        .end('authentication required\n');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      runBackend(root, req, Buffer.concat(chunks), res, record);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    root,
    requests,
    createRepository(ownerName, branch = 'main') {
      const dir = join(root, `${ownerName}.git`);
      git(root, ['init', '--quiet', '--bare', `--initial-branch=${branch}`, dir]);
      return dir;
    },
    url: (ownerName) => `${origin}/${ownerName}.git`,
    setToken(next) {
      expected = basicHeader(next);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
