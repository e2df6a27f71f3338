/**
 * The files a source key counts are the files docker sends: random small contexts with random
 * `.dockerignore` files are committed, keyed (src/source/keys.ts) and built by the real docker
 * engine (legacy builder, `FROM scratch` + `COPY . /ctx/`), and the image's file list is
 * compared with the keyed files. What the two may differ in, and only that, is what the
 * source documents: the Dockerfile and `.dockerignore` always count (the daemon drops them
 * from the image when they are excluded), and a file the legacy walker never looks at because
 * it skips an excluded directory still counts.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Git } from '../../../src/git.js';
import { DockerPatterns, goClean, readDockerignore } from '../../../src/source/dockerignore.js';
import { codeEntries } from '../../../src/source/keys.js';
import { resolveSources } from '../../../src/source/resolve.js';
import { readTree } from '../../../src/source/tree.js';
import { createRepo, removeTempDirs, tempDir } from '../../support/git-fixtures.js';

const execFileP = promisify(execFile);

afterAll(removeTempDirs);

const DOCKERFILE = 'FROM scratch\nCOPY . /ctx/\n';

async function docker(args: string[]): Promise<string> {
  const { stdout } = await execFileP('docker', args, {
    env: { ...process.env, DOCKER_BUILDKIT: '0' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

/** The files and symlinks under /ctx of an image built from `dir`, relative to /ctx. */
async function sent(dir: string): Promise<string[]> {
  const tag = `ip-context-${randomBytes(6).toString('hex')}`;
  await docker(['build', '-q', '-t', tag, dir]);
  const container = (await docker(['create', tag, '/none'])).trim();
  const out = tempDir('ip-export-');
  try {
    await docker(['export', '-o', join(out, 'fs.tar'), container]);
    const { stdout } = await execFileP('tar', ['-tvf', join(out, 'fs.tar')], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout
      .split('\n')
      .filter((l) => l.startsWith('-') || l.startsWith('l'))
      .map((l) => /\sctx\/(.+?)(?: -> .*)?$/.exec(l)?.[1] ?? '')
      .filter((p) => p !== '')
      .sort();
  } finally {
    await docker(['rm', container]);
    await docker(['rmi', '-f', tag]);
  }
}

interface Case {
  files: string[];
  links: [string, string][];
  ignore: string;
}

/** Builds the case in a repository (context `ctx/`) and returns what is keyed and sent. */
async function run(c: Case): Promise<{ keyed: string[]; sent: string[]; repo: string }> {
  const repo = createRepo();
  const files: Record<string, string> = { 'ctx/Dockerfile': DOCKERFILE };
  for (const f of c.files) files[`ctx/${f}`] = `${f}\n`;
  if (c.ignore !== '') files['ctx/.dockerignore'] = c.ignore;
  repo.write(files);
  for (const [path, target] of c.links) {
    const file = join(repo.dir, 'ctx', path);
    mkdirSync(dirname(file), { recursive: true });
    symlinkSync(target, file);
  }
  repo.commit({}, 'case');
  const git = new Git(repo.dir);
  const tree = await readTree(git, repo.head());
  const image = {
    name: 'ctx',
    context: 'ctx',
    dockerfile: 'ctx/Dockerfile',
    paths: [],
  };
  const source = (await resolveSources(git, tree, [image])).get('ctx');
  if (!source || 'problem' in source) throw new Error(JSON.stringify(source));
  const keyed = codeEntries(tree, image, source)
    .map((i) => tree.paths[i] as string)
    .filter((p) => p.startsWith('ctx/'))
    .map((p) => p.slice('ctx/'.length));
  return { keyed, sent: await sent(join(repo.dir, 'ctx')), repo: repo.dir };
}

/**
 * The legacy walker's shortcut (moby/go-archive TarWithOptions): an excluded directory is not
 * entered unless an exception's text, plus "/", starts with the directory's path plus "/".
 */
function skippedByLegacyWalk(path: string, ignore: string): boolean {
  const lines = readDockerignore(ignore) ?? [];
  const withOwn = [...lines];
  const plain = DockerPatterns.compile(lines);
  if (plain?.legacyMatches('.dockerignore')) withOwn.push('!.dockerignore');
  if (DockerPatterns.compile(withOwn)?.legacyMatches('Dockerfile')) withOwn.push('!Dockerfile');
  const patterns = DockerPatterns.compile(withOwn);
  if (!patterns) return false;
  const exceptions = withOwn
    .map((l) => goClean(l.trim()))
    .filter((l) => l.startsWith('!'))
    .map((l) => l.slice(1));
  const parts = path.split('/');
  for (let d = 1; d < parts.length; d++) {
    const dir = parts.slice(0, d).join('/');
    if (!patterns.excludes(dir)) continue;
    if (!exceptions.some((e) => `${e}/`.startsWith(`${dir}/`))) return true;
  }
  return false;
}

/** The daemon drops the Dockerfile and .dockerignore from the context when they are excluded. */
function droppedByDaemon(path: string, ignore: string): boolean {
  if (path !== 'Dockerfile' && path !== '.dockerignore') return false;
  const patterns = DockerPatterns.compile(readDockerignore(ignore) ?? []);
  return patterns?.legacyMatches(path) === true;
}

function check(c: Case, result: { keyed: string[]; sent: string[] }): void {
  const keyed = new Set(result.keyed);
  // Everything docker sent is keyed…
  expect(result.sent.filter((p) => !keyed.has(p))).toEqual([]);
  // …and what is keyed but not sent is exactly what the module comment says.
  const sent = new Set(result.sent);
  const unsent = result.keyed.filter((p) => !sent.has(p));
  const explained = unsent.filter(
    (p) => droppedByDaemon(p, c.ignore) || skippedByLegacyWalk(p, c.ignore),
  );
  expect(unsent).toEqual(explained);
  expect(keyed.has('Dockerfile')).toBe(true);
  if (c.ignore !== '') expect(keyed.has('.dockerignore')).toBe(true);
}

const NAMES = ['a', 'b', '.c', 'd.md', 'e.go', 'tmp', 'docs'];

const pathArb = fc
  .array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('/'));

