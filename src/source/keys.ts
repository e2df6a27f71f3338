/**
 * Source keys: what an image is built from, as one sha256. Pure.
 *
 * The files are exactly those the path rule calls code of the image (src/changes/classify.ts):
 * its `paths` (last matching pattern wins) and its Dockerfile; without `paths`, everything in
 * its context that is neither ignored nor deploy config. Each contributes its path, mode and
 * blob id, so renames, mode changes (an executable bit), symlinks, submodule pointers and LFS
 * pointer files all change the key; nothing outside those files does. The build recipe
 * (context, Dockerfile path, target, build args, platforms) is part of the key too: the same
 * files built another way are another image.
 */
import { createHash } from 'node:crypto';
import type { ImageConfig } from '../config/types.js';
import { escapeGlob, GlobList, lowerBound, type PathMatcher } from '../changes/globs.js';
import type { Tree } from './tree.js';

/** Bumped when the key's definition changes, so old keys never match new ones. */
export const SOURCE_KEY_VERSION = 'image-promote source key v1';

export interface SourceKey {
  /** 64 lowercase hex. */
  key: string;
  /** How many tree entries went into it. */
  files: number;
}

export interface SourceRules {
  deployPaths: readonly string[];
  ignorePaths: readonly string[];
}

export type KeyImage = Pick<
  ImageConfig,
  'name' | 'context' | 'dockerfile' | 'paths' | 'target' | 'buildArgs' | 'platforms'
>;

/** The recipe part of a key: everything besides the files that shapes the image. */
function recipe(image: KeyImage): string {
  const args = Object.keys(image.buildArgs)
    .sort()
    .map((k) => [k, image.buildArgs[k] ?? '']);
  return JSON.stringify({
    context: image.context,
    dockerfile: image.dockerfile,
    target: image.target ?? null,
    buildArgs: args,
    platforms: [...image.platforms].sort(),
  });
}

/**
 * The entries that are code of `image`, in path order (indices into `tree.paths`).
 * `shared.ignored(i, dir)` says whether entry i (under `dir`) is ignored or deploy config.
 */
export function codeEntries(
  tree: Pick<Tree, 'paths'>,
  image: KeyImage,
  shared: { ignored: (i: number, dir: string) => boolean },
): number[] {
  const { paths } = tree;
  const strong = new GlobList([...image.paths, escapeGlob(image.dockerfile)]).allMatchIndices(
    paths,
  );
  if (image.paths.length > 0) return strong;
  const picked: number[] = [];
  const dir = image.context === '.' ? '' : image.context;
  if (dir !== '') {
    // The context itself may be a submodule pointer.
    const at = lowerBound(paths, dir);
    if (paths[at] === dir && !shared.ignored(at, dir)) picked.push(at);
  }
  const prefix = dir === '' ? '' : `${dir}/`;
  for (let i = prefix === '' ? 0 : lowerBound(paths, prefix); i < paths.length; i++) {
    if (!(paths[i] as string).startsWith(prefix)) break;
    if (!shared.ignored(i, dir)) picked.push(i);
  }
  // The Dockerfile (and anything else the strong rule names) counts even when ignored.
  return strong.length === 0 ? picked : mergeAscending(picked, strong);
}

/** The union of two ascending lists of indices, ascending. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    if (x <= y) {
      out.push(x);
      i++;
      if (x === y) j++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** Source keys of every image, from one tree. */
export function sourceKeys(
  tree: Tree,
  images: readonly KeyImage[],
  rules: SourceRules,
): Map<string, SourceKey> {
  // ignore-paths and deploy-paths are evaluated once per file, and only when an image
  // without `paths` needs them.
  const ignore = new GlobList(rules.ignorePaths);
  const deploy = new GlobList(rules.deployPaths);
  // Per context directory, only the patterns that can match inside it are tested.
  const within = new Map<string, PathMatcher>();
  const notCode = (dir: string): PathMatcher => {
    let test = within.get(dir);
    if (!test) {
      const i = ignore.within(dir).matches;
      const d = deploy.within(dir).matches;
      test = (p) => i(p) || d(p);
      within.set(dir, test);
    }
    return test;
  };
  const memo = new Int8Array(tree.paths.length); // 0 unknown, 1 code, 2 not code
  const ignored = (i: number, dir: string): boolean => {
    if (memo[i] === 0) memo[i] = notCode(dir)(tree.paths[i] as string) ? 2 : 1;
    return memo[i] === 2;
  };
  const keys = new Map<string, SourceKey>();
  for (const image of images) {
    const indices = codeEntries(tree, image, { ignored });
    // One update per image: the bytes are the same as one update per entry.
    const records: string[] = [`${SOURCE_KEY_VERSION}\n${recipe(image)}\n`];
    tree.appendRecords(indices, records);
    const hash = createHash('sha256').update(records.join(''));
    keys.set(image.name, { key: hash.digest('hex'), files: indices.length });
  }
  return keys;
}
