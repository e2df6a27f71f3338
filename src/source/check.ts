/**
 * Typos caught before anything is built: an image whose context or Dockerfile does not exist
 * at the commit being deployed, or whose `paths` patterns match no file there, is an input
 * error that names the image and the nearest path that does exist. Pure: works on the tree.
 */
import picomatch from 'picomatch';
import type { ImageConfig } from '../config/types.js';
import { GlobList, lowerBound } from '../changes/globs.js';
import { InputError } from '../errors.js';
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

/** The candidate closest to `wanted`, if one is close enough to be a likely typo. */
export function nearest(wanted: string, candidates: Iterable<string>): string | undefined {
  const max = Math.max(2, Math.floor(wanted.length / 3));
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

function hasDirectory(tree: Tree, dir: string): boolean {
  const at = lowerBound(tree.paths, `${dir}/`);
  // A submodule pointer at the context path counts as the context.
  return (
    tree.paths[at]?.startsWith(`${dir}/`) === true ||
    tree.paths[lowerBound(tree.paths, dir)] === dir
  );
}

function hasFile(tree: Tree, path: string): boolean {
  return tree.paths[lowerBound(tree.paths, path)] === path;
}

function suggestion(wanted: string, candidates: Iterable<string>): string {
  const near = nearest(wanted, candidates);
  return near
    ? `did you mean "${near}"?`
    : 'check the path (it is relative to the repository root)';
}

/** Throws InputError for the first image whose context, Dockerfile or paths are typos. */
export function checkSources(tree: Tree, images: readonly ImageConfig[]): void {
  const at = tree.commit.slice(0, 7);
  let dirs: Set<string> | undefined;
  for (const image of images) {
    const where = `image ${image.name}`;
    if (image.context !== '.' && !hasDirectory(tree, image.context)) {
      dirs ??= directories(tree);
      throw new InputError(
        'images',
        `${where}: the context "${image.context}" does not exist at ${at}`,
        suggestion(image.context, dirs),
      );
    }
    if (!hasFile(tree, image.dockerfile)) {
      const dockerfiles = tree.paths.filter((p) => /(^|\/)[^/]*dockerfile[^/]*$/i.test(p));
      throw new InputError(
        'images',
        `${where}: the Dockerfile "${image.dockerfile}" does not exist at ${at}`,
        suggestion(image.dockerfile, dockerfiles),
      );
    }
    for (const pattern of image.paths) {
      if (pattern.startsWith('!')) continue;
      if (new GlobList([pattern]).firstMatch(tree.paths) !== undefined) continue;
      const base = picomatch.scan(pattern).base;
      dirs ??= directories(tree);
      throw new InputError(
        'images',
        `${where}: paths pattern "${pattern}" matches no file at ${at}`,
        base ? suggestion(base, [...dirs, ...tree.paths]) : 'check the pattern',
      );
    }
  }
}
