/**
 * Path globs with one documented rule: patterns are read in order and the LAST pattern
 * that matches a file decides; a `!` pattern un-matches. So `['k8s/**', '!k8s/crds/**']`
 * means "k8s except crds", and a list of only `!` patterns matches nothing.
 *
 * picomatch over minimatch: it compiles each pattern to one RegExp up front, which is what
 * a 20,000-file × 30-image classification needs, and it is the engine behind micromatch,
 * whose syntax users already know from dorny/paths-filter.
 */
import picomatch from 'picomatch';

export type PathMatcher = (file: string) => boolean;

/** A compiled pattern; `literal`/`dir` ones can also be answered by range over sorted paths. */
type Shape = { kind: 'literal'; path: string } | { kind: 'dir'; base: string } | { kind: 'other' };

interface CompiledPattern {
  negated: boolean;
  shape: Shape;
  test: PathMatcher;
}

/** Returns why `pattern` is not a usable glob, or undefined when it is fine. */
export function globProblem(pattern: string): string | undefined {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (body.trim() === '') return 'an empty pattern matches nothing';
  if (body !== body.trim()) return 'leading or trailing spaces are not allowed';
  if (body.startsWith('/'))
    return 'patterns are relative to the repository root; drop the leading "/"';
  if (body.includes('\\')) return 'use "/" as the path separator';
  if (body.endsWith('/'))
    return `a trailing "/" matches nothing; write "${body}**" for everything inside`;
  if (body.split('/').some((seg) => seg === '..' || seg === '.')) {
    return '"." and ".." segments are not allowed; write the path from the repository root';
  }
  if (!balanced(body, '[', ']') || !balanced(body, '{', '}') || !balanced(body, '(', ')')) {
    return 'unbalanced brackets or braces';
  }
  // A path, `dir/**` or `**/*.ext` (the usual shapes) compiles; others are checked by picomatch.
  if (simpleShape(body)) return undefined;
  try {
    picomatch.makeRe(body, { dot: true });
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  return undefined;
}

/** Patterns compileOne answers with string compares, without picomatch. */
function simpleShape(pattern: string): boolean {
  // picomatch refuses patterns longer than 64 KiB, whatever their shape.
  if (pattern.length > 64 * 1024) return false;
  if (pattern === '**' || shapeOf(pattern).kind !== 'other') return true;
  const suffix = /^\*\*\/\*([^/]+)$/.exec(pattern);
  return suffix?.[1] !== undefined && !GLOB_CHARS.test(suffix[1]);
}

function balanced(s: string, open: string, close: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === open) depth++;
    else if (c === close) {
      depth--;
      if (depth < 0) return false;
    }
  }
  return depth === 0;
}

/** A validated pattern list, compiled once (last match wins). */
export class GlobList {
  private readonly compiled: CompiledPattern[];
  /** Whether `firstMatch` can answer by binary search (every positive pattern a path or dir). */
  private readonly rangeable: boolean;
  readonly matches: PathMatcher;

  constructor(patterns: readonly string[] | { compiled: CompiledPattern[] }) {
    this.compiled =
      'compiled' in patterns
        ? patterns.compiled
        : patterns.map((p) => {
            const negated = p.startsWith('!');
            const body = negated ? p.slice(1) : p;
            return { negated, shape: shapeOf(body), test: compileOne(body) };
          });
    const compiled = this.compiled;
    // Negated patterns only remove matches, so only the positive ones need a known range.
    this.rangeable = compiled.every((c) => c.negated || c.shape.kind !== 'other');
    if (compiled.length === 0) this.matches = () => false;
    else if (compiled.every((c) => !c.negated)) {
      // Without negations the answer is simply "any pattern matches".
      this.matches = (file) => {
        for (const c of compiled) if (c.test(file)) return true;
        return false;
      };
    } else {
      this.matches = (file) => {
        for (let i = compiled.length - 1; i >= 0; i--) {
          const c = compiled[i] as CompiledPattern;
          if (c.test(file)) return !c.negated;
        }
        return false;
      };
    }
  }

  /**
   * The same list without the patterns that cannot match anything under `dir` ('' is the
   * repository root): for paths under `dir` (and `dir` itself) it answers exactly as this
   * one does, with fewer tests per path. Patterns are not compiled again.
   */
  within(dir: string): GlobList {
    if (dir === '') return this;
    const kept = this.compiled.filter(({ shape }) => {
      if (shape.kind === 'literal') return shape.path === dir || shape.path.startsWith(`${dir}/`);
      if (shape.kind === 'dir') {
        const base = shape.base;
        return base === dir || dir.startsWith(`${base}/`) || base.startsWith(`${dir}/`);
      }
      return true;
    });
    return kept.length === this.compiled.length ? this : new GlobList({ compiled: kept });
  }

  /**
   * Every path of `sorted` that matches, in order. Like firstMatch, only the ranges of
   * literal and directory patterns are visited when every positive pattern has one.
   */
  allMatches(sorted: readonly string[]): string[] {
    return this.allMatchIndices(sorted).map((i) => sorted[i] as string);
  }

  /** The indices into `sorted` of every path that matches, ascending. */
  allMatchIndices(sorted: readonly string[]): number[] {
    if (!this.rangeable) {
      const all: number[] = [];
      for (let i = 0; i < sorted.length; i++) if (this.matches(sorted[i] as string)) all.push(i);
      return all;
    }
    // One ascending run of indices per pattern; runs that do not overlap (the usual case:
    // different directories) are put in order whole, without sorting their indices. `runs`
    // is indexed by pattern (sparse): Object.values gives the runs in pattern order.
    const runs: number[][] = [];
    this.scanRanges(sorted, (i, p) => {
      (runs[p] ??= []).push(i);
      return false;
    });
    return inOrder(Object.values(runs));
  }

