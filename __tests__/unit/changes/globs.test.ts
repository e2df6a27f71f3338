import { describe, expect, it } from '@jest/globals';
import {
  compileGlobs,
  directoryGlob,
  escapeGlob,
  globProblem,
} from '../../../src/changes/globs.js';

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
    [[escapeGlob('svc/a[1]/Dockerfile')], 'svc/a[1]/Dockerfile', true],
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
});

describe('directoryGlob', () => {
  it('covers the root and subdirectories', () => {
    expect(directoryGlob('.')).toBe('**');
    expect(directoryGlob('services/api')).toBe('services/api/**');
  });
});
