/**
 * Source keys against real git repositories: which entries count (the context docker sends,
 * `.dockerignore` applied, symlinked contexts and Dockerfiles followed, `paths`), the key's
 * exact definition, and the typo checks that run on the same resolution.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { ImageConfig } from '../../../src/config/types.js';
import { InputError } from '../../../src/errors.js';
import { Git } from '../../../src/git.js';
import { checkSources, nearest, type CheckOptions } from '../../../src/source/check.js';
import {
  codeEntries,
  codeTest,
  SOURCE_KEY_VERSION,
  sourceKeys,
  sourceKeysAt,
  type KeyImage,
} from '../../../src/source/keys.js';
import { resolveSource, resolveSources, type ResolvedSource } from '../../../src/source/resolve.js';
import { readTree, treeFromListing, type Tree } from '../../../src/source/tree.js';
import { createRepo, removeTempDirs, type TempRepo } from '../../support/git-fixtures.js';

afterAll(removeTempDirs);

function img(name: string, over: Partial<KeyImage> = {}): KeyImage {
  return {
    name,
    context: `services/${name}`,
    dockerfile: `services/${name}/Dockerfile`,
    paths: [],
    buildArgs: {},
    platforms: [],
    ...over,
  };
}

const files = {
  'services/api/Dockerfile': 'FROM scratch\n',
  'services/api/main.go': 'package main\n',
  'services/api/README.md': '# api\n',
  'services/web/Dockerfile': 'FROM scratch\n',
  'services/web/index.ts': 'x\n',
  'libs/shared/util.go': 'package shared\n',
  'k8s/prod/kustomization.yaml': 'images: []\n',
  'docs/guide.md': '# guide\n',
};

/** Replaces `path` in the work tree with a symlink to `target`. */
function link(repo: TempRepo, path: string, target: string): void {
  const file = join(repo.dir, path);
  rmSync(file, { recursive: true, force: true });
  mkdirSync(dirname(file), { recursive: true });
  symlinkSync(target, file);
}

async function treeAt(repo: TempRepo, rev = 'HEAD'): Promise<{ git: Git; tree: Tree }> {
  const git = new Git(repo.dir);
  return { git, tree: await readTree(git, (await git.resolveCommit(rev)) as string) };
}

async function keys(repo: TempRepo, images: KeyImage[], rev = 'HEAD') {
  const { git, tree } = await treeAt(repo, rev);
  return (await sourceKeysAt(git, tree, images)).keys;
}

async function keyOf(repo: TempRepo, image: KeyImage): Promise<string | undefined> {
  return (await keys(repo, [image])).get(image.name)?.key;
}

/** The paths an image's key is made of. */
async function keyed(repo: TempRepo, image: KeyImage): Promise<string[]> {
  const { git, tree } = await treeAt(repo);
  const source = (await resolveSources(git, tree, [image])).get(image.name);
  if (!source || 'problem' in source) throw new Error(`unresolved: ${JSON.stringify(source)}`);
  return codeEntries(tree, image, source).map((i) => tree.paths[i] as string);
}

