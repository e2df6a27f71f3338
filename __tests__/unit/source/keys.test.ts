import { describe, expect, it, afterAll } from '@jest/globals';
import type { ImageConfig } from '../../../src/config/types.js';
import { InputError } from '../../../src/errors.js';
import { Git } from '../../../src/git.js';
import { checkSources, nearest } from '../../../src/source/check.js';
import { sourceKeys, type KeyImage } from '../../../src/source/keys.js';
import { parseLsTree, readTree, treeFromListing } from '../../../src/source/tree.js';
import { createRepo, removeTempDirs } from '../../support/git-fixtures.js';

afterAll(removeTempDirs);

const rules = {
  deployPaths: ['k8s/**'],
  ignorePaths: ['**/*.md', 'docs/**'],
};

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

async function keys(repo: ReturnType<typeof createRepo>, images: KeyImage[], rev = 'HEAD') {
  const git = new Git(repo.dir);
  const tree = await readTree(git, (await git.resolveCommit(rev)) as string);
  return sourceKeys(tree, images, rules);
}

describe('source keys', () => {
  it("change with the image's code only: not with docs, deploy config or other images", async () => {
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
    expect(before.get('api')?.files).toBe(2); // Dockerfile + main.go; README.md is ignored
    repo.commit({
      'docs/guide.md': 'more',
      'k8s/prod/kustomization.yaml': 'x: 1\n',
      'services/api/README.md': 'more',
    });
    const docs = await keys(repo, images);
    for (const name of ['api', 'web', 'shared'])
      expect(docs.get(name)?.key).toBe(before.get(name)?.key);
    repo.commit({ 'services/api/main.go': 'package main // v2\n' });
    const code = await keys(repo, images);
    expect(code.get('api')?.key).not.toBe(before.get('api')?.key);
    expect(code.get('web')?.key).toBe(before.get('web')?.key);
    // shared uses explicit paths plus api's Dockerfile (the Dockerfile always counts).
    expect(code.get('shared')?.key).toBe(before.get('shared')?.key);
    repo.commit({ 'services/api/main.go': 'package main\n' });
    // A revert gives the old key back: the old image is found again.
    expect((await keys(repo, images)).get('api')?.key).toBe(before.get('api')?.key);
  });

  it('count the mode, renames and the build recipe', async () => {
    const repo = createRepo(files);
    const base = (await keys(repo, [img('api')])).get('api')?.key;
    repo.git('update-index', '--chmod=+x', 'services/api/main.go');
    repo.git('commit', '-q', '-m', 'exec');
    const exec = (await keys(repo, [img('api')])).get('api')?.key;
    expect(exec).not.toBe(base);
    repo.git('mv', 'services/api/main.go', 'services/api/app.go');
    repo.git('commit', '-q', '-m', 'rename');
    expect((await keys(repo, [img('api')])).get('api')?.key).not.toBe(exec);
    const withArgs = (await keys(repo, [img('api', { buildArgs: { A: '1' } })])).get('api')?.key;
    const withTarget = (await keys(repo, [img('api', { target: 'prod' })])).get('api')?.key;
    const plain = (await keys(repo, [img('api')])).get('api')?.key;
    expect(new Set([withArgs, withTarget, plain]).size).toBe(3);
    // Build-arg order and platform order do not matter.
    expect(
      (
        await keys(repo, [
          img('api', { buildArgs: { A: '1', B: '2' }, platforms: ['linux/arm64', 'linux/amd64'] }),
        ])
      ).get('api')?.key,
    ).toBe(
      (
        await keys(repo, [
          img('api', { buildArgs: { B: '2', A: '1' }, platforms: ['linux/amd64', 'linux/arm64'] }),
        ])
      ).get('api')?.key,
    );
  });

  it('count submodule pointers and symlinks', async () => {
    const repo = createRepo(files);
    const base = (await keys(repo, [img('api')])).get('api')?.key;
    const sub = 'c'.repeat(40);
    repo.git('update-index', '--add', '--cacheinfo', `160000,${sub},services/api/vendor/lib`);
    repo.git('commit', '-q', '-m', 'submodule');
    const withSub = await keys(repo, [img('api')]);
    expect(withSub.get('api')?.key).not.toBe(base);
    expect(withSub.get('api')?.files).toBe(3);
    repo.git('update-index', '--cacheinfo', `160000,${'d'.repeat(40)},services/api/vendor/lib`);
    repo.git('commit', '-q', '-m', 'bump submodule');
    expect((await keys(repo, [img('api')])).get('api')?.key).not.toBe(withSub.get('api')?.key);
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
    expect(sourceKeys(b, [img('api')], rules)).toEqual(sourceKeys(a, [img('api')], rules));
    // A last record without its NUL is still a whole record.
    const unterminated = treeFromListing('c'.repeat(40), sorted.join('\0'));
    expect(unterminated.record(3)).toBe(a.record(3));
  });

  it('parses ls-tree output with odd names', () => {
    const out = ['100644 blob aaaa\tdir/a b.txt', '160000 commit bbbb\tsub', ''].join('\0');
    expect(parseLsTree(out)).toEqual([
      { mode: '100644', oid: 'aaaa', path: 'dir/a b.txt' },
      { mode: '160000', oid: 'bbbb', path: 'sub' },
    ]);
  });
});

describe('typos fail before anything is built', () => {
  const repo = createRepo(files);
  const tree = () => readTree(new Git(repo.dir), repo.head());

  function error(image: Partial<ImageConfig>): Promise<InputError> {
    return tree().then((t) => {
      try {
        checkSources(t, [
          { ...img('api'), value: 'auto', repository: undefined as never, ...image },
        ]);
      } catch (err) {
        if (err instanceof InputError) return err;
        throw err;
      }
      throw new Error('expected an InputError');
    });
  }

  it('a context that does not exist names the nearest one', async () => {
    const e = await error({ context: 'service/api', dockerfile: 'services/api/Dockerfile' });
    expect(e.message).toMatch(
      /image api: the context "service\/api" does not exist at [0-9a-f]{7} — did you mean "services\/api"\?/,
    );
  });

  it('a Dockerfile that does not exist, and paths that match nothing', async () => {
    expect((await error({ dockerfile: 'services/api/Dockerfil' })).message).toMatch(
      /did you mean "services\/api\/Dockerfile"/,
    );
    expect((await error({ paths: ['libs/shard/**'] })).message).toMatch(
      /paths pattern "libs\/shard\/\*\*" matches no file .* did you mean "libs\/shared"/,
    );
    // Negations and patterns that match are fine.
    await expect(
      tree().then((t) => {
        checkSources(t, [
          { ...img('api'), paths: ['services/api/**', '!**/*.md'] } as unknown as ImageConfig,
        ]);
      }),
    ).resolves.toBeUndefined();
  });

  it('nearest() only suggests close matches', () => {
    expect(nearest('services/apo', ['services/api', 'services/web'])).toBe('services/api');
    expect(nearest('completely-else', ['services/api'])).toBeUndefined();
  });
});
