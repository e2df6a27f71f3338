/**
 * Which files of a build context docker sends: `.dockerignore` with docker's exact semantics.
 * Pure. The rules, as docker's own code implements them — the pattern matcher the docker CLI,
 * the legacy builder's context walk and BuildKit's file sync share, its `.dockerignore` reader,
 * and the CLI's and BuildKit's choice of ignore file (checked against a real engine by
 * __tests__/integration/build/context.test.ts):
 *
 * Reading the file
 *   - Lines end at "\n" (a "\r" before it is dropped); a UTF-8 BOM on the first line is dropped.
 *   - A line that starts with "#" (before any trimming) is a comment.
 *   - Leading and trailing white space is trimmed (Go's unicode.IsSpace); empty lines are
 *     skipped. A leading "!" makes the pattern an exception; white space after it is trimmed.
 *   - Each pattern is cleaned like Go's filepath.Clean ("./a//b/" → "a/b", "a/../b" → "b")
 *     and one leading "/" is dropped: patterns are relative to the context root.
 *
 * Matching one pattern against a path relative to the context ("a/b/c")
 *   - "*" is any run of characters but "/", "?" one character but "/", "[…]" a character
 *     class ("[^…]" negated; unlike "*" and "?" a class can match "/"), "\x" the character x.
 *   - "**" is any number of directories, including none: "**" then "/x" matches "x" and "a/b/x";
 *     "a/**" matches everything under "a" (not "a" itself); a pattern that is only "**"
 *     matches everything.
 *   - Otherwise the pattern must equal the whole path: "a" matches "a", not "b/a" (but a
 *     pattern that matches a directory takes everything in it, see below).
 *
 * Deciding a path: docker walks the context from the root, and for each path reads the
 * patterns in order, the last one that matches deciding (a "!" pattern un-excludes). A
 * pattern that matched a path's parent directory counts as matching the path too
 * (`MatchesUsingParentResults`), so excluding "docs" excludes "docs/a.md", and "!docs/keep.md"
 * after it brings that one file back. A pattern is only tried where it could change the answer
 * so far (an exception on an excluded path, an exclusion on a sent one), and only what it
 * matched at a directory carries down: with "a", "!a/b/c", "a", the file "a/b/c" is sent.
 *
 * Which .dockerignore: the legacy builder reads `<context>/.dockerignore`; BuildKit prefers
 * `<Dockerfile>.dockerignore` next to the Dockerfile (`Dockerfile.dockerignore`,
 * `api.Dockerfile.dockerignore`) and falls back to `<context>/.dockerignore`. The legacy CLI
 * adds exceptions for the Dockerfile and `.dockerignore` when the patterns would exclude them
 * (TrimBuildFilesFromExcludes, with patternmatcher's older `Matches`). Since the same source
 * may be built by either, a file counts as sent when either builder sends it.
 *
 * Differences kept on purpose, each on the side of counting more:
 *   - Both walkers may skip an excluded directory without looking inside when they judge no
 *     exception can bring a file back (the legacy one unless an exception's text starts with
 *     the directory's path). A file such a skip drops is still counted here.
 *   - A .dockerignore docker cannot read (a line of 64 KiB or more, a lone "!") or a pattern
 *     whose Go regular expression this module does not reproduce exactly (a "\" before a
 *     letter, digit or non-ASCII character, a character class other than plain characters
 *     and ranges) excludes nothing here: every file counts. Docker either fails such a build
 *     or sends a subset of what is counted.
 */

/** A .dockerignore docker would read, as its pattern lines; undefined when it cannot. */
export function readDockerignore(text: string): string[] | undefined {
  const patterns: string[] = [];
  const lines = text.split('\n');
  // A final "\n" ends the last line; it does not start another.
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    // bufio.Scanner refuses a line (with its end) longer than its 64 KiB buffer.
    if (Buffer.byteLength(line, 'utf8') + 1 >= 64 * 1024) return undefined;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (i === 0 && line.startsWith('\uFEFF')) line = line.slice(1);
    if (line.startsWith('#')) continue;
    let pattern = goTrimSpace(line);
    if (pattern === '') continue;
    const invert = pattern.startsWith('!');
    if (invert) pattern = goTrimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = goClean(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    patterns.push(invert ? `!${pattern}` : pattern);
  }
  return patterns;
}

// Go's unicode.IsSpace: the ASCII white space, U+0085, U+00A0 and the Unicode space separators.
const GO_SPACE =
  '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const TRIM = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');

/** strings.TrimSpace. */
function goTrimSpace(s: string): string {
  return s.replace(TRIM, '');
}

