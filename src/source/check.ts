/**
 * Typos caught before anything is built: an image whose context or Dockerfile does not exist
 * at the commit being deployed (symlinks followed: a symlink that goes nowhere counts as
 * missing), or whose `paths` patterns match no file there, is an input error that names the
 * image and the nearest path that does exist. So is a context or Dockerfile behind a symlink
 * that leaves the repository or loops, and an overlay this run writes that is part of an
 * image's source (every deploy would change the key). Pure: works on the tree and the
 * images' resolutions (src/source/resolve.ts).
 */
import picomatch from 'picomatch';
import type { ImageConfig } from '../config/types.js';
import { GlobList, indexIn } from '../changes/globs.js';
import { InputError } from '../errors.js';
import { codeTest, inContext } from './keys.js';
import type { SourceProblem, SourceResolution } from './resolve.js';
import type { Tree } from './tree.js';

/** Levenshtein distance, bounded: stops early once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The candidate closest to `wanted`, if one is close enough to be a likely typo: at most
 * `max` edits (by default a third of its length, at least 2). The first of equals wins.
 */
export function nearest(
  wanted: string,
  candidates: Iterable<string>,
  max = Math.max(2, Math.floor(wanted.length / 3)),
): string | undefined {
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const d = distance(wanted, c, Math.min(max, bestDistance));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Every directory of the tree (`a`, `a/b`, … for `a/b/c.txt`). */
function directories(tree: Tree): Set<string> {
  const dirs = new Set<string>();
  for (const path of tree.paths) {
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
      dirs.add(path.slice(0, i));
  }
  return dirs;
}

function suggestion(wanted: string, candidates: Iterable<string>): string {
  const near = nearest(wanted, candidates);
  return near
    ? `did you mean "${near}"?`
    : 'check the path (it is relative to the repository root)';
}

/** The input error for an image whose context or Dockerfile cannot be resolved. */
function problemError(
  tree: Tree,
  image: string,
  p: SourceProblem,
  dirs: () => Set<string>,
): InputError {
  const at = tree.commit.slice(0, 7);
  const named = `the ${p.what} "${p.path}"`;
  const chain = p.via.length > 0 ? ` (${p.via.join(', ')})` : '';
  const error = (message: string, hint: string): InputError =>
    new InputError('images', `image ${image}: ${message}`, hint);
  switch (p.kind) {
    case 'missing': {
      const candidates =
        p.what === 'context'
          ? dirs()
          : tree.paths.filter((f) => /(^|\/)[^/]*dockerfile[^/]*$/i.test(f));
      return error(`${named} does not exist at ${at}${chain}`, suggestion(p.at, candidates));
    }
    case 'not-directory':
      return error(
        `${named} is a file at ${at}, not a directory${chain}`,
        'set context to the directory docker builds from',
      );
    case 'not-file':
      return error(
        `${named} is not a file at ${at}${chain}`,
        'set dockerfile to the Dockerfile itself',
      );
    case 'escapes':
      return error(
        `${named} leads out of the repository at ${at}${chain}, so what it is built from cannot be known`,
        `point the symlink inside the repository, or set ${p.what === 'context' ? 'context' : 'dockerfile'} to the real path`,
      );
    case 'loop':
      return error(
        `the symlinks of ${named} loop at ${at}${chain}`,
        'make the symlinks end at a real file or directory',
      );
  }
}

export interface CheckOptions {
  /** Overlay files (repository paths) this run writes image tags into. */
  written?: readonly string[];
}

/**
 * Throws InputError for the first image whose context, Dockerfile or paths are typos, whose
 * symlinks leave the repository or loop, or whose source includes an overlay this run writes.
 */
export function checkSources(
  tree: Tree,
  images: readonly ImageConfig[],
  sources: ReadonlyMap<string, SourceResolution>,
  options: CheckOptions = {},
): void {
  const at = tree.commit.slice(0, 7);
  let dirs: Set<string> | undefined;
  const allDirs = (): Set<string> => (dirs ??= directories(tree));
  for (const image of images) {
    const where = `image ${image.name}`;
    const source = sources.get(image.name);
    if (!source) throw new Error(`internal error: ${image.name}'s source was not resolved`);
    if ('problem' in source) throw problemError(tree, image.name, source.problem, allDirs);
    for (const pattern of image.paths) {
      if (pattern.startsWith('!')) continue;
      if (new GlobList([pattern]).firstMatch(tree.paths) !== undefined) continue;
      const base = picomatch.scan(pattern).base;
      throw new InputError(
        'images',
        `${where}: paths pattern "${pattern}" matches no file at ${at}`,
        base ? suggestion(base, [...allDirs(), ...tree.paths]) : 'check the pattern',
      );
    }
    const isCode = codeTest(image, source);
    for (const overlay of options.written ?? []) {
      if (indexIn(tree.paths, overlay) === undefined || !isCode(overlay)) continue;
      const viaContext = image.paths.length === 0 || inContext(source, overlay);
      const ignoreFile =
        source.context === '' ? '.dockerignore' : `${source.context}/.dockerignore`;
      const relative = source.context === '' ? overlay : overlay.slice(source.context.length + 1);
      throw new InputError(
        'images',
        `${where}: the overlay ${overlay}, which this run writes, is part of its source (${viaContext ? `docker sends it from the context "${image.context}"` : 'paths names it'}), so every deploy would change the source key and rebuild it`,
        viaContext
          ? `add "${relative}" to ${ignoreFile} (docker then never sends it)${image.paths.length > 0 ? ', or leave it out of paths' : ', or set paths'}`
          : `leave ${overlay} out of paths`,
      );
    }
  }
}
