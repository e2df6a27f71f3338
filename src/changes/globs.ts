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

interface CompiledPattern {
  negated: boolean;
  test: (file: string) => boolean;
}

/** Returns why `pattern` is not a usable glob, or undefined when it is fine. */
export function globProblem(pattern: string): string | undefined {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (body.trim() === '') return 'an empty pattern matches nothing';
  if (body !== body.trim()) return 'leading or trailing spaces are not allowed';
  if (body.startsWith('/'))
    return 'patterns are relative to the repository root; drop the leading "/"';
  if (body.includes('\\')) return 'use "/" as the path separator';
  if (body.split('/').some((seg) => seg === '..' || seg === '.')) {
    return '"." and ".." segments are not allowed; write the path from the repository root';
  }
  if (!balanced(body, '[', ']') || !balanced(body, '{', '}') || !balanced(body, '(', ')')) {
    return 'unbalanced brackets or braces';
  }
  try {
    picomatch.makeRe(body, { dot: true });
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  return undefined;
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

/** Compiles a validated pattern list into one matcher (last match wins). */
export function compileGlobs(patterns: readonly string[]): PathMatcher {
  const compiled: CompiledPattern[] = patterns.map((p) => {
    const negated = p.startsWith('!');
    return { negated, test: compileOne(negated ? p.slice(1) : p) };
  });
  if (compiled.length === 0) return () => false;
  // Fast path: without negations the answer is simply "any pattern matches".
  if (compiled.every((c) => !c.negated)) {
    return (file) => compiled.some((c) => c.test(file));
  }
  return (file) => {
    for (let i = compiled.length - 1; i >= 0; i--) {
      const c = compiled[i];
      if (c?.test(file)) return !c.negated;
    }
    return false;
  };
}

/**
 * One pattern → a test. The literal directory prefix picomatch finds (`services/api` in
 * `services/api/**`) is checked with string compares first, so most files of a large
 * diff never reach the RegExp.
 */
function compileOne(pattern: string): (file: string) => boolean {
  const re = picomatch.makeRe(pattern, { dot: true });
  const scan = picomatch.scan(pattern);
  if (scan.base.includes('\\') || scan.base === '') return (f) => re.test(f);
  if (!scan.isGlob) {
    const literal = scan.base;
    return (f) => f === literal;
  }
  const base = scan.base;
  const dir = `${base}/`;
  return (f) => (f === base || f.startsWith(dir)) && re.test(f);
}

/** Glob that matches everything under a directory (`.` is the repository root). */
export function directoryGlob(dir: string): string {
  return dir === '.' || dir === '' ? '**' : `${escapeGlob(dir)}/**`;
}

/** Escapes glob metacharacters so a literal path can be used as a pattern. */
export function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@]/g, (c) => `\\${c}`);
}
