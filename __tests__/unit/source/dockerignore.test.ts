/**
 * Docker's .dockerignore rules, as tables: reading the file, matching one pattern, deciding a
 * path as docker's walkers do (parents' results carried down), the legacy CLI's exceptions
 * for its own files, and BuildKit's `<Dockerfile>.dockerignore`. The integration test
 * __tests__/integration/build/context.test.ts holds the same rules to a real docker engine.
 */
import { describe, expect, it } from '@jest/globals';
import {
  contextFilter,
  DockerPatterns,
  goClean,
  readDockerignore,
} from '../../../src/source/dockerignore.js';

function excluded(lines: string[], path: string): boolean {
  const patterns = DockerPatterns.compile(lines);
  if (!patterns) throw new Error(`not compiled: ${JSON.stringify(lines)}`);
  return patterns.excludes(path);
}

describe('reading a .dockerignore', () => {
  it('drops comments, blank lines, a BOM and CRs; trims; cleans; drops one leading slash', () => {
    const text = [
      '\uFEFF# comment',
      '',
      '   ',
      '  node_modules/  ',
      ' # not a comment once indented',
      '!  keep/./me//',
      '/abs/path',
      'a/../b',
      './c\r',
      '\u00A0nbsp\u00A0',
      '!',
      '//',
    ].join('\n');
    expect(readDockerignore(text)).toEqual([
      'node_modules',
      '# not a comment once indented',
      '!keep/me',
      'abs/path',
      'b',
      'c',
      'nbsp',
      '!',
      '/',
    ]);
    expect(readDockerignore('a\nb')).toEqual(['a', 'b']);
  });

  it('refuses what docker cannot read: a line of 64 KiB', () => {
    expect(readDockerignore(`a\n${'x'.repeat(70_000)}\n`)).toBeUndefined();
  });

  it('cleans paths like filepath.Clean', () => {
    expect(
      ['', '.', './', 'a//b/', 'a/./b', 'a/../../b', '/..', '/a/../..', '../a', 'a/..'].map(
        goClean,
      ),
    ).toEqual(['.', '.', '.', 'a/b', 'a/b', '../b', '/', '/', '../a', '.']);
  });
});

describe('matching', () => {
  it.each<[string, string, boolean]>([
    // exact, prefix ("dir/**"), suffix ("**/x") and regexp patterns
    ['a.txt', 'a.txt', true],
    ['a.txt', 'sub/a.txt', false],
    ['*.md', 'README.md', true],
    ['*.md', 'docs/a.md', false],
    ['**/*.md', 'docs/a.md', true],
    ['**/*.md', 'a.md', true],
    ['**', 'any/thing', true],
    ['docs/**', 'docs/a/b', true],
    ['docs/**', 'docs', false],
    ['**/dir', 'dir', true],
    ['**/dir', 'x/dir', true],
    ['**/dir', 'x/ydir', false],
    ['**file', 'x/yfile', true],
    ['a**/*.txt', 'a/b/c.txt', true],
    ['a/*.txt', 'a/b/c.txt', false],
    ['abc?def', 'abcZdef', true],
    ['abc?def', 'abc/def', false],
    ['abc.def', 'abcXdef', false],
    ['a(b)c+$', 'a(b)c+$', true],
    ['a[b-d]e', 'ace', true],
    ['a[b-d]e', 'aae', false],
    ['a[^b-d]e', 'a/e', true],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['a]b', 'a]b', true],
    ['.*', '.env', true],
    ['.*', 'x/.env', false],
    // a directory's match carries to what is in it
    ['docs', 'docs/a/b.md', true],
    ['*/tmp', 'x/tmp/y', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(excluded([pattern], path)).toBe(expected);
  });

  it('the last pattern that matches decides, a parent directory counting as a match', () => {
    expect(excluded(['docs', '!docs/keep.md'], 'docs/keep.md')).toBe(false);
    expect(excluded(['docs', '!docs/keep.md'], 'docs/other.md')).toBe(true);
    expect(excluded(['*.go', '!main.go'], 'main.go')).toBe(false);
    expect(excluded(['!main.go', '*.go'], 'main.go')).toBe(true);
    expect(excluded(['**', '!src', 'src/gen'], 'src/a.ts')).toBe(false);
    expect(excluded(['**', '!src', 'src/gen'], 'src/gen/x.ts')).toBe(true);
    // A pattern skipped at the directory (it could not change the answer there) is tried on
    // the file itself only: docker's walk, not "the file or any parent matches".
    expect(excluded(['a', '!a/b/c', 'a'], 'a/b/c')).toBe(false);
    expect(excluded(['a', '!a/b/c', 'a'], 'a/b/d')).toBe(true);
  });

  it('leaves out what it cannot reproduce exactly, or docker refuses', () => {
    for (const lines of [['\\d'], ['[[:alpha:]]'], ['[a-]'], ['[z-a]'], ['!'], ['a/\\é'], ['*\\']])
      expect([lines, DockerPatterns.compile(lines)]).toEqual([lines, undefined]);
    expect(DockerPatterns.compile(['a\\'])?.excludes('a\\')).toBe(true);
  });

  it("the legacy CLI's older match, for its own files", () => {
    const p = DockerPatterns.compile(['docs', 'b/c']) as DockerPatterns;
    expect(p.legacyMatches('docs/Dockerfile')).toBe(true);
    // It tries one parent only: as deep as the pattern.
    expect(p.legacyMatches('b/c/d/Dockerfile')).toBe(true);
    expect(p.legacyMatches('x/b/c')).toBe(false);
    expect(p.legacyMatches('.')).toBe(false);
  });
});

describe('what docker sends from a context', () => {
  it('everything without a .dockerignore, or with one docker cannot use', () => {
    expect(contextFilter({}).all).toBe(true);
    expect(contextFilter({ contextIgnore: '# nothing\n' }).all).toBe(true);
    expect(contextFilter({ contextIgnore: '[[:alpha:]]\n' }).all).toBe(true);
  });

  it('the legacy CLI keeps the Dockerfile and .dockerignore it excludes', () => {
    const f = contextFilter({ contextIgnore: '*\n', dockerfile: 'Dockerfile' });
    expect(['Dockerfile', '.dockerignore', 'main.go'].map((p) => f.sends(p))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('BuildKit prefers <Dockerfile>.dockerignore: a file counts when either sends it', () => {
    const f = contextFilter({ contextIgnore: '*.md\n', dockerfileIgnore: '*.md\n*.log\n' });
    expect(['a.md', 'b.log', 'c.txt'].map((p) => f.sends(p))).toEqual([false, true, true]);
    // An empty one is read as such (no fallback): everything is sent.
    expect(contextFilter({ contextIgnore: '*.md\n', dockerfileIgnore: '' }).all).toBe(true);
  });
});
