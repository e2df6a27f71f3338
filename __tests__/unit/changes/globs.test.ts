import { describe, expect, it } from '@jest/globals';
import picomatch from 'picomatch';
import { compileGlobs, GlobList, globProblem } from '../../../src/changes/globs.js';

describe('compileGlobs: the last matching pattern decides', () => {
  const table: [string[], string, boolean][] = [
    [['k8s/**'], 'k8s/prod/kustomization.yaml', true],
    [['k8s/**'], 'k8s', true],
    [['k8s/**'], 'k8sx/a', false],
    [['k8s/**', '!k8s/crds/**'], 'k8s/crds/a.yaml', false],
    [['k8s/**', '!k8s/crds/**'], 'k8s/app/a.yaml', true],
    [['k8s/**', '!k8s/crds/**', 'k8s/crds/keep.yaml'], 'k8s/crds/keep.yaml', true],
    [['!docs/**'], 'docs/a.md', false],
    [['!docs/**'], 'src/a.ts', false],
    [['**/*.md'], 'README.md', true],
    [['**/*.md'], 'a/b/c.md', true],
    [['.github/**'], '.github/workflows/ci.yml', true],
    [['**'], '.hidden/file', true],
    [['services/{api,web}/**'], 'services/web/x', true],
    [['services/{api,web}/**'], 'services/worker/x', false],
    [['Dockerfile'], 'Dockerfile', true],
    [['Dockerfile'], 'sub/Dockerfile', false],
    [['svc/a\\[1\\]/Dockerfile'], 'svc/a[1]/Dockerfile', true],
    [[], 'anything', false],
  ];
  it.each(table)('%j matches %s → %s', (patterns, file, expected) => {
    expect(compileGlobs(patterns)(file)).toBe(expected);
  });
});

describe('globProblem', () => {
  it.each([
    ['', /empty/],
    ['!', /empty/],
    ['/abs/**', /leading "\/"/],
    ['a\\b', /separator/],
    ['../x/**', /"\."/],
    ['src/[abc', /unbalanced/],
    ['src/{a,b', /unbalanced/],
  ])('%j is rejected', (pattern, message) => {
    expect(globProblem(pattern)).toMatch(message);
  });
  it('accepts normal patterns', () => {
    for (const p of ['**/*.md', '!docs/**', 'services/api/**', '{a,b}/*.go', '.github/**'])
      expect(globProblem(p)).toBeUndefined();
  });
  it('answers as picomatch does for the shapes it checks without picomatch', () => {
    // Paths, `dir/**` and `**/*.ext` skip picomatch, except where picomatch would refuse.
    for (const p of ['a', 'k8s/**', '**', '**/*.tar.gz', 'x y/**', `${'a/'.repeat(40000)}**`]) {
      let expected: string | undefined;
      try {
        picomatch.makeRe(p, { dot: true });
      } catch (err) {
        expected = (err as Error).message;
      }
      expect(globProblem(p)).toBe(expected);
    }
    expect(globProblem(`${'a/'.repeat(40000)}**`)).toMatch(/exceeds maximum allowed length/);
  });
});

describe('compileGlobs shortcuts agree with picomatch', () => {
  const patterns = [
    '**',
    'k8s/**',
    '.github/**',
    '**/*.md',
    '**/*_test.go',
    '**/Dockerfile',
    'Dockerfile',
    'services/api',
    'services/*/main.go',
    'services/{api,web}/**',
    'libs/**/src/*.ts',
    'a[bc]/**',
    '**/.env',
    'docs/**/*.md',
    'services/api/**/*_test.go',
    'k8s/**/.env',
    'services/**/*.md',
  ];
  const dirs = [
    '',
    'k8s/',
    'k8s/prod/',
    '.github/workflows/',
    'services/api/',
    'services/api/pkg/',
    'services/api/.hidden/deep/',
    'services/web/',
    'services/',
    'libs/x/src/',
    'ab/',
    'docs/a/',
    'a.md/',
    'k8sx/',
  ];
  const names = [
    'Dockerfile',
    'README.md',
    '.md',
    'x_test.go',
    '_test.go',
    'main.go',
    'api',
    '.env',
    'index.ts',
    'a.md',
    'md',
    'file',
  ];
  const files = dirs.flatMap((d) => names.map((n) => `${d}${n}`));

  it.each(patterns)('%s', (pattern) => {
    const re = picomatch(pattern, { dot: true });
    const ours = compileGlobs([pattern]);
    const disagree = files.filter((f) => ours(f) !== re(f));
    expect(disagree).toEqual([]);
  });
});

