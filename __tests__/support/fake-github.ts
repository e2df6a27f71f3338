/**
 * A fake GitHub REST API for tests, on 127.0.0.1 and a random port: the endpoints and
 * response shapes image-promote uses, with GitHub's limits.
 *
 * - `GET /repos/{o}/{r}/pulls` (filters `state`, `head` as `owner:branch`, `base`; pages)
 * - `POST /repos/{o}/{r}/pulls` (422 when an open pull request has the same head and base)
 * - `GET|PATCH /repos/{o}/{r}/pulls/{n}` (title, body, state)
 * - `GET /repos/{o}/{r}/pulls/{n}/files` (`per_page` ≤ 100, `page`, Link headers; stops at
 *   3000 files whatever the pull request has)
 * - `GET /repos/{o}/{r}/compare/{base}...{head}` (files: the first 300 only)
 *
 * Every request needs `Authorization: token <token>` (or `Bearer`); all are recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const PULL_FILES_CAP = 3000;
export const COMPARE_FILES_CAP = 300;

export interface FakePull {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
  /** The files the pull request changes (for pulls/{n}/files). */
  files: string[];
}

export interface ApiRequest {
  method: string;
  /** Path and query. */
  url: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeGitHub {
  /** For GITHUB_API_URL / Octokit's baseUrl. */
  baseUrl: string;
  requests: ApiRequest[];
  /** The pull requests of `owner/repo`, oldest first (mutable). */
  pulls(ownerRepo: string): FakePull[];
  addPull(ownerRepo: string, pull: Partial<FakePull> & { head: string; base: string }): FakePull;
  /** What compare `base...head` answers with (before the 300 cap). */
  setCompare(ownerRepo: string, base: string, head: string, files: string[]): void;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown, headers = {}): void => {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify(body));
};

function fileEntry(filename: string): Record<string, unknown> {
  return {
    sha: '0000000000000000000000000000000000000001',
    filename,
    status: 'modified',
    additions: 1,
    deletions: 1,
    changes: 2,
  };
}

