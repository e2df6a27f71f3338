/**
 * The CLI as a user outside this repository gets it (docs/gitops.md: `npx --yes
 * github:<org>/image-promote#v1 …` installs the package from the repository, whose
 * package.json `bin` points at the committed dist/cli/index.js): `npm pack` the repository,
 * install the tarball into a directory outside it with no network, run the installed bin.
 *
 * --offline: the package's declared dependencies come from npm's cache, at the versions
 * package-lock.json pins (the project's own `npm ci` put them there). The bin must not need
 * them: it runs again after they are deleted.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeTempDirs, tempDir } from '../../support/git-fixtures.js';

afterAll(removeTempDirs);

const root = fileURLToPath(new URL('../../..', import.meta.url));

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  [key: string]: unknown;
}

interface PackageJson {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
  engines?: Record<string, string>;
}

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
    // --offline: npm may use its cache and nothing else.
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}

describe('the packed CLI', () => {
  it('installs from the npm pack tarball with no network and runs from an empty directory', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
    expect(pkg.bin).toEqual({ 'image-promote': 'dist/cli/index.js' });

    const out = tempDir('ip-pack-');
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out], root)) as {
      filename: string;
      files: { path: string }[];
    }[];
    const tarball = join(out, packed[0]?.filename ?? '');
    const files = packed[0]?.files.map((f) => f.path) ?? [];
    expect(files).toEqual(
      expect.arrayContaining(['package.json', 'action.yml', 'dist/cli/index.js', 'dist/index.js']),
    );
    // Only what runs: no sources, tests or node_modules.
    expect(
      files.filter((f) => !/^(dist\/|package\.json$|action\.yml$|README\.md$|LICENSE)/.test(f)),
    ).toEqual([]);

    // An otherwise empty directory, outside the repository. The lock only pins the
    // package's own dependencies to the project's versions, so npm finds them in its cache.
    const app = tempDir('ip-pack-app-');
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, LockEntry>;
    };
    const spec = `file:${tarball}`;
    const packages: Record<string, unknown> = {
      '': { name: 'try-image-promote', dependencies: { [pkg.name]: spec } },
      [`node_modules/${pkg.name}`]: {
        version: pkg.version,
        resolved: spec,
        integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
        bin: pkg.bin,
        ...(pkg.dependencies ? { dependencies: pkg.dependencies } : {}),
        ...(pkg.engines ? { engines: pkg.engines } : {}),
      },
    };
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path !== '' && entry.dev !== true && entry.devOptional !== true) packages[path] = entry;
    }
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        name: 'try-image-promote',
        private: true,
        dependencies: { [pkg.name]: spec },
      }),
    );
    writeFileSync(
      join(app, 'package-lock.json'),
      JSON.stringify({ name: 'try-image-promote', lockfileVersion: 3, requires: true, packages }),
    );
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], app);

    const bin = join(app, 'node_modules', '.bin', 'image-promote');
    expect(run(bin, ['--version'], app).trim()).toBe(pkg.version);
    const ref = JSON.parse(run(bin, ['ref', 'nginx'], app)) as Record<string, unknown>;
    expect(ref).toMatchObject({
      domain: 'docker.io',
      path: 'library/nginx',
      name: 'docker.io/library/nginx',
    });

    // dist/ is self-contained: the bin needs none of the dependencies npm installed.
    for (const entry of readdirSync(join(app, 'node_modules'))) {
      if (entry !== pkg.name && entry !== '.bin')
        rmSync(join(app, 'node_modules', entry), { recursive: true });
    }
    expect(readdirSync(join(app, 'node_modules')).sort()).toEqual(['.bin', pkg.name].sort());
    expect(JSON.parse(run(bin, ['ref', 'ghcr.io/acme/api:v1'], app))).toMatchObject({
      domain: 'ghcr.io',
      path: 'acme/api',
      tag: 'v1',
    });
  });
});
