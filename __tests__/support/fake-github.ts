/**
 * A fake GitHub REST API for tests, on 127.0.0.1 and a random port: the endpoints and
 * response shapes image-promote uses, with GitHub's limits, and switches that make it
 * misbehave the ways a server (or whatever answers in its place) can.
 *
 * - `GET /repos/{o}/{r}/pulls` (filters `state`, `head` as `owner:branch`, `base`; pages)
 * - `POST /repos/{o}/{r}/pulls` (422 when an open pull request has the same head and base)
 * - `GET|PATCH /repos/{o}/{r}/pulls/{n}` (title, body, state)
 * - `GET /repos/{o}/{r}/pulls/{n}/files` (`per_page` ≤ 100, `page`, Link headers; stops at
 *   3000 files whatever the pull request has)
 * - `GET /repos/{o}/{r}/compare/{base}...{head}` (files: the first 300 only): the list given
 *   to setCompare, or, for a repository linked to a git directory, computed with git
 *   (commits reachable from head and not from base, oldest first, at most 250; files changed
 *   since the merge base)
 * - `POST|GET /repos/{o}/{r}/deployments` (filters `sha`, `ref`, `task`, `environment`;
 *   newest first; pages), `GET /repos/{o}/{r}/deployments/{id}`
 * - `POST|GET /repos/{o}/{r}/deployments/{id}/statuses` (newest first; pages;
 *   `auto_inactive`, default true: a `success` marks the environment's earlier successful,
 *   non-transient, non-production deployments `inactive`)
 *
 * Every request needs `Authorization: token <token>` (or `Bearer`); all are recorded.
 * `setFault` makes every later request misbehave until it is cleared (see Fault); `forbid`
 * answers requests a token without a permission would get refused with 403. Times
 * (`created_at`) follow the clock, one millisecond apart at least, so they order with the
 * commits a test makes.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const PULL_FILES_CAP = 3000;
export const COMPARE_FILES_CAP = 300;
export const COMPARE_COMMITS_CAP = 250;

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

export interface FakeDeploymentStatus {
  id: number;
  state: string;
  description: string;
  environment: string;
  environment_url: string;
  log_url: string;
  created_at: string;
}

export interface FakeDeployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: unknown;
  transient_environment: boolean;
  production_environment: boolean;
  created_at: string;
  /** Newest last. */
  statuses: FakeDeploymentStatus[];
  /** The request's fields as sent (auto_merge, required_contexts, …). */
  request: Record<string, unknown>;
}

/** Ways to misbehave; each applies to every request until setFault() clears it. */
export type Fault =
  /** 200 with `bytes` (default 300 MiB) of text/html, streamed (never held in memory). */
  | { kind: 'huge-body'; bytes?: number }
  /** Every list answer links a `next` page, forever. */
  | { kind: 'endless-pages' }
  /** Reads the request and never answers. */
  | { kind: 'hang' }
  /** List endpoints answer with an object. */
  | { kind: 'not-a-list' }
  /** The next `times` requests get 429 with `Retry-After: seconds`. */
  | { kind: 'retry-after'; times: number; seconds: number }
  /** The next `times` requests get 403 with an exhausted rate limit resetting in `seconds`. */
  | { kind: 'rate-limit'; times: number; seconds: number }
  /** 307 to the same path and query on `to` (another origin). */
  | { kind: 'redirect'; to: string };

export interface ApiRequest {
  method: string;
  /** Path and query. */
  url: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeGitHub {
  /** For GITHUB_API_URL. */
  baseUrl: string;
  requests: ApiRequest[];
  /** The pull requests of `owner/repo`, oldest first (mutable). */
  pulls(ownerRepo: string): FakePull[];
  addPull(ownerRepo: string, pull: Partial<FakePull> & { head: string; base: string }): FakePull;
  /** What compare `base...head` answers with (before the 300 cap). */
  setCompare(ownerRepo: string, base: string, head: string, files: string[]): void;
  /** Compare `owner/repo` with git in `gitDir` (a bare repository) when setCompare has no entry. */
  linkRepository(ownerRepo: string, gitDir: string): void;
  /** The deployments of `owner/repo`, oldest first (mutable). */
  deployments(ownerRepo: string): FakeDeployment[];
  setFault(fault?: Fault): void;
  /** Body bytes written for `huge-body` answers so far. */
  hugeBytesSent(): number;
  /**
   * Answers requests whose `METHOD path` (no query) matches with 403, as GitHub does for a
   * token without the permission (`forbid(/^POST .*\/deployments/)`); undefined lifts it.
   */
  forbid(pattern?: RegExp): void;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown, headers = {}): void => {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify(body));
};