  /**
   * Some path of `sorted` (ascending, as `<` orders strings) that matches, or undefined.
   * When every positive pattern is a path or a directory, only the files inside their
   * ranges (found by binary search) can match, so an image whose paths saw no change costs
   * a few comparisons, not a pass over a 20,000-file diff.
   */
  firstMatch(sorted: readonly string[]): string | undefined {
    if (!this.rangeable) return sorted.find(this.matches);
    let first: string | undefined;
    this.scanRanges(sorted, (i) => {
      first = sorted[i];
      return true;
    });
    return first;
  }

  /**
   * Calls `found(i, p)` for each index `i` of `sorted` in the range of the positive pattern
   * `p` (its path, or its directory and what is inside) whose path matches: pattern by
   * pattern, ascending within each, until `found` returns true.
   */
  private scanRanges(sorted: readonly string[], found: (i: number, p: number) => boolean): void {
    for (const [p, { shape, negated }] of this.compiled.entries()) {
      if (negated || shape.kind === 'other') continue;
      const base = shape.kind === 'literal' ? shape.path : shape.base;
      const at = lowerBound(sorted, base);
      if (sorted[at] === base && this.matches(base) && found(at, p)) return;
      if (shape.kind === 'literal') continue;
      const dir = `${base}/`;
      for (let i = lowerBound(sorted, dir); i < sorted.length; i++) {
        const f = sorted[i] as string;
        if (!f.startsWith(dir)) break;
        if (this.matches(f) && found(i, p)) return;
      }
    }
  }
}

/** Ascending runs as one ascending list without duplicates. */
function inOrder(runs: number[][]): number[] {
  if (runs.length <= 1) return runs[0] ?? [];
  runs.sort((a, b) => (a[0] as number) - (b[0] as number));
  for (let i = 1; i < runs.length; i++) {
    // Overlapping runs (a directory inside another's): sort the indices themselves.
    if ((runs[i - 1]?.at(-1) as number) >= (runs[i]?.[0] as number))
      return ascendingUnique(runs.flat());
  }
  return runs.flat();
}

/** Sorts and drops duplicates (ranges of several patterns may overlap or come out of order). */
export function ascendingUnique(indices: number[]): number[] {
  let sorted = true;
  for (let i = 1; i < indices.length; i++) {
    if ((indices[i - 1] as number) >= (indices[i] as number)) {
      sorted = false;
      break;
    }
  }
  if (sorted) return indices;
  indices.sort((a, b) => a - b);
  return indices.filter((v, i) => i === 0 || v !== indices[i - 1]);
}

/** Index of the first element of `sorted` that is >= `value`. */
export function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of `value` in `sorted`, or undefined when it is not there. */
export function indexIn(sorted: readonly string[], value: string): number | undefined {
  const at = lowerBound(sorted, value);
  return sorted[at] === value ? at : undefined;
}

/** Compiles a validated pattern list into one matcher (last match wins). */
export function compileGlobs(patterns: readonly string[]): PathMatcher {
  return new GlobList(patterns).matches;
}

// Characters that make a pattern more than a literal path (escapes included).
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;

// One pattern → a test. The shapes path filters are mostly made of are answered with
// string compares: `dir/**` by a prefix, `**` + `/*.md` by a suffix, a plain path by
// equality. Otherwise the literal directory prefix picomatch finds is checked before the
// RegExp, so most files of a large diff never reach it. A unit test holds every shortcut
// to picomatch's own answers.
function shapeOf(pattern: string): Shape {
  if (!GLOB_CHARS.test(pattern)) return { kind: 'literal', path: pattern };
  const dirOnly = /^(.+)\/\*\*$/.exec(pattern);
  if (dirOnly?.[1] !== undefined && !GLOB_CHARS.test(dirOnly[1]))
    return { kind: 'dir', base: dirOnly[1] };
  return { kind: 'other' };
}

// A pattern always compiles to the same test: compiled once per process (the Classifier,
// source keys and the typo checks all compile the images' patterns).
const compiledTests = new Map<string, PathMatcher>();

function compileOne(pattern: string): PathMatcher {
  let test = compiledTests.get(pattern);
  if (!test) compiledTests.set(pattern, (test = compileTest(pattern)));
  return test;
}

function compileTest(pattern: string): PathMatcher {
  if (pattern === '**') return () => true;
  const shape = shapeOf(pattern);
  if (shape.kind === 'literal') return (f) => f === shape.path;
  if (shape.kind === 'dir') {
    const { base } = shape;
    const dir = `${base}/`;
    return (f) => f === base || f.startsWith(dir);
  }
  const suffix = /^\*\*\/\*([^/]+)$/.exec(pattern);
  if (suffix?.[1] !== undefined && !GLOB_CHARS.test(suffix[1])) {
    const end = suffix[1];
    return (f) => f.endsWith(end);
  }
  // `dir/**/*.ext`: under `dir`, ending in `.ext` (`**` is any depth, `*` no `/`).
  const under = /^(.+)\/\*\*\/\*([^/]+)$/.exec(pattern);
  if (
    under?.[1] !== undefined &&
    under[2] !== undefined &&
    !GLOB_CHARS.test(under[1]) &&
    !GLOB_CHARS.test(under[2])
  ) {
    const dir = `${under[1]}/`;
    const end = under[2];
    return (f) => f.startsWith(dir) && f.length - dir.length >= end.length && f.endsWith(end);
  }
  const re = picomatch.makeRe(pattern, { dot: true });
  const scan = picomatch.scan(pattern);
  if (scan.base.includes('\\') || scan.base === '') return (f) => re.test(f);
  const base = scan.base;
  const dir = `${base}/`;
  return (f) => (f === base || f.startsWith(dir)) && re.test(f);
}