/** One page of `items` with GitHub's Link header (`next`, `last`, `prev`, `first`). */
function page<T>(
  req: URL,
  baseUrl: string,
  items: readonly T[],
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(req.searchParams.get('per_page') ?? 30)));
  const current = Math.max(1, Number(req.searchParams.get('page') ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string): string => {
    const u = new URL(req.pathname + req.search, baseUrl);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(n));
    return `<${u.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'));
  if (current > 1) links.push(link(1, 'first'), link(current - 1, 'prev'));
  return {
    items: items.slice((current - 1) * perPage, current * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

export async function startFakeGitHub(token: string): Promise<FakeGitHub> {
  const repos = new Map<string, FakePull[]>();
  const compares = new Map<string, string[]>();
  const requests: ApiRequest[] = [];
  let nextNumber = 1;
  let baseUrl = '';
  const pullsOf = (ownerRepo: string): FakePull[] => {
    let list = repos.get(ownerRepo);
    if (!list) {
      list = [];
      repos.set(ownerRepo, list);
    }
    return list;
  };
  const pullJson = (ownerRepo: string, p: FakePull): Record<string, unknown> => {
    const owner = ownerRepo.split('/')[0] ?? '';
    return {
      url: `${baseUrl}/repos/${ownerRepo}/pulls/${p.number}`,
      html_url: `https://github.example/${ownerRepo}/pull/${p.number}`,
      number: p.number,
      state: p.state,
      title: p.title,
      body: p.body === '' ? null : p.body,
      head: { ref: p.head, label: `${owner}:${p.head}`, repo: { full_name: ownerRepo } },
      base: { ref: p.base, label: `${owner}:${p.base}`, repo: { full_name: ownerRepo } },
    };
  };
  const addPull: FakeGitHub['addPull'] = (ownerRepo, pull) => {
    const p: FakePull = {
      number: nextNumber++,
      title: 'pull request',
      body: '',
      state: 'open',
      files: [],
      ...pull,
    };
    pullsOf(ownerRepo).push(p);
    return p;
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: unknown): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const auth = req.headers.authorization ?? '';
    if (!/^(token|bearer) /i.test(auth) || auth.replace(/^\S+ /, '') !== token) {
      json(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
      });
      return;
    }
    const m = /^\/repos\/([^/]+\/[^/]+)\/(pulls|compare)(?:\/([^/]+))?(?:\/(files))?$/.exec(
      url.pathname,
    );
    if (!m) {
      json(res, 404, { message: 'Not Found' });
      return;
    }
    const [, ownerRepo = '', kind, arg, sub] = m;
    const owner = ownerRepo.split('/')[0] ?? '';
    const method = req.method ?? 'GET';
    const fields = (body ?? {}) as Record<string, unknown>;
    if (kind === 'compare' && arg !== undefined && method === 'GET') {
      const files = compares.get(`${ownerRepo} ${decodeURIComponent(arg)}`);
      if (files === undefined) {
        json(res, 404, { message: 'Not Found' });
        return;
      }
      json(res, 200, {
        status: 'ahead',
        ahead_by: 1,
        behind_by: 0,
        total_commits: 1,
        commits: [],
        files: files.slice(0, COMPARE_FILES_CAP).map(fileEntry),
      });
      return;
    }
    const list = pullsOf(ownerRepo);
    if (arg === undefined) {
      if (method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open';
        const head = url.searchParams.get('head');
        const base = url.searchParams.get('base');
        const found = list.filter(
          (p) =>
            (state === 'all' || p.state === state) &&
            (head === null || `${owner}:${p.head}` === head) &&
            (base === null || p.base === base),
        );
        const { items, headers } = page(url, baseUrl, found);
        json(
          res,
          200,
          items.map((p) => pullJson(ownerRepo, p)),
          headers,
        );
        return;
      }
      if (method === 'POST') {
        const text = (v: unknown): string => (typeof v === 'string' ? v : '');
        const head = text(fields.head);
        const base = text(fields.base);
        const title = text(fields.title);
        if (!head || !base || !title) {
          json(res, 422, { message: 'Validation Failed' });
          return;
        }
        if (list.some((p) => p.state === 'open' && p.head === head && p.base === base)) {
          json(res, 422, {
            message: 'Validation Failed',
            errors: [{ message: `A pull request already exists for ${owner}:${head}.` }],
          });
          return;
        }
        const p = addPull(ownerRepo, {
          head,
          base,
          title,
          body: typeof fields.body === 'string' ? fields.body : '',
        });
        json(res, 201, pullJson(ownerRepo, p));
        return;
      }
    }
    const p = list.find((x) => String(x.number) === arg);
    if (!p) {
      json(res, 404, { message: 'Not Found' });
      return;
    }
    if (sub === 'files' && method === 'GET') {
      // GitHub lists at most 3000 files, whatever the pull request has.
      const { items, headers } = page(url, baseUrl, p.files.slice(0, PULL_FILES_CAP));
      json(res, 200, items.map(fileEntry), headers);
      return;
    }
    if (sub === undefined && method === 'GET') {
      json(res, 200, pullJson(ownerRepo, p));
      return;
    }
    if (sub === undefined && method === 'PATCH') {
      if (typeof fields.title === 'string') p.title = fields.title;
      if (typeof fields.body === 'string') p.body = fields.body;
      if (fields.state === 'open' || fields.state === 'closed') p.state = fields.state;
      json(res, 200, pullJson(ownerRepo, p));
      return;
    }
    json(res, 404, { message: 'Not Found' });
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body,
      });
      handle(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    requests,
    pulls: pullsOf,
    addPull,
    setCompare(ownerRepo, base, head, files) {
      compares.set(`${ownerRepo} ${base}...${head}`, files);
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
