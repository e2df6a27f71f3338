/**
 * The CLI as a user outside this repository gets it (README, "The command line": `npx --yes
 * github:<org>/image-promote#v1 …` installs the package from the repository, whose
 * package.json `bin` points at the committed dist/cli/index.js): `npm pack` the repository,
 * then, in empty directories outside it and with no network (`--offline`):
 *
 * - `npm install` of the tarball installs the package and nothing else: everything the CLI
 *   runs is bundled in dist/, the package declares no runtime dependencies;
 * - `npx image-promote --help` runs it, from the installed package and straight from the
 *   tarball.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeTempDirs, tempDir } from '../../support/git-fixtures.js';

afterAll(removeTempDirs);

const root = fileURLToPath(new URL('../../..', import.meta.url));

interface PackageJson {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

function run(cmd: string, args: string[], cwd: string, home: string): string {
  return execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
    // A cache of its own: nothing the project's installs put there can help.
    env: {
      ...process.env,
      npm_config_update_notifier: 'false',
      npm_config_cache: join(home, 'npm-cache'),
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    },
  });
}

describe('the packed CLI', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
  const home = tempDir('ip-pack-home-');
  const out = tempDir('ip-pack-');
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', out], root, home),
  ) as { filename: string; files: { path: string }[] }[];
  const tarball = join(out, packed[0]?.filename ?? '');

  it('declares no runtime dependencies and ships only what runs', () => {
    expect(pkg.bin).toEqual({ 'image-promote': 'dist/cli/index.js' });
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    const files = packed[0]?.files.map((f) => f.path) ?? [];
    expect(files).toEqual(
      expect.arrayContaining(['package.json', 'action.yml', 'dist/cli/index.js', 'dist/index.js']),
    );
    // Only what runs: no sources, tests or node_modules.
    expect(
      files.filter((f) => !/^(dist\/|package\.json$|action\.yml$|README\.md$|LICENSE)/.test(f)),
    ).toEqual([]);
  });

  it('installs with no network into an empty directory: the package alone, and it runs', () => {
    const app = tempDir('ip-pack-app-');
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'try-image-promote', private: true }),
    );
    run('npm', ['install', tarball], app, home);
    // npm's own bookkeeping (.bin, .package-lock.json) and the package: nothing else.
    expect(readdirSync(join(app, 'node_modules')).filter((e) => !e.startsWith('.'))).toEqual([
      pkg.name,
    ]);
    const help = run('npx', ['--no-install', 'image-promote', '--help'], app, home);
    expect(help).toMatch(/^usage: image-promote <command> \[options\]/);
    expect(help).toMatch(/^ {2}deploy +/m);
    const bin = join(app, 'node_modules', '.bin', 'image-promote');
    expect(run(bin, ['--version'], app, home).trim()).toBe(pkg.version);
    expect(JSON.parse(run(bin, ['ref', 'ghcr.io/acme/api:v1'], app, home))).toMatchObject({
      domain: 'ghcr.io',
      path: 'acme/api',
      tag: 'v1',
    });
  });

  it('runs with npx straight from the package, in a temporary directory outside the repository', () => {
    const elsewhere = tempDir('ip-npx-');
    const help = run(
      'npx',
      ['--yes', `--package=${tarball}`, 'image-promote', '--help'],
      elsewhere,
      home,
    );
    expect(help).toMatch(/^usage: image-promote <command> \[options\]/);
  });
});