describe('source keys', () => {
  it('change with the files docker sends from the context, not with docs, deploy config or other images', async () => {
    const repo = createRepo(files);
    const images = [
      img('api'),
      img('web'),
      img('shared', {
        context: '.',
        dockerfile: 'services/api/Dockerfile',
        paths: ['libs/shared/**'],
      }),
    ];
    const before = await keys(repo, images);
    // v2: the README is in the context and docker sends it; ignore-paths take nothing out.
    expect(before.get('api')?.files).toBe(3);
    repo.commit({ 'docs/guide.md': 'more', 'k8s/prod/kustomization.yaml': 'x: 1\n' });
    const docs = await keys(repo, images);
    for (const name of ['api', 'web', 'shared'])
      expect(docs.get(name)?.key).toBe(before.get(name)?.key);
    repo.commit({ 'services/api/README.md': 'more' });
    const readme = await keys(repo, images);
    expect(readme.get('api')?.key).not.toBe(before.get('api')?.key);
    expect(readme.get('web')?.key).toBe(before.get('web')?.key);
    repo.commit({ 'services/api/main.go': 'package main // v2\n' });
    const code = await keys(repo, images);
    expect(code.get('api')?.key).not.toBe(readme.get('api')?.key);
    expect(code.get('web')?.key).toBe(before.get('web')?.key);
    // shared uses explicit paths plus api's Dockerfile (the Dockerfile always counts).
    expect(code.get('shared')?.key).toBe(before.get('shared')?.key);
    repo.commit({ 'services/api/main.go': 'package main\n', 'services/api/README.md': '# api\n' });
    // A revert gives the old key back: the old image is found again.
    expect((await keys(repo, images)).get('api')?.key).toBe(before.get('api')?.key);
  });

  it('a docs site (context docs) changes with its pages, whatever ignore-paths say', async () => {
    const repo = createRepo({ ...files, 'docs/Dockerfile': 'FROM scratch\nCOPY . /site/\n' });
    const site = img('site', { context: 'docs', dockerfile: 'docs/Dockerfile' });
    const before = await keyOf(repo, site);
    repo.commit({ 'docs/guide.md': '# guide, updated\n' });
    expect(await keyOf(repo, site)).not.toBe(before);
  });

  it('is exactly sha256 over the version, the recipe and the entries docker sends', async () => {
    const repo = createRepo({
      'svc/Dockerfile': 'FROM scratch\n',
      'svc/a.txt': 'a\n',
      'svc/skip.log': 'x\n',
      'svc/.dockerignore': '*.log\n',
      'other.txt': 'o\n',
    });
    const image = img('svc', { context: 'svc', dockerfile: 'svc/Dockerfile', target: 'prod' });
    const listing = repo.git('ls-tree', '-r', '--full-tree', 'HEAD');
    const record = (path: string): string => {
      const line = listing.split('\n').find((l) => l.endsWith(`\t${path}`)) as string;
      const [mode, , oid] = line.split(/\s+/);
      return `${mode as string} ${oid as string}\t${path}\0`;
    };
    const recipe = JSON.stringify({
      context: 'svc',
      dockerfile: 'svc/Dockerfile',
      target: 'prod',
      buildArgs: [],
      platforms: [],
    });
    const expected = createHash('sha256')
      .update(`image-promote source key v2\n${recipe}\n`)
      .update(['svc/.dockerignore', 'svc/Dockerfile', 'svc/a.txt'].map(record).join(''))
      .digest('hex');
    expect(SOURCE_KEY_VERSION).toBe('image-promote source key v2');
    expect(await keyOf(repo, image)).toBe(expected);
  });

  it('.dockerignore: ignored files do not count, files an exception brings back do', async () => {
    const repo = createRepo({
      ...files,
      'services/api/.dockerignore': '# docs stay out\n*.md\ndocs\n!docs/keep.md\n',
      'services/api/docs/a.md': 'a\n',
      'services/api/docs/keep.md': 'keep\n',
    });
    const api = img('api');
    expect(await keyed(repo, api)).toEqual([
      'services/api/.dockerignore',
      'services/api/Dockerfile',
      'services/api/docs/keep.md',
      'services/api/main.go',
    ]);
    const base = await keyOf(repo, api);
    repo.commit({ 'services/api/README.md': 'ignored\n', 'services/api/docs/a.md': 'b\n' });
    expect(await keyOf(repo, api)).toBe(base);
    repo.commit({ 'services/api/docs/keep.md': 'changed\n' });
    const kept = await keyOf(repo, api);
    expect(kept).not.toBe(base);
    // The .dockerignore itself always counts (it decides what is sent).
    repo.commit({ 'services/api/.dockerignore': '*.md\ndocs\n!docs/keep.md\n' });
    expect(await keyOf(repo, api)).not.toBe(kept);
  });

  it('<Dockerfile>.dockerignore: a file counts when either builder sends it', async () => {
    const repo = createRepo({
      'app/Dockerfile': 'FROM scratch\n',
      'app/Dockerfile.dockerignore': '*.md\n*.log\n',
      'app/.dockerignore': '*.md\n',
      'app/a.md': 'a\n',
      'app/b.log': 'b\n',
      'app/c.txt': 'c\n',
    });
    const app = img('app', { context: 'app', dockerfile: 'app/Dockerfile' });
    // a.md: neither sends it. b.log: the legacy builder (.dockerignore) does.
    expect(await keyed(repo, app)).toEqual([
      'app/.dockerignore',
      'app/Dockerfile',
      'app/Dockerfile.dockerignore',
      'app/b.log',
      'app/c.txt',
    ]);
    // The Dockerfile's own ignore file sits beside the Dockerfile, named after it.
    const named = img('app', { context: 'app', dockerfile: 'build/api.Dockerfile' });
    repo.commit({
      'build/api.Dockerfile': 'FROM scratch\n',
      'build/api.Dockerfile.dockerignore': '*\n',
    });
    expect(await keyed(repo, named)).toContain('build/api.Dockerfile.dockerignore');
  });

  it('paths: what the image is built from, less what .dockerignore keeps docker from sending', async () => {
    const repo = createRepo({
      ...files,
      '.dockerignore': '**/*.md\n',
      'libs/shared/NOTES.md': 'n\n',
    });
    const shared = img('shared', {
      context: '.',
      dockerfile: 'services/api/Dockerfile',
      paths: ['libs/**'],
    });
    expect(await keyed(repo, shared)).toEqual([
      '.dockerignore',
      'libs/shared/util.go',
      'services/api/Dockerfile',
    ]);
    // A file outside the context counts when paths names it.
    const outside = img('api', { paths: ['services/api/**', 'libs/**'] });
    expect(await keyed(repo, outside)).toContain('libs/shared/NOTES.md');
  });

  it('count the mode, renames and the build recipe', async () => {
    const repo = createRepo(files);
    const base = await keyOf(repo, img('api'));
    repo.git('update-index', '--chmod=+x', 'services/api/main.go');
    repo.git('commit', '-q', '-m', 'exec');
    const exec = await keyOf(repo, img('api'));
    expect(exec).not.toBe(base);
    repo.git('mv', 'services/api/main.go', 'services/api/app.go');
    repo.git('commit', '-q', '-m', 'rename');
    expect(await keyOf(repo, img('api'))).not.toBe(exec);
    const withArgs = await keyOf(repo, img('api', { buildArgs: { A: '1' } }));
    const withTarget = await keyOf(repo, img('api', { target: 'prod' }));
    const plain = await keyOf(repo, img('api'));
    expect(new Set([withArgs, withTarget, plain]).size).toBe(3);
    // Build-arg order and platform order do not matter.
    expect(
      await keyOf(
        repo,
        img('api', { buildArgs: { A: '1', B: '2' }, platforms: ['linux/arm64', 'linux/amd64'] }),
      ),
    ).toBe(
      await keyOf(
        repo,
        img('api', { buildArgs: { B: '2', A: '1' }, platforms: ['linux/amd64', 'linux/arm64'] }),
      ),
    );
  });

  it('count submodule pointers, and symlinks inside the context as links', async () => {
    const repo = createRepo(files);
    const base = await keyOf(repo, img('api'));
    const sub = 'c'.repeat(40);
    repo.git('update-index', '--add', '--cacheinfo', `160000,${sub},services/api/vendor/lib`);
    repo.git('commit', '-q', '-m', 'submodule');
    const withSub = (await keys(repo, [img('api')])).get('api');
    expect(withSub?.key).not.toBe(base);
    expect(withSub?.files).toBe(4);
    repo.git('update-index', '--cacheinfo', `160000,${'d'.repeat(40)},services/api/vendor/lib`);
    repo.git('commit', '-q', '-m', 'bump submodule');
    const bumped = await keyOf(repo, img('api'));
    expect(bumped).not.toBe(withSub?.key);
    // A symlink inside the context is sent as a link: its target path counts, not the target.
    link(repo, 'services/api/shared', '../../libs/shared');
    repo.commit({}, 'link');
    const linked = await keyOf(repo, img('api'));
    expect(linked).not.toBe(bumped);
    repo.commit({ 'libs/shared/util.go': 'package shared // v2\n' });
    expect(await keyOf(repo, img('api'))).toBe(linked);
  });

  it('a symlinked context is the directory it points to', async () => {
    const repo = createRepo({
      'real/api/Dockerfile': 'FROM scratch\n',
      'real/api/main.go': 'v1\n',
      'real/api2/Dockerfile': 'FROM scratch\n',
      'real/api2/main.go': 'v2\n',
    });
    link(repo, 'services/api', '../real/api');
    repo.commit({}, 'link the context');
    const api = img('api');
    expect(await keyed(repo, api)).toEqual([
      'real/api/Dockerfile',
      'real/api/main.go',
      'services/api',
    ]);
    const base = await keyOf(repo, api);
    repo.commit({ 'real/api/main.go': 'v1.1\n' });
    const edited = await keyOf(repo, api);
    expect(edited).not.toBe(base);
    // Pointing the link elsewhere changes what is built, and the key.
    link(repo, 'services/api', '../real/api2');
    repo.commit({}, 'relink');
    expect(await keyOf(repo, api)).not.toBe(edited);
    // A link to a link, and a directory of the path that is a link, are followed too.
    link(repo, 'services', 'elsewhere');
    link(repo, 'elsewhere/api', '../real/api');
    repo.commit({}, 'links all the way');
    expect(await keyed(repo, api)).toEqual([
      'elsewhere/api',
      'real/api/Dockerfile',
      'real/api/main.go',
      'services',
    ]);
  });

  it("a symlinked Dockerfile counts with its target's content", async () => {
    const repo = createRepo({
      'docker/api.Dockerfile': 'FROM scratch\nCOPY main.go /\n',
      'services/api/main.go': 'x\n',
    });
    link(repo, 'services/api/Dockerfile', '../../docker/api.Dockerfile');
    repo.commit({}, 'link the Dockerfile');
    const api = img('api');
    expect(await keyed(repo, api)).toEqual([
      'docker/api.Dockerfile',
      'services/api/Dockerfile',
      'services/api/main.go',
    ]);
    const base = await keyOf(repo, api);
    repo.commit({ 'docker/api.Dockerfile': 'FROM scratch\nCOPY main.go /app/\n' });
    expect(await keyOf(repo, api)).not.toBe(base);
  });

  it('.gitattributes on the way to a keyed file count: they decide the bytes checked out', async () => {
    const repo = createRepo({
      ...files,
      '.gitattributes': '*.go text\n',
      'docs/.gitattributes': 'x\n',
    });
    const base = await keyOf(repo, img('api'));
    expect(await keyed(repo, img('api'))).toContain('.gitattributes');
    repo.commit({ 'docs/.gitattributes': 'y\n' });
    expect(await keyOf(repo, img('api'))).toBe(base);
    repo.commit({ '.gitattributes': '*.go text eol=crlf\n' });
    expect(await keyOf(repo, img('api'))).not.toBe(base);
  });

  it('codeTest agrees with codeEntries on every path of the tree', async () => {
    const repo = createRepo({
      ...files,
      'services/api/.dockerignore': '*.md\n!README.md\ntmp\n',
      'services/api/tmp/x': 'x\n',
      'services/api/docs/a.md': 'a\n',
    });
    link(repo, 'services/web', 'api');
    repo.commit({}, 'web is api');
    const { git, tree } = await treeAt(repo);
    const images = [
      img('api'),
      img('web'),
      img('mixed', {
        context: 'services/api',
        dockerfile: 'services/api/Dockerfile',
        paths: ['services/**', 'libs/**', '!**/main.go'],
      }),
    ];
    const sources = await resolveSources(git, tree, images);
    for (const image of images) {
      const source = sources.get(image.name) as ResolvedSource;
      expect(source).toHaveProperty('always');
      const test = codeTest(image, source);
      const entries = codeEntries(tree, image, source).map((i) => tree.paths[i]);
      expect([image.name, tree.paths.filter(test)]).toEqual([image.name, entries]);
    }
  });

  it('keys a listing git printed out of JavaScript order like the sorted one', () => {
    const sorted = [
      '100644 blob 1111\tservices/api/Dockerfile',
      '160000 commit 4444\tservices/api/vendor',
      '100755 blob 2222\tservices/api/\u{1F600}.go',
      '120000 blob 3333\tservices/api/\uFF21.go',
    ];
    // git orders bytes: U+FF21 (EF…) before U+1F600 (F0…); JavaScript orders UTF-16 units
    // (U+1F600 is D83D DE00, before FF21).
    const gitOrder = [sorted[0], sorted[1], sorted[3], sorted[2]];
    const a = treeFromListing('c'.repeat(40), `${sorted.join('\0')}\0`);
    const b = treeFromListing('c'.repeat(40), `${gitOrder.join('\0')}\0`);
    expect(b.paths).toEqual(a.paths);
    expect([...b.paths]).toEqual([...b.paths].sort());
    expect(b.entries).toEqual(a.entries);
    expect(b.entries[3]).toEqual({ mode: '120000', oid: '3333', path: 'services/api/\uFF21.go' });
    expect(b.record(1)).toBe('160000 4444\tservices/api/vendor\0');
    const out: string[] = [];
    b.appendRecords([0, 1, 2, 3], out);
    expect(out.join('')).toBe([0, 1, 2, 3].map((i) => a.record(i)).join(''));
    // Nothing to read from git here: no symlink on the way, no ignore file.
    const resolved = (t: Tree) => {
      const r = resolveSource(t, img('api'), new Map());
      if ('need' in r) throw new Error('needs blobs');
      return new Map([['api', r]]);
    };
    expect(sourceKeys(b, [img('api')], resolved(b))).toEqual(
      sourceKeys(a, [img('api')], resolved(a)),
    );
    // A last record without its NUL is still a whole record.
    const unterminated = treeFromListing('c'.repeat(40), sorted.join('\0'));
    expect(unterminated.record(3)).toBe(a.record(3));
  });

  it('parses ls-tree output with odd names', () => {
    const out = ['100644 blob aaaa\tdir/a b.txt', '160000 commit bbbb\tsub', ''].join('\0');
    expect(treeFromListing('c', out).entries).toEqual([
      { mode: '100644', oid: 'aaaa', path: 'dir/a b.txt' },
      { mode: '160000', oid: 'bbbb', path: 'sub' },
    ]);
  });
});