/** filepath.Clean for "/"-separated paths. */
export function goClean(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

interface Pattern {
  exclusion: boolean;
  /** The pattern as patternmatcher keeps it (cleaned, without "!"). */
  text: string;
  /** Its "/"-separated parts (for the older Matches). */
  dirs: string[];
  test: (path: string) => boolean;
}

// Characters patternmatcher escapes because they mean something in a regexp only.
const REGEXP_ONLY = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

/** One character as a JavaScript regexp (u flag) that matches it literally. */
function literalChar(c: string): string {
  return /^[A-Za-z0-9_]$/.test(c) ? c : `\\u{${(c.codePointAt(0) as number).toString(16)}}`;
}

/**
 * A character class at `chars[at]` ("[") in the shapes whose Go and JavaScript meanings agree:
 * an optional "^", then plain characters and ranges `a-z` (low ≤ high), then "]". Returns the
 * JavaScript class and the index after "]", or undefined.
 */
function simpleClass(
  chars: readonly string[],
  at: number,
): { source: string; end: number } | undefined {
  let i = at + 1;
  let source = '[';
  if (chars[i] === '^') {
    source += '^';
    i++;
  }
  const plain = (c: string | undefined): c is string =>
    c !== undefined && !['\\', '[', ']', '-', '*', '?', '/', '^'].includes(c);
  let items = 0;
  for (;;) {
    const c = chars[i];
    if (c === ']' && items > 0) return { source: `${source}]`, end: i + 1 };
    if (!plain(c)) return undefined;
    if (chars[i + 1] === '-') {
      const hi = chars[i + 2];
      if (!plain(hi) || (c.codePointAt(0) as number) > (hi.codePointAt(0) as number))
        return undefined;
      source += `${literalChar(c)}-${literalChar(hi)}`;
      i += 3;
    } else {
      source += literalChar(c);
      i++;
    }
    items++;
  }
}

/**
 * patternmatcher's Pattern.compile, reproduced: the match type it detects and, for regexp
 * patterns, the same regular expression in JavaScript. Undefined when the Go regexp has
 * constructs whose meaning is not reproduced here (see the module comment).
 */
function compilePattern(text: string): ((path: string) => boolean) | undefined {
  const chars = Array.from(text);
  let type: MatchType = 'exact';
  let source = '^';
  let i = 0;
  for (let k = 0; k < chars.length; i++) {
    const ch = chars[k++] as string;
    if (ch === '*') {
      if (chars[k] === '*') {
        k++;
        if (chars[k] === '/') k++;
        if (k === chars.length) {
          if (type === 'exact') type = 'prefix';
          else {
            source += '[^\\n]*';
            type = 'regexp';
          }
        } else {
          source += '(?:[^\\n]*/)?';
          type = 'regexp';
        }
        if (i === 0) type = 'suffix';
      } else {
        source += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      source += '[^/]';
      type = 'regexp';
    } else if (REGEXP_ONLY.has(ch)) {
      source += literalChar(ch);
    } else if (ch === '\\') {
      const next = chars[k];
      if (next === undefined) {
        // A trailing "\" stays in the regexp, which Go then refuses to compile.
        if (type === 'regexp') return undefined;
        source += '\\\\';
        continue;
      }
      // Go's regexp reads "\" before ASCII punctuation (or space) as that character.
      if (!/^[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]$/.test(next)) return undefined;
      source += literalChar(next);
      k++;
      type = 'regexp';
    } else if (ch === '[') {
      const cls = simpleClass(chars, k - 1);
      if (!cls) return undefined;
      source += cls.source;
      // The class's characters go through the same loop in Go, but none of them is special.
      i += chars.slice(k, cls.end).length;
      k = cls.end;
      type = 'regexp';
    } else if (ch === ']') {
      source += literalChar(ch);
      type = 'regexp';
    } else if (ch === '^') {
      // Not escaped by patternmatcher: an anchor in Go's regexp as in JavaScript's.
      source += '^';
    } else {
      source += literalChar(ch);
    }
  }
  switch (type) {
    case 'exact':
      return (path) => path === text;
    case 'prefix': {
      const prefix = text.slice(0, -2);
      return (path) => path.startsWith(prefix);
    }
    case 'suffix': {
      const suffix = text.slice(2);
      return (path) =>
        path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
    }
    case 'regexp': {
      let re: RegExp;
      try {
        re = new RegExp(`${source}$`, 'u');
      } catch {
        return undefined;
      }
      return (path) => re.test(path);
    }
  }
}

/** A compiled pattern list, matched the way docker's context walkers match it. */
export class DockerPatterns {
  /** Per directory, which patterns matched it (`MatchInfo`), as the walk computes them. */
  private readonly dirInfo = new Map<string, boolean[]>();

  private constructor(private readonly patterns: readonly Pattern[]) {}

  /** patternmatcher.New; undefined when docker refuses the list or it is not reproduced. */
  static compile(lines: readonly string[]): DockerPatterns | undefined {
    const patterns: Pattern[] = [];
    for (const line of lines) {
      let p = goTrimSpace(line);
      if (p === '') continue;
      p = goClean(p);
      let exclusion = false;
      if (p.startsWith('!')) {
        if (p.length === 1) return undefined;
        exclusion = true;
        p = p.slice(1);
      }
      const test = compilePattern(p);
      if (!test) return undefined;
      patterns.push({ exclusion, text: p, dirs: p.split('/'), test });
    }
    return new DockerPatterns(patterns);
  }

  get empty(): boolean {
    return this.patterns.length === 0;
  }

  /**
   * Whether docker leaves `path` (relative to the context, "/"-separated) out when it walks
   * the context: `MatchesUsingParentResults`, fed the results of the path's directories.
   */
  excludes(path: string): boolean {
    if (this.patterns.length === 0) return false;
    const slash = path.lastIndexOf('/');
    const parent = slash === -1 ? undefined : this.infoOf(path.slice(0, slash));
    // The same loop as match(), without recording what matched: files have nothing inside.
    let matched = false;
    const { patterns } = this;
    for (let i = 0; i < patterns.length; i++) {
      const p = patterns[i] as Pattern;
      if ((parent !== undefined && parent[i] === true) || (p.exclusion === matched && p.test(path)))
        matched = !p.exclusion;
    }
    return matched;
  }

  private infoOf(dir: string): boolean[] {
    const known = this.dirInfo.get(dir);
    if (known) return known;
    const slash = dir.lastIndexOf('/');
    const parent = slash === -1 ? undefined : this.infoOf(dir.slice(0, slash));
    const { info } = this.match(dir, parent);
    this.dirInfo.set(dir, info);
    return info;
  }

  /**
   * MatchesUsingParentResults. `parent` is undefined for a top-level path (the walk passes the
   * zero MatchInfo, and a top-level path has no directories to try instead).
   */
  private match(
    file: string,
    parent: boolean[] | undefined,
  ): { matched: boolean; info: boolean[] } {
    let matched = false;
    const info = new Array<boolean>(this.patterns.length).fill(false);
    this.patterns.forEach((p, i) => {
      // A pattern that matched the directory matches what is in it, whatever came before.
      let match = parent ? (parent[i] as boolean) : false;
      if (!match) {
        if (p.exclusion !== matched) return;
        match = p.test(file);
      }
      info[i] = match;
      if (match) matched = !p.exclusion;
    });
    return { matched, info };
  }

  /** The matcher's older `Matches`, which the docker CLI uses for its own files. */
  legacyMatches(file: string): boolean {
    file = goClean(file);
    if (file === '.') return false;
    const slash = file.lastIndexOf('/');
    const parentDirs = slash === -1 ? ['.'] : file.slice(0, slash).split('/');
    let matched = false;
    for (const p of this.patterns) {
      if (p.exclusion !== matched) continue;
      let match = p.test(file);
      if (!match && slash !== -1 && p.dirs.length <= parentDirs.length)
        match = p.test(parentDirs.slice(0, p.dirs.length).join('/'));
      if (match) matched = !p.exclusion;
    }
    return matched;
  }
}

/** Which files of one context docker sends (see the module comment). */
export interface ContextFilter {
  /** Whether some builder sends `path` (relative to the context). */
  sends(path: string): boolean;
  /** True when nothing is left out: every file of the context counts. */
  readonly all: boolean;
}

export interface ContextIgnores {
  /** The text of `<context>/.dockerignore`, when there is one. */
  contextIgnore?: string;
  /** The text of `<Dockerfile>.dockerignore`, when there is one (BuildKit prefers it). */
  dockerfileIgnore?: string;
  /** The Dockerfile's path relative to the context, when it is inside the context. */
  dockerfile?: string;
}

const SENDS_ALL: ContextFilter = { sends: () => true, all: true };

/** The files docker sends from a context, under either builder. */
export function contextFilter(ignores: ContextIgnores): ContextFilter {
  const contextLines =
    ignores.contextIgnore === undefined ? [] : readDockerignore(ignores.contextIgnore);
  // The legacy builder: <context>/.dockerignore, plus exceptions for the build's own files.
  let legacy: DockerPatterns | undefined;
  if (contextLines) {
    const lines = [...contextLines];
    if (DockerPatterns.compile(lines)?.legacyMatches('.dockerignore')) lines.push('!.dockerignore');
    const { dockerfile } = ignores;
    if (dockerfile !== undefined && DockerPatterns.compile(lines)?.legacyMatches(dockerfile))
      lines.push(`!${dockerfile}`);
    legacy = DockerPatterns.compile(lines);
  }
  if (!legacy || legacy.empty) return SENDS_ALL;
  if (ignores.dockerfileIgnore === undefined) {
    // BuildKit reads the same file and adds no exceptions: it sends no more than the legacy one.
    const only = legacy;
    return { sends: (path) => !only.excludes(path), all: false };
  }
  const lines = readDockerignore(ignores.dockerfileIgnore);
  const buildkit = lines ? DockerPatterns.compile(lines) : undefined;
  if (!buildkit || buildkit.empty) return SENDS_ALL;
  const classic = legacy;
  return { sends: (path) => !classic.excludes(path) || !buildkit.excludes(path), all: false };
}
