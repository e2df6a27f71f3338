/**
 * The action entry point in-process, the way the runner drives it: INPUT_* variables, an
 * event file, GITHUB_OUTPUT. (scripts/smoke-dist.sh runs the bundle itself on node 24.)
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { INPUTS } from '../../../src/config/inputs.js';
import { run } from '../../../src/main.js';
import { createRepo, removeTempDirs } from '../../support/git-fixtures.js';

let dir: string;
let saved: NodeJS.ProcessEnv;
let stdout: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ip-main-'));
  saved = { ...process.env };
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  process.env = saved;
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
  removeTempDirs();
});

function setInputs(inputs: Record<string, string>): void {
  for (const [name, spec] of Object.entries(INPUTS)) {
    process.env[`INPUT_${name.toUpperCase()}`] =
      inputs[name] ?? (spec.default.includes('${{') ? '' : spec.default);
  }
}

/**
 * A registry on 127.0.0.1 that answers every manifest request with one image (any tag names
 * it) and serves its config blob: enough for a run whose images all exist.
 */
async function oneImageRegistry(): Promise<{
  host: string;
  digest: string;
  close: () => Promise<void>;
}> {
  const config = Buffer.from(
    JSON.stringify({ config: { Labels: {} }, rootfs: { type: 'layers', diff_ids: [] } }),
  );
  const configDigest = `sha256:${createHash('sha256').update(config).digest('hex')}`;
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: {
        mediaType: 'application/vnd.docker.container.image.v1+json',
        size: config.length,
        digest: configDigest,
      },
      layers: [],
    }),
  );
  const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    if (url === '/v2/') return void res.writeHead(200).end('{}');
    if (/\/manifests\//.test(url)) {
      res.writeHead(200, {
        'Content-Type': 'application/vnd.docker.distribution.manifest.v2+json',
        'Content-Length': String(manifest.length),
        'Docker-Content-Digest': digest,
      });
      return void res.end(req.method === 'HEAD' ? undefined : manifest);
    }
    if (url.endsWith(`/blobs/${configDigest}`)) return void res.writeHead(200).end(config);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `localhost:${port}`,
    digest,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}

function outputs(): Record<string, string> {
  const text = readFileSync(join(dir, 'output'), 'utf8');
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm))
    out[m[1] ?? ''] = m[3] ?? '';
  return out;
}

describe('run()', () => {
  function pushRun(registry: string): NodeJS.ProcessEnv {
    const repo = createRepo({
      'services/api/Dockerfile': 'FROM scratch\n',
      'services/api/main.go': 'x',
    });
    const before = repo.head();
    const after = repo.commit({ 'docs/a.md': 'doc' }, 'docs');
    writeFileSync(
      join(dir, 'event.json'),
      JSON.stringify({
        ref: 'refs/heads/main',
        before,
        after,
        forced: false,
        repository: { default_branch: 'main', full_name: 'acme/shop' },
      }),
    );
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary'), '');
    setInputs({ image: 'api', registry, context: 'services/api' });
    const env = {
      ...process.env,
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_SHA: after,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    };
    Object.assign(process.env, env);
    return env;
  }

  it('sets the outputs and the job summary: an image of this source exists, so it is promoted', async () => {
    const registry = await oneImageRegistry();
    try {
      await run(pushRun(registry.host));
    } finally {
      await registry.close();
    }
    expect(process.exitCode).toBeUndefined();
    const out = outputs();
    expect(out).toMatchObject({
      decision: 'promote',
      matrix: '{"include":[]}',
      'overlay-changed': 'false',
    });
    const [image] = JSON.parse(out.images ?? '[]') as Record<string, string>[];
    expect(image).toMatchObject({ name: 'api', status: 'verified', digest: registry.digest });
    expect(image?.source).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toContain('| api | promote |');
  });

  it('a registry that cannot be reached fails the run, and the outputs say so', async () => {
    await run(pushRun('localhost:1'));
    expect(process.exitCode).toBe(1);
    const out = outputs();
    expect(out.decision).toBe('failed');
    expect(out.reason).toMatch(/^api: .*localhost:1/);
    const [image] = JSON.parse(out.images ?? '[]') as Record<string, string>[];
    expect(image).toMatchObject({ name: 'api', status: 'failed' });
    expect(stdout.filter((l) => l.startsWith('::error::'))).toHaveLength(1);
  }, 30_000);

  it('fails once, naming the input, for a bad value; the outputs say failed', async () => {
    setInputs({ image: 'api', mode: 'sideways' });
    process.env.GITHUB_WORKSPACE = dir;
    writeFileSync(join(dir, 'output'), '');
    process.env.GITHUB_OUTPUT = join(dir, 'output');
    await run({ ...process.env });
    expect(process.exitCode).toBe(1);
    expect(outputs()).toMatchObject({
      decision: 'failed',
      reason: expect.stringMatching(/^input 'mode': "sideways" is not allowed/) as unknown,
    });
    const errors = stdout.filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      'input \'mode\': "sideways" is not allowed — use one of: auto, build, reuse, promote, rollback, plan',
    );
  });

  it('masks the token and keeps it out of every message', async () => {
    setInputs({ image: 'api', 'github-token': 'ghs_supersecrettoken', 'tag-template': '{nope}' });
    process.env.GITHUB_WORKSPACE = dir;
    await run({ ...process.env });
    expect(stdout.join('')).toContain('::add-mask::ghs_supersecrettoken');
    expect(stdout.filter((l) => !l.startsWith('::add-mask::')).join('')).not.toContain(
      'ghs_supersecrettoken',
    );
  });
});