describe('GlobList.firstMatch (binary search over sorted paths)', () => {
  const files = [
    'Dockerfile',
    'k8s',
    'k8s-other/a',
    'k8s/a.yaml',
    'k8s/crds/b.yaml',
    'libs/ui/a_test.go',
    'libs/ui/button.tsx',
    'services/api',
    'services/api-v2/x.go',
    'services/api/main.go',
    'services/api/main_test.go',
  ].sort();
  it.each<[string[]]>([
    [['k8s/**']],
    [['k8s/**', '!k8s/**/*.yaml']],
    [['k8s/**', '!k8s/crds/**']],
    [['services/api/**', '!services/api/**/*_test.go']],
    [['services/api/**', '!services/api/**']],
    [['libs/ui/**', '!**/*_test.go']],
    [['Dockerfile']],
    [['nothing/**', 'also-not']],
    [['services/*/main.go']],
    [['!k8s/**']],
  ])('%j agrees with a linear scan', (patterns) => {
    const list = new GlobList(patterns);
    for (let n = 0; n <= files.length; n++) {
      // Every prefix of the list, so ranges at the ends are exercised too.
      const sorted = files.slice(0, n);
      const found = list.firstMatch(sorted);
      expect(found !== undefined).toBe(sorted.some(list.matches));
      if (found !== undefined) expect(list.matches(found)).toBe(true);
    }
  });
});

describe('GlobList.allMatchIndices (ranges over sorted paths)', () => {
  const files = [
    'Dockerfile',
    'k8s',
    'k8s-other/a',
    'k8s/a.yaml',
    'k8s/crds/b.yaml',
    'libs/ui/a_test.go',
    'libs/ui/button.tsx',
    'services/api',
    'services/api-v2/x.go',
    'services/api/main.go',
    'services/api/main_test.go',
  ].sort();
  it.each<[string[]]>([
    [['k8s/**']],
    [['k8s/**', '!k8s/**/*.yaml']],
    [['services/api/**', 'k8s/**', 'Dockerfile', 'k8s/a.yaml']],
    [['services/api/**', '!services/api/**/*_test.go', 'services/api/main_test.go']],
    [['libs/ui/**', '!**/*_test.go']],
    [['services/*/main.go']],
    [['!k8s/**']],
    [[]],
  ])('%j: ascending, unique, and what a linear scan finds', (patterns) => {
    const list = new GlobList(patterns);
    for (let n = 0; n <= files.length; n++) {
      const sorted = files.slice(0, n);
      const indices = list.allMatchIndices(sorted);
      const expected = sorted.flatMap((f, i) => (list.matches(f) ? [i] : []));
      expect(indices).toEqual(expected);
      expect(list.allMatches(sorted)).toEqual(expected.map((i) => sorted[i]));
    }
  });
});

describe('GlobList.within (only the patterns that can match under a directory)', () => {
  const files = [
    'k8s',
    'k8s/a.yaml',
    'k8s/crds/b.yaml',
    'k8s-other/a.yaml',
    'services/api',
    'services/api/README.md',
    'services/api/main.go',
    'services/api-v2/x.go',
    'docs/a.md',
  ];
  it.each<[string[]]>([
    [['k8s/**', '!k8s/crds/**', '**/*.md']],
    [['docs/**', 'services/api/main.go', '!services/api/**']],
    [['services/**', '!services/api-v2/**', 'k8s']],
    [['**', '!k8s/**']],
    [[]],
  ])('%j answers as the whole list for every path under the directory', (patterns) => {
    const list = new GlobList(patterns);
    for (const dir of ['', 'k8s', 'k8s/crds', 'services', 'services/api', 'docs', 'none']) {
      const under = files.filter((f) => dir === '' || f === dir || f.startsWith(`${dir}/`));
      const sub = list.within(dir);
      expect(under.map((f) => sub.matches(f))).toEqual(under.map((f) => list.matches(f)));
    }
  });
});