function fileEntry(filename: string, status = 'modified'): Record<string, unknown> {
  return {
    sha: '0000000000000000000000000000000000000001',
    filename,
    status,
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
  endless: boolean,
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
  if (endless) links.push(link(current + 1, 'next'));
  else if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'));
  if (current > 1) links.push(link(1, 'first'), link(current - 1, 'prev'));
  return {
    items: items.slice((current - 1) * perPage, current * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

function gitIn(gitDir: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', gitDir, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** A commit as the compare API lists it. */
function commitJson(gitDir: string, sha: string, baseUrl: string, ownerRepo: string) {
  const [an, ae, ad, cn, ce, cd, parents] = gitIn(gitDir, [
    'show',
    '-s',
    '--format=%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%P',
    sha,
  ]).split('\0');
  const message = gitIn(gitDir, ['show', '-s', '--format=%B', sha]);
  return {
    sha,
    url: `${baseUrl}/repos/${ownerRepo}/commits/${sha}`,
    commit: {
      author: { name: an, email: ae, date: ad },
      committer: { name: cn, email: ce, date: cd },
      message,
    },
    author: null,
    committer: null,
    parents: (parents ?? '')
      .split(' ')
      .filter(Boolean)
      .map((p) => ({ sha: p })),
  };
}

/** The compare answer computed with git, as GitHub shapes it. */
function gitCompare(
  gitDir: string,
  base: string,
  head: string,
  baseUrl: string,
  ownerRepo: string,
): Record<string, unknown> | undefined {
  let baseSha: string;
  let headSha: string;
  try {
    baseSha = gitIn(gitDir, ['rev-parse', '--verify', `${base}^{commit}`]);
    headSha = gitIn(gitDir, ['rev-parse', '--verify', `${head}^{commit}`]);
  } catch {
    return undefined;
  }
  const list = (range: string): string[] =>
    gitIn(gitDir, ['rev-list', '--reverse', range]).split('\n').filter(Boolean);
  const ahead = list(`${baseSha}..${headSha}`);
  const behind = list(`${headSha}..${baseSha}`);
  const mergeBase = gitIn(gitDir, ['merge-base', baseSha, headSha]);
  const files = gitIn(gitDir, ['diff', '--name-status', '--no-renames', mergeBase, headSha])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [status = 'M', name = ''] = line.split('\t');
      return fileEntry(name, status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified');
    });
  const status =
    ahead.length === 0 && behind.length === 0
      ? 'identical'
      : behind.length === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged';
  return {
    url: `${baseUrl}/repos/${ownerRepo}/compare/${base}...${head}`,
    base_commit: commitJson(gitDir, baseSha, baseUrl, ownerRepo),
    merge_base_commit: commitJson(gitDir, mergeBase, baseUrl, ownerRepo),
    status,
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits: ahead
      .slice(0, COMPARE_COMMITS_CAP)
      .map((sha) => commitJson(gitDir, sha, baseUrl, ownerRepo)),
    files: files.slice(0, COMPARE_FILES_CAP),
  };
}

const DEPLOYMENT_STATES = new Set([
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success',
]);

export async function startFakeGitHub(token: string): Promise<FakeGitHub> {
  const repos = new Map<string, FakePull[]>();
  const deploymentsByRepo = new Map<string, FakeDeployment[]>();
  const compares = new Map<string, string[]>();
  const gitDirs = new Map<string, string>();
  const requests: ApiRequest[] = [];
  let nextNumber = 1;
  let nextId = 1000;
  let tick = 0;
  let baseUrl = '';
  let fault: Fault | undefined;
  let forbidden: RegExp | undefined;
  let hugeSent = 0;
  const now = (): string => new Date((tick = Math.max(tick + 1, Date.now()))).toISOString();
  const pullsOf = (ownerRepo: string): FakePull[] => {
    let list = repos.get(ownerRepo);
    if (!list) {
      list = [];
      repos.set(ownerRepo, list);
    }
    return list;
  };
  const deploymentsOf = (ownerRepo: string): FakeDeployment[] => {
    let list = deploymentsByRepo.get(ownerRepo);
    if (!list) {
      list = [];
      deploymentsByRepo.set(ownerRepo, list);
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
  const deploymentJson = (ownerRepo: string, d: FakeDeployment): Record<string, unknown> => ({
    url: `${baseUrl}/repos/${ownerRepo}/deployments/${d.id}`,
    id: d.id,
    node_id: `DE_${d.id}`,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: { login: 'github-actions[bot]', type: 'Bot' },
    created_at: d.created_at,
    updated_at: d.statuses.at(-1)?.created_at ?? d.created_at,
    statuses_url: `${baseUrl}/repos/${ownerRepo}/deployments/${d.id}/statuses`,
    repository_url: `${baseUrl}/repos/${ownerRepo}`,
    transient_environment: d.transient_environment,
    production_environment: d.production_environment,
  });
  const statusJson = (
    ownerRepo: string,
    d: FakeDeployment,
    s: FakeDeploymentStatus,
  ): Record<string, unknown> => ({
    url: `${baseUrl}/repos/${ownerRepo}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: `DES_${s.id}`,
    state: s.state,
    creator: { login: 'github-actions[bot]', type: 'Bot' },
    description: s.description,
    environment: s.environment,
    target_url: s.log_url,
    log_url: s.log_url,
    environment_url: s.environment_url,
    created_at: s.created_at,
    updated_at: s.created_at,
    deployment_url: `${baseUrl}/repos/${ownerRepo}/deployments/${d.id}`,
    repository_url: `${baseUrl}/repos/${ownerRepo}`,
  });
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

  /** Answers a list: the page, or (fault not-a-list) an object in its place. */
  const list = (res: ServerResponse, url: URL, items: readonly unknown[]): void => {
    if (fault?.kind === 'not-a-list') {
      json(res, 200, { total_count: items.length, items });
      return;
    }
    const { items: slice, headers } = page(url, baseUrl, items, fault?.kind === 'endless-pages');
    json(res, 200, slice, headers);
  };

  /** Applies the fault, if any; true when it answered (or will never answer). */
  const misbehave = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (fault === undefined) return false;
    switch (fault.kind) {
      case 'hang':
        return true;
      case 'huge-body': {
        const total = fault.bytes ?? 300 * 1024 * 1024;
        const chunk = Buffer.alloc(1024 * 1024, '<p>not json</p>\n');
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-length': String(total),
        });
        let sent = 0;
        const pump = (): void => {
          while (sent < total && !res.destroyed) {
            const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
            sent += part.length;
            hugeSent += part.length;
            if (!res.write(part)) {
              res.once('drain', pump);
              return;
            }
          }
          if (!res.destroyed) res.end();
        };
        pump();
        return true;
      }
      case 'retry-after':
        if (fault.times <= 0) return false;
        fault.times--;
        json(
          res,
          429,
          { message: 'You have exceeded a secondary rate limit.' },
          { 'retry-after': String(fault.seconds) },
        );
        return true;
      case 'rate-limit':
        if (fault.times <= 0) return false;
        fault.times--;
        json(
          res,
          403,
          { message: 'API rate limit exceeded for installation.' },
          {
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000 + fault.seconds)),
          },
        );
        return true;
      case 'redirect':
        res.writeHead(307, { location: new URL(req.url ?? '/', fault.to).href }).end();
        return true;
      default:
        return false;
    }
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
    if (misbehave(req, res)) return;
    if (forbidden?.test(`${req.method ?? 'GET'} ${url.pathname}`)) {
      json(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/deployments/deployments',
      });
      return;
    }
    const m =
      /^\/repos\/([^/]+\/[^/]+)\/(pulls|compare|deployments)(?:\/([^/]+))?(?:\/(files|statuses))?$/.exec(
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
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    if (kind === 'compare' && arg !== undefined && method === 'GET') {
      const range = decodeURIComponent(arg);
      const files = compares.get(`${ownerRepo} ${range}`);
      const gitDir = gitDirs.get(ownerRepo);
      const [base = '', head = ''] = range.split('...');
      if (files === undefined) {
        const computed = gitDir ? gitCompare(gitDir, base, head, baseUrl, ownerRepo) : undefined;
        if (computed === undefined) json(res, 404, { message: 'Not Found' });
        else json(res, 200, computed);
        return;
      }
      json(res, 200, {
        status: 'ahead',
        ahead_by: 1,
        behind_by: 0,
        total_commits: 1,
        commits: [],
        files: files.slice(0, COMPARE_FILES_CAP).map((f) => fileEntry(f)),
      });
      return;
    }
    if (kind === 'deployments') {
      handleDeployments(res, url, ownerRepo, method, arg, sub, fields);
      return;
    }
    const pulls = pullsOf(ownerRepo);
    if (arg === undefined) {
      if (method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open';
        const head = url.searchParams.get('head');
        const base = url.searchParams.get('base');
        const found = pulls.filter(
          (p) =>
            (state === 'all' || p.state === state) &&
            (head === null || `${owner}:${p.head}` === head) &&
            (base === null || p.base === base),
        );
        list(
          res,
          url,
          found.map((p) => pullJson(ownerRepo, p)),
        );
        return;
      }
      if (method === 'POST') {
        const head = text(fields.head);
        const base = text(fields.base);
        const title = text(fields.title);
        if (!head || !base || !title) {
          json(res, 422, { message: 'Validation Failed' });
          return;
        }
        if (pulls.some((p) => p.state === 'open' && p.head === head && p.base === base)) {
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
    const p = pulls.find((x) => String(x.number) === arg);
    if (!p) {
      json(res, 404, { message: 'Not Found' });
      return;
    }
    if (sub === 'files' && method === 'GET') {
      // GitHub lists at most 3000 files, whatever the pull request has.
      list(
        res,
        url,
        p.files.slice(0, PULL_FILES_CAP).map((f) => fileEntry(f)),
      );
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

  const handleDeployments = (
    res: ServerResponse,
    url: URL,
    ownerRepo: string,
    method: string,
    arg: string | undefined,
    sub: string | undefined,
    fields: Record<string, unknown>,
  ): void => {
    const all = deploymentsOf(ownerRepo);
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    if (arg === undefined && method === 'POST') {
      const ref = text(fields.ref);
      const gitDir = gitDirs.get(ownerRepo);
      let sha: string | undefined = /^[0-9a-f]{40}$/.test(ref) ? ref : undefined;
      if (sha === undefined && gitDir && ref) {
        try {
          sha = gitIn(gitDir, ['rev-parse', '--verify', `${ref}^{commit}`]);
        } catch {
          sha = undefined;
        }
      }
      if (!ref || sha === undefined) {
        json(res, 422, { message: `No ref found for: ${ref}` });
        return;
      }
      const environment = text(fields.environment) || 'production';
      const d: FakeDeployment = {
        id: nextId++,
        sha,
        ref,
        task: text(fields.task) || 'deploy',
        environment,
        description: typeof fields.description === 'string' ? fields.description : null,
        payload: fields.payload ?? {},
        transient_environment: fields.transient_environment === true,
        production_environment:
          typeof fields.production_environment === 'boolean'
            ? fields.production_environment
            : environment === 'production',
        created_at: now(),
        statuses: [],
        request: fields,
      };
      all.push(d);
      json(res, 201, deploymentJson(ownerRepo, d));
      return;
    }
    if (arg === undefined && method === 'GET') {
      const filters = ['sha', 'ref', 'task', 'environment'] as const;
      const found = all
        .filter((d) =>
          filters.every((f) => {
            const want = url.searchParams.get(f);
            return want === null || d[f] === want;
          }),
        )
        .reverse();
      list(
        res,
        url,
        found.map((d) => deploymentJson(ownerRepo, d)),
      );
      return;
    }
    const d = all.find((x) => String(x.id) === arg);
    if (!d) {
      json(res, 404, { message: 'Not Found' });
      return;
    }
    if (sub === undefined && method === 'GET') {
      json(res, 200, deploymentJson(ownerRepo, d));
      return;
    }
    if (sub === 'statuses' && method === 'GET') {
      list(
        res,
        url,
        [...d.statuses].reverse().map((s) => statusJson(ownerRepo, d, s)),
      );
      return;
    }
    if (sub === 'statuses' && method === 'POST') {
      const state = text(fields.state);
      if (!DEPLOYMENT_STATES.has(state)) {
        json(res, 422, { message: 'Validation Failed', errors: [{ field: 'state' }] });
        return;
      }
      if (typeof fields.environment === 'string' && fields.environment !== '') {
        d.environment = fields.environment;
      }
      const s: FakeDeploymentStatus = {
        id: nextId++,
        state,
        description: text(fields.description),
        environment: d.environment,
        environment_url: text(fields.environment_url),
        log_url: text(fields.log_url) || text(fields.target_url),
        created_at: now(),
      };
      d.statuses.push(s);
      if (state === 'success' && fields.auto_inactive !== false) {
        for (const other of all) {
          if (other === d || other.environment !== d.environment) continue;
          if (other.transient_environment || other.production_environment) continue;
          if (other.statuses.at(-1)?.state !== 'success') continue;
          other.statuses.push({
            id: nextId++,
            state: 'inactive',
            description: '',
            environment: other.environment,
            environment_url: '',
            log_url: '',
            created_at: now(),
          });
        }
      }
      json(res, 201, statusJson(ownerRepo, d, s));
      return;
    }
    json(res, 404, { message: 'Not Found' });
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
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
    linkRepository(ownerRepo, gitDir) {
      gitDirs.set(ownerRepo, gitDir);
    },
    deployments: deploymentsOf,
    setFault(next) {
      fault = next === undefined ? undefined : { ...next };
    },
    hugeBytesSent: () => hugeSent,
    forbid(pattern) {
      forbidden = pattern;
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
