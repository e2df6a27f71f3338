/**
 * Property tests: checkRefFormat (src/git.ts) against the real `git check-ref-format`
 * binary, for random strings built from the characters the rules are about, and for any
 * string. The binary runs outside a repository (so `--branch` does not expand `@{-1}`),
 * once per sample (from one shell); strings that argv cannot carry unchanged (NUL, a lone surrogate) are
 * refused by checkRefFormat and not passed to the binary.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import {
  checkRefFormat,
  isBranchName,
  isTagName,
  type RefFormatOptions,
} from '../../../src/git.js';

const outside = mkdtempSync(join(tmpdir(), 'ip-refformat-'));
afterAll(() => {
  rmSync(outside, { recursive: true, force: true });
});

const ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  // Never find a repository above the temporary directory.
  GIT_CEILING_DIRECTORIES: dirname(outside),
  LC_ALL: 'C',
};

/**
 * What git answers for each name (exit 0 or not): one shell runs the binary once per name,
 * which is much cheaper than one spawn from node per name.
 */
function gitSays(names: readonly string[], options: RefFormatOptions = {}): boolean[] {
  const flag = options.branch ? '--branch' : options.allowOneLevel ? '--allow-onelevel' : '';
  const script =
    'flag="$1"; shift; for n do ' +
    'if [ -n "$flag" ]; then git check-ref-format "$flag" "$n"; else git check-ref-format "$n"; fi ' +
    '>/dev/null 2>&1 && echo 1 || echo 0; done';
  const r = spawnSync('sh', ['-c', script, 'sh', flag, ...names], {
    cwd: outside,
    env: ENV,
    encoding: 'utf8',
  });
  if (r.error) throw r.error;
  const answers = r.stdout.split('\n').filter(Boolean);
  if (answers.length !== names.length) throw new Error(`sh answered ${answers.length} times`);
  return answers.map((a) => a === '1');
}

/** Strings argv carries as they are (UTF-8, no NUL). */
function passable(s: string): boolean {
  return !s.includes('\0') && Buffer.from(s, 'utf8').toString('utf8') === s;
}

/** The pieces the rules are about, so random names hit every rule often. */
const PIECES = [
  'a',
  'main',
  'v1.2',
  'refs',
  'heads',
  'feature',
  'é',
  '😀',
  '/',
  '//',
  '.',
  '..',
  '.lock',
  'lock',
  '@',
  '@{',
  '{',
  '}',
  '-',
  '--',
  'HEAD',
  ' ',
  '~',
  '^',
  ':',
  '?',
  '*',
  '[',
  ']',
  '\\',
  '\t',
  '\n',
  '\x01',
  '\x7f',
  '=',
  '+',
  '%',
  '#',
  "'",
  '"',
];

const refLike = fc
  .array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 8 })
  .map((parts) => parts.join(''));

/** Names of one or two pieces: `@`, `.`, `HEAD`, `-` alone and the like. */
const short = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 2 })
  .map((parts) => parts.join(''));

const anyString = fc.oneof(
  refLike,
  short,
  refLike.map((s) => `refs/heads/${s}`),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

describe('checkRefFormat is git check-ref-format', () => {
  const modes: [string, RefFormatOptions][] = [
    ['git check-ref-format', {}],
    ['git check-ref-format --allow-onelevel', { allowOneLevel: true }],
    ['git check-ref-format --branch', { branch: true }],
  ];
  for (const [command, options] of modes) {
    it(`agrees with \`${command}\` on random names`, () => {
      const seed = Date.now();
      const names = fc.sample(anyString, { numRuns: 600, seed });
      const passed = names.filter(passable);
      for (const name of names.filter((n) => !passable(n))) {
        expect(checkRefFormat(name, options)).toBe(false);
      }
      const git = gitSays(passed, options);
      const disagree = passed.filter((name, i) => checkRefFormat(name, options) !== git[i]);
      expect({ seed, disagree }).toEqual({ seed, disagree: [] });
    });
  }

  it('agrees on the classic cases', () => {
    const cases = [
      'main',
      'feature/x',
      'refs/heads/main',
      'refs/heads/--pathspec-from-file=/etc/passwd',
      '--pathspec-from-file=/etc/passwd',
      '-x',
      'HEAD',
      '@',
      'a/@',
      '@{-1}',
      'a@{b',
      'a..b',
      'a./b',
      'a/.b',
      'a.lock',
      'a.lock/b',
      'a/b.',
      '/a',
      'a/',
      'a//b',
      'a b',
      'a~1',
      'a^',
      'a:b',
      'a?',
      'a*',
      'a[b',
      'a\\b',
      'a\tb',
      'a\x7fb',
      'é/ü',
      '',
    ];
    for (const [, options] of modes) {
      const git = gitSays(cases, options);
      const ours = cases.map((name) => checkRefFormat(name, options));
      expect(cases.map((name, i) => [name, ours[i]])).toEqual(
        cases.map((name, i) => [name, git[i]]),
      );
    }
  });

  it('refuses what argv cannot carry unchanged', () => {
    expect(checkRefFormat('refs/heads/a\0b')).toBe(false);
    expect(checkRefFormat('refs/heads/a\uD800b')).toBe(false);
    expect(checkRefFormat('refs/heads/a\uDC00')).toBe(false);
    expect(checkRefFormat('refs/heads/😀')).toBe(true);
  });
});

describe('branch and tag names', () => {
  it('a branch name is --branch; a tag name is what git tag accepts', () => {
    expect(isBranchName('main')).toBe(true);
    expect(isBranchName('--pathspec-from-file=/root/.docker/config.json')).toBe(false);
    expect(isBranchName('HEAD')).toBe(false);
    expect(isTagName('v1.2.3')).toBe(true);
    expect(isTagName('-v1')).toBe(false);
    expect(isTagName('v1^{}')).toBe(false);
    fc.assert(
      fc.property(anyString, (name) => {
        expect(isTagName(name)).toBe(!name.startsWith('-') && checkRefFormat(`refs/tags/${name}`));
      }),
      { numRuns: 300 },
    );
  });
});
