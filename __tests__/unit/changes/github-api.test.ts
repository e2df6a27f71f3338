/**
 * The API fallback against a local HTTP server that replays GitHub's response shapes
 * (pulls.listFiles pages with Link headers; compare with its 300-file cap).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubChangeSource, PR_FILES_CAP } from '../../../src/changes/github-api.js';

function fileEntry(i: number, extra: Record<string, unknown> = {}) {
  const filename = `services/api/f${i}.go`;
  return {
    sha: 'bbcd538c8e72b8c175046e27cc8f907076331401',
    filename,
    status: 'modified',
    additions: 1,
    deletions: 1,
    changes: 2,
    blob_url: `https://github.com/acme/shop/blob/abc/${filename}`,
    raw_url: `https://github.com/acme/shop/raw/abc/${filename}`,
    contents_url: `https://api.github.com/repos/acme/shop/contents/${filename}?ref=abc`,
    patch: '@@ -1 +1 @@\n-a\n+b',
    ...extra,
  };
}

const prFiles: Record<number, number> = { 1: 250, 2: 3000, 3: 3400 };
let server: Server;
let baseUrl = '';
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push(
      `${req.method ?? ''} ${url.pathname}${url.search} ${req.headers.authorization ?? ''}`,
    );
    const pr = /^\/repos\/acme\/shop\/pulls\/(\d+)\/files$/.exec(url.pathname);
    if (pr) {
      const number = Number(pr[1]);
      // GitHub stops at 3000 files no matter how many the PR has.
      const total = Math.min(prFiles[number] ?? 0, PR_FILES_CAP);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const items = Array.from({ length: total }, (_, i) =>
        fileEntry(i, i === 0 ? { status: 'renamed', previous_filename: 'services/web/f0.go' } : {}),
      ).slice((page - 1) * perPage, page * perPage);
      const last = Math.ceil(total / perPage);
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
      if (page < last) {
        headers.link = `<${baseUrl}/repos/acme/shop/pulls/${number}/files?per_page=${perPage}&page=${page + 1}>; rel="next", <${baseUrl}/repos/acme/shop/pulls/${number}/files?per_page=${perPage}&page=${last}>; rel="last"`;
      }
      res.writeHead(200, headers).end(JSON.stringify(items));
      return;
    }
    const compare = /^\/repos\/acme\/shop\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/.exec(
      url.pathname,
    );
    if (compare) {
      if (compare[1]?.startsWith('2')) {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: 'ahead', ahead_by: 1, commits: [] }));
        return;
      }
      const many = compare[1]?.startsWith('1') ?? false;
      const files = Array.from({ length: many ? 300 : 12 }, (_, i) => fileEntry(i));
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          status: 'ahead',
          ahead_by: 2,
          behind_by: 0,
          total_commits: 2,
          commits: [],
          files,
        }),
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('createGitHubChangeSource', () => {
  const source = () =>
    createGitHubChangeSource({ token: 'ghs_testtoken', owner: 'acme', repo: 'shop', baseUrl });

  it('follows pagination and counts renames on both sides', async () => {
    const r = await (await source()).pullRequestFiles(1);
    expect(r.complete).toBe(true);
    expect(r.files).toHaveLength(251);
    expect(r.files).toContain('services/web/f0.go');
    expect(seen.filter((s) => s.includes('/pulls/1/files'))).toHaveLength(3);
    expect(seen.find((s) => s.includes('/pulls/1/files'))).toContain('token ghs_testtoken');
  });

  it('treats a list at the 3000-file cap as incomplete', async () => {
    const atCap = await (await source()).pullRequestFiles(2);
    expect(atCap).toMatchObject({ complete: false, note: expect.stringContaining('3000') });
    const beyond = await (await source()).pullRequestFiles(3);
    expect(beyond.complete).toBe(false);
    expect(beyond.files).toHaveLength(3001);
  });

  it('treats fewer files than the payload announced as incomplete', async () => {
    const s = await createGitHubChangeSource({
      token: 't',
      owner: 'acme',
      repo: 'shop',
      baseUrl,
      expectedPrFiles: 400,
    });
    expect(await s.pullRequestFiles(1)).toMatchObject({ complete: false });
  });

  it('treats a compare list at 300 files as incomplete', async () => {
    const small = await (await source()).compareFiles('a'.repeat(40), 'b'.repeat(40));
    expect(small).toMatchObject({ complete: true });
    expect(small.files).toHaveLength(12);
    const capped = await (await source()).compareFiles('1'.repeat(40), 'b'.repeat(40));
    expect(capped).toMatchObject({ complete: false, note: expect.stringContaining('300') });
    const none = await (await source()).compareFiles('2'.repeat(40), 'b'.repeat(40));
    expect(none).toMatchObject({ complete: false, files: [] });
  });
});
