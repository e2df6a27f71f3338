/**
 * How many registry requests `plan` and `promote` make, counted from the access log of a
 * registry of their own (issue 19's bounds, the bench's plan-requests and retag-requests
 * rows in bench/rows.ts):
 *
 *   plan, first push (registry empty)   2 per image: the run's primary tag and the source tag
 *   plan, steady state (every image     2 per image: the same two tags; the revision label
 *   under its source tag)               (a manifest and a config blob) is not read by a plan
 *   promote, same-repository retag      4: the source, the target tag (free?), the PUT, the
 *                                       read-back; no re-read of the source by digest, and the
 *                                       read-back after the run's last write is the last word
 *   promote that holds its target       2: the source and the target tag; nothing written
 *
 * The repository has 300 images (a Dockerfile and one file each); its push changes the
 * first image's code. Plans of 1, 30 and 300 of them are counted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { main } from '../../../src/cli.js';
import { StderrLogger } from '../../../src/log.js';
import { createRepo, removeTempDirs, tempDir, type TempRepo } from '../../support/git-fixtures.js';
import {
  pushImage,
  pushIndex,
  pushManifest,
  watchAccessLog,
  type FixtureTarget,
  type PushedIndex,
} from '../../support/oci-fixtures.js';
import { startRegistry, type RegistryServer } from '../../support/servers.js';

const IMAGES = 300;
const names = Array.from({ length: IMAGES }, (_, i) => `svc-${String(i).padStart(3, '0')}`);

let server: RegistryServer;
let target: FixtureTarget;
let repo: TempRepo;
let base: string;
let head: string;
const dir = tempDir('ip-requests-');

beforeAll(async () => {
  server = await startRegistry();
  target = { url: server.url };
  const files: Record<string, string> = {};
  for (const name of names) {
    files[`services/${name}/Dockerfile`] = 'FROM scratch\nCOPY . /\n';
    files[`services/${name}/main.go`] = `package main // ${name}\n`;
  }
  repo = createRepo(files);
  base = repo.git('rev-parse', 'HEAD');
  repo.write({ 'services/svc-000/main.go': 'package main // svc-000 v2\n' });
  repo.git('commit', '-q', '-am', 'change svc-000');
  head = repo.git('rev-parse', 'HEAD');
}, 120_000);

afterAll(async () => {
  await server.stop();
  removeTempDirs();
});

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    cwd,
    env: { ...process.env, GITHUB_TOKEN: '', GITHUB_REF: undefined },
    stdout: (t) => (out += t),
    logger: new StderrLogger(false, (line) => (err += `${line}\n`)),
  });
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${err}`);
  return { code, out };
}

interface PlanImage {
  name: string;
  decision: string;
  source: string;
}

/** `plan --json` of the first `count` images, and the registry requests it made. */
async function plan(count: number): Promise<{ images: PlanImage[]; requests: string[] }> {
  const config = join(dir, `image-promote-${count}.yml`);
  writeFileSync(
    config,
    [
      `registry: ${server.localhost}/scale`,
      'images:',
      ...names.slice(0, count).flatMap((n) => [`  - name: ${n}`, `    context: services/${n}`]),
      '',
    ].join('\n'),
  );
  const event = join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      ref: 'refs/heads/main',
      before: base,
      after: head,
      created: false,
      deleted: false,
      forced: false,
      head_commit: { id: head, message: 'push' },
      repository: { default_branch: 'main', full_name: 'acme/shop', name: 'shop' },
    }),
  );
  const log = watchAccessLog(server.logFile);
  const { out } = await cli(
    ['plan', '--config', config, '--event', event, '--event-name', 'push', '--json'],
    repo.dir,
  );
  const images = (JSON.parse(out) as { images: PlanImage[] }).images;
  expect(images).toHaveLength(count);
  return { images, requests: await log.requests() };
}

/** Each image's requests, as `METHOD kind STATUS` with the tag kind (`sha-…`, `src-…`). */
function perImage(requests: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of requests) {
    const m = /^(\S+) \/v2\/scale\/(svc-\d{3})\/(manifests|blobs)\/(\S+) (\d{3})$/.exec(r);
    if (!m) throw new Error(`unexpected request: ${r}`);
    const [, method, name, kind, ref, status] = m as unknown as string[];
    const what =
      kind === 'blobs' ? 'blob' : (/^(sha|src)-/.exec(ref ?? '')?.[0] ?? `by digest ${ref ?? ''}`);
    out.set(name ?? '', [...(out.get(name ?? '') ?? []), `${method} ${what} ${status}`].sort());
  }
  return out;
}

function expectTwoPerImage(requests: string[], count: number, sourceStatus: number): void {
  expect(requests).toHaveLength(2 * count);
  const each = perImage(requests);
  expect([...each.keys()].sort()).toEqual(names.slice(0, count));
  for (const [, lines] of each) {
    expect(lines).toEqual([`GET sha- 404`, `GET src- ${sourceStatus}`]);
  }
}

describe('plan: registry requests per image', () => {
  it('first push (registry empty): exactly 2 per image for 1, 30 and 300 images', async () => {
    for (const count of [1, 30, IMAGES]) {
      const { images, requests } = await plan(count);
      expect(images.every((i) => i.decision === 'build')).toBe(true);
      expectTwoPerImage(requests, count, 404);
    }
  }, 120_000);

  it('steady state (every image under its source tag): exactly 2 per image for 1, 30 and 300', async () => {
    const { images } = await plan(IMAGES);
    for (const image of images) {
      const pushed = await pushImage(target, `scale/${image.name}`, undefined, {
        seed: image.name,
      });
      await pushManifest(
        target,
        `scale/${image.name}`,
        `src-${image.source.slice(0, 16)}`,
        pushed.manifest,
        pushed.mediaType,
      );
    }
    for (const count of [1, 30, IMAGES]) {
      const { images: planned, requests } = await plan(count);
      expect(planned.every((i) => i.decision === 'promote')).toBe(true);
      expectTwoPerImage(requests, count, 200);
    }
  }, 300_000);
});

describe('promote: a same-repository retag of a 4-platform index', () => {
  let index: PushedIndex;

  beforeAll(async () => {
    index = await pushIndex(target, 'bench/app', 'sha-0000001', { seed: 'retag', layers: 1 });
  });

  it('takes 4 requests: the source, the free check, the PUT and one read-back', async () => {
    const log = watchAccessLog(server.logFile);
    const { out } = await cli(['promote', `${server.localhost}/bench/app:sha-0000001`, 'v1'], dir);
    expect(out).toBe(`${index.digest}\n`);
    expect(await log.requests()).toEqual([
      'GET /v2/bench/app/manifests/sha-0000001 200',
      'GET /v2/bench/app/manifests/v1 404',
      'PUT /v2/bench/app/manifests/v1 201',
      'GET /v2/bench/app/manifests/v1 200',
    ]);
  });

  it('takes 2 and writes nothing when the tag already names the image', async () => {
    const log = watchAccessLog(server.logFile);
    const { out } = await cli(['promote', `${server.localhost}/bench/app:sha-0000001`, 'v1'], dir);
    expect(out).toBe(`${index.digest}\n`);
    expect(await log.requests()).toEqual([
      'GET /v2/bench/app/manifests/sha-0000001 200',
      'GET /v2/bench/app/manifests/v1 200',
    ]);
  });
});