const segmentArb = fc.constantFrom(
  ...NAMES,
  '*',
  '**',
  '?',
  '*.md',
  'e*',
  '[a-c]',
  '[^a]',
  '.*',
  'd.m?',
);

const lineArb = fc
  .tuple(
    fc.constantFrom('', '', '', '!', '! '),
    fc.constantFrom('', '', '/', './'),
    fc.array(segmentArb, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('', '', '/', ' '),
  )
  .map(([bang, lead, segs, tail]) => `${bang}${lead}${segs.join('/')}${tail}`);

const ignoreArb = fc
  .array(fc.oneof({ weight: 8, arbitrary: lineArb }, fc.constantFrom('# note', '')), {
    maxLength: 6,
  })
  .map((lines) => (lines.length === 0 ? '' : `${lines.join('\n')}\n`));

/** Files (no path both a file and a directory), a few symlinks, a .dockerignore. */
const caseArb: fc.Arbitrary<Case> = fc
  .tuple(
    fc.uniqueArray(pathArb, { minLength: 1, maxLength: 10 }),
    fc.array(fc.tuple(pathArb, fc.constantFrom('a', '../b', 'nowhere', '../../x')), {
      maxLength: 2,
    }),
    ignoreArb,
  )
  .map(([paths, links, ignore]) => {
    const taken: string[] = ['Dockerfile', '.dockerignore'];
    const fits = (p: string): boolean =>
      !taken.some((t) => t === p || t.startsWith(`${p}/`) || p.startsWith(`${t}/`));
    const files: string[] = [];
    for (const p of paths) {
      if (!fits(p)) continue;
      taken.push(p);
      files.push(p);
    }
    const kept: [string, string][] = [];
    for (const [p, target] of links) {
      const link = `${p}.lnk`;
      if (!fits(link)) continue;
      taken.push(link);
      kept.push([link, target]);
    }
    return { files, links: kept, ignore };
  });

describe('keyed files = the files docker sends (real engine, legacy builder)', () => {
  it('for hand-picked rules', async () => {
    const cases: Case[] = [
      // An exception inside an excluded directory brings one file back.
      {
        files: ['docs/a.md', 'docs/keep.md', 'main.go'],
        links: [],
        ignore: 'docs\n!docs/keep.md\n',
      },
      // "*.md" is top-level only; "**/*.md" is everywhere.
      { files: ['a.md', 'sub/b.md', 'sub/c.go'], links: [], ignore: '*.md\n' },
      { files: ['a.md', 'sub/b.md', 'sub/c.go'], links: [], ignore: '**/*.md\n' },
      // A pattern the directory skipped is tried on the file itself only.
      { files: ['a/b/c', 'a/b/d'], links: [], ignore: 'a\n!a/b/c\na\n' },
      // Everything out: the CLI keeps its own Dockerfile and .dockerignore in the context.
      { files: ['x', 'y/z'], links: [['l', '../outside']], ignore: '*\n' },
      // An exception the legacy walker never reaches (its text does not start with "tmp/").
      { files: ['tmp/keep', 'tmp/drop'], links: [], ignore: 'tmp\n!**/keep\n' },
    ];
    for (const c of cases) check(c, await run(c));
  }, 180_000);

  it('for random contexts and .dockerignore files', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        check(c, await run(c));
      }),
      { numRuns: 20 },
    );
  }, 600_000);
});