describe('typos fail before anything is built', () => {
  async function error(
    repo: TempRepo,
    image: Partial<ImageConfig>,
    options: CheckOptions = {},
  ): Promise<InputError> {
    const { git, tree } = await treeAt(repo);
    const config = { ...img('api'), value: 'auto', repository: undefined as never, ...image };
    const sources = await resolveSources(git, tree, [config]);
    try {
      checkSources(tree, [config as ImageConfig], sources, options);
    } catch (err) {
      if (err instanceof InputError) return err;
      throw err;
    }
    throw new Error('expected an InputError');
  }

  async function passes(repo: TempRepo, image: Partial<ImageConfig>): Promise<void> {
    const { git, tree } = await treeAt(repo);
    const config = { ...img('api'), value: 'auto', repository: undefined as never, ...image };
    checkSources(tree, [config as ImageConfig], await resolveSources(git, tree, [config]));
  }

  const repo = createRepo(files);

  it('a context that does not exist names the nearest one', async () => {
    const e = await error(repo, { context: 'service/api', dockerfile: 'services/api/Dockerfile' });
    expect(e.message).toMatch(
      /image api: the context "service\/api" does not exist at [0-9a-f]{7} — did you mean "services\/api"\?/,
    );
  });

  it('a Dockerfile that does not exist, and paths that match nothing', async () => {
    expect((await error(repo, { dockerfile: 'services/api/Dockerfil' })).message).toMatch(
      /did you mean "services\/api\/Dockerfile"/,
    );
    expect((await error(repo, { dockerfile: 'servics/api/Dockerfile' })).message).toMatch(
      /did you mean "services\/api\/Dockerfile"/,
    );
    expect((await error(repo, { paths: ['libs/shard/**'] })).message).toMatch(
      /paths pattern "libs\/shard\/\*\*" matches no file .* did you mean "libs\/shared"/,
    );
    expect((await error(repo, { context: 'services/api/main.go' })).message).toMatch(
      /the context "services\/api\/main.go" is a file at [0-9a-f]{7}, not a directory/,
    );
    // Negations and patterns that match are fine.
    await expect(passes(repo, { paths: ['services/api/**', '!**/*.md'] })).resolves.toBeUndefined();
  });

  it('symlinked contexts and Dockerfiles pass; ones that leave the repository or loop do not', async () => {
    const linked = createRepo({ 'real/api/Dockerfile': 'FROM scratch\n', 'real/x': 'x\n' });
    link(linked, 'services/api', '../real/api');
    link(linked, 'df/Dockerfile', '../real/api/Dockerfile');
    link(linked, 'out/up', '../../outside');
    link(linked, 'out/abs', '/etc');
    link(linked, 'loop/a', 'b');
    link(linked, 'loop/b', 'a');
    link(linked, 'dangling/api', '../real/apj');
    linked.commit({}, 'links');
    await expect(passes(linked, { dockerfile: 'df/Dockerfile' })).resolves.toBeUndefined();
    expect((await error(linked, { context: 'out/up' })).message).toMatch(
      /^input 'images': image api: the context "out\/up" leads out of the repository at [0-9a-f]{7} \(out\/up → \.\.\/\.\.\/outside\).* — point the symlink inside the repository, or set context to the real path/,
    );
    expect((await error(linked, { context: 'out/abs' })).message).toMatch(
      /the context "out\/abs" leads out of the repository .*\(out\/abs → \/etc\)/,
    );
    expect((await error(linked, { dockerfile: 'loop/a' })).message).toMatch(
      /image api: the symlinks of the Dockerfile "loop\/a" loop at [0-9a-f]{7} \(loop\/a → b, loop\/b → a, /,
    );
    expect((await error(linked, { context: 'dangling/api' })).message).toMatch(
      /the context "dangling\/api" does not exist at [0-9a-f]{7} \(dangling\/api → \.\.\/real\/apj\) — did you mean "real\/api"\?/,
    );
  });

  it('an overlay this run writes must not be part of the source', async () => {
    const root = createRepo({ ...files, Dockerfile: 'FROM scratch\n' });
    const image = { name: 'app', context: '.', dockerfile: 'Dockerfile' };
    const written = { written: ['k8s/prod/kustomization.yaml'] };
    expect((await error(root, image, written)).message).toMatch(
      /image app: the overlay k8s\/prod\/kustomization.yaml, which this run writes, is part of its source \(docker sends it from the context "\."\).* — add "k8s\/prod\/kustomization.yaml" to \.dockerignore \(docker then never sends it\), or set paths/,
    );
    expect((await error(root, { paths: ['services/api/**', 'k8s/**'] }, written)).message).toMatch(
      /\(paths names it\).* — leave k8s\/prod\/kustomization.yaml out of paths$/,
    );
    root.commit({ '.dockerignore': 'k8s\n' });
    const { git, tree } = await treeAt(root);
    const config = { ...img('app'), ...image, value: 'auto', repository: undefined as never };
    expect(() => {
      checkSources(tree, [config as ImageConfig], new Map(), written);
    }).toThrow(/internal error/);
    const sources = await resolveSources(git, tree, [config]);
    expect(() => {
      checkSources(tree, [config as ImageConfig], sources, written);
    }).not.toThrow();
  });

  it('nearest() only suggests close matches', () => {
    expect(nearest('services/apo', ['services/api', 'services/web'])).toBe('services/api');
    expect(nearest('completely-else', ['services/api'])).toBeUndefined();
  });
});
