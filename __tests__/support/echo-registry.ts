/**
 * A hostile registry and token server for the secrets tests: every error it sends repeats
 * what it was sent — the Authorization header, the base64 `user:password` and its decoded
 * form, the bearer token (as is, base64 and URL-encoded), the refresh token — in the JSON
 * error body and in WWW-Authenticate.
 *
 * The repository name picks the registry's answer once a request is authorised:
 * `…/deny` → 403, `…/reject` → 401 (credentials refused), `…/fail` → 500, anything else → 404.
 * `tokenMode` picks the token server's: `grant` an opaque (non-JWT) token, `reject` 401.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EchoRegistry {
  /** `localhost:<port>` (plain HTTP, as for every loopback registry). */
  host: string;
  /** Basic-only registry (no token server), or a Bearer challenge to our /token. */
  scheme: 'basic' | 'bearer';
  tokenMode: 'grant' | 'reject';
  /** Every token handed out. */
  tokens: string[];
  stop(): Promise<void>;
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

/** Everything worth echoing about what a request carried. */
function echoOf(authorization: string | undefined, form?: URLSearchParams): string {
  const parts: string[] = [];
  if (authorization) {
    parts.push(`you sent Authorization: ${authorization}`);
    const [scheme, value = ''] = authorization.split(' ', 2);
    if (scheme === 'Basic') {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      parts.push(
        `credentials ${value} = ${decoded}`,
        `password ${decoded.split(':').slice(1).join(':')}`,
      );
    } else {
      parts.push(
        `token ${value}`,
        `base64 ${Buffer.from(value).toString('base64')}`,
        `url ${encodeURIComponent(value)}`,
      );
    }
  }
  const refresh = form?.get('refresh_token');
  if (refresh) parts.push(`refresh_token=${refresh}`, `json "refresh_token":"${refresh}"`);
  return parts.join('; ');
}

function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  echo: string,
  challenge?: string,
): void {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (challenge) headers['WWW-Authenticate'] = challenge;
  res.writeHead(status, headers);
  res.end(JSON.stringify({ errors: [{ code, message: `refused (${echo})`, detail: echo }] }));
}

export async function startEchoRegistry(scheme: 'basic' | 'bearer'): Promise<EchoRegistry> {
  const tokens: string[] = [];
  const state = { tokenMode: 'grant' as 'grant' | 'reject' };
  let realm = '';

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://echo.local');
      const authorization = req.headers.authorization;
      if (url.pathname === '/token') {
        const form = req.method === 'POST' ? new URLSearchParams(await readBody(req)) : undefined;
        const echo = echoOf(authorization, form);
        if (state.tokenMode === 'reject' || (form && form.get('grant_type') !== 'refresh_token')) {
          res.writeHead(401, {
            'Content-Type': 'application/json',
            'WWW-Authenticate': `Basic realm="token ${echo}"`,
          });
          res.end(JSON.stringify({ details: `invalid credentials: ${echo}`, error: echo }));
          return;
        }
        const token = `opaque-${randomUUID()}`;
        tokens.push(token);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ token, expires_in: 300 }));
        return;
      }
      req.resume();
      const wanted = scheme === 'basic' ? 'Basic ' : 'Bearer ';
      const challenge =
        scheme === 'basic'
          ? `Basic realm="echo ${echoOf(authorization)}"`
          : `Bearer realm="${realm}",service="echo",scope="repository:${url.pathname.split('/').slice(2, -2).join('/')}:pull",error_description="${echoOf(authorization)}"`;
      if (!authorization?.startsWith(wanted)) {
        sendError(res, 401, 'UNAUTHORIZED', echoOf(authorization), challenge);
        return;
      }
      const echo = echoOf(authorization);
      if (url.pathname.includes('/deny/')) sendError(res, 403, 'DENIED', echo);
      else if (url.pathname.includes('/reject/'))
        sendError(res, 401, 'UNAUTHORIZED', echo, challenge);
      else if (url.pathname.includes('/fail/')) sendError(res, 500, 'UNKNOWN', echo);
      else sendError(res, 404, 'MANIFEST_UNKNOWN', echo);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  realm = `http://127.0.0.1:${port}/token`;
  return {
    host: `localhost:${port}`,
    scheme,
    get tokenMode() {
      return state.tokenMode;
    },
    set tokenMode(mode) {
      state.tokenMode = mode;
    },
    tokens,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}
