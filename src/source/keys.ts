/**
 * Source keys: what an image is built from, as one sha256. Pure.
 *
 * Invariant: two commits whose build contexts differ in any byte of a tracked file docker
 * would send never share a key. So the key is made of these tree entries (see
 * src/source/resolve.ts for how symlinks and ignore files are found, and
 * src/source/dockerignore.ts for docker's `.dockerignore` rules):
 *   - without `paths`: every entry in the image's context (symlinks to it followed) that docker
 *     sends, `.dockerignore` applied — `ignore-paths` and `deploy-paths` never take a file
 *     out; a submodule pointer at the context path counts too;
 *   - with `paths`: the entries `paths` names (last matching pattern wins), except those inside
 *     the context that `.dockerignore` keeps docker from sending. `paths` is the user's
 *     statement of what the image is built from: files outside the context count when it
 *     names them (a build step may use them), files in the context it leaves out do not;
 *   - always: the Dockerfile (its target, when it is a symlink), every symlink followed to the
 *     context, the Dockerfile and the ignore files, and the ignore files
 *     (`<context>/.dockerignore`, `<Dockerfile>.dockerignore`);
 *   - the `.gitattributes` of every directory that holds one of those entries, and of the
 *     directories above it: they decide the bytes git checks out (line endings, filters).
 * Each entry contributes its mode, blob id and path (`<mode> SP <oid> TAB <path> NUL`, in path
 * order), so renames, mode changes, symlink targets, submodule pointers and LFS pointer files
 * all change the key. The build recipe (context and Dockerfile as configured, target, build
 * args, platforms) comes first: the same files built another way are another image. What a
 * workflow writes into the checkout before the build (and `.git` itself) is not in the tree,
 * so not in the key: keep it out of the context with `.dockerignore`.
 *
 * v2 (this definition) replaced v1, which dropped `ignore-paths`/`deploy-paths` files from a
 * context, did not read `.dockerignore` and did not follow symlinks. Keys of different versions
 * never match; images built under v1 are adopted by the engine when their commit has the same
 * v2 key (src/engine/decide.ts, `adoption`).
 */
import { createHash } from 'node:crypto';
import type { ImageConfig } from '../config/types.js';
import { GlobList, indexIn, lowerBound } from '../changes/globs.js';
import type { Git } from '../git.js';
import { resolveSources, type ResolvedSource, type SourceResolution } from './resolve.js';
import type { Tree } from './tree.js';

/** Bumped when the key's definition changes, so old keys never match new ones. */
export const SOURCE_KEY_VERSION = 'image-promote source key v2';

export interface SourceKey {
  /** 64 lowercase hex. */
  key: string;
  /** How many tree entries went into it. */
  files: number;
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

/** Directories ('' for the root) that hold a `.gitattributes`, per tree. */
const attributeDirs = new WeakMap<Tree, string[]>();

function attributesIn(tree: Tree): string[] {
  let dirs = attributeDirs.get(tree);
  if (!dirs) {
    dirs = [];
    for (const p of tree.paths) {
      if (p === '.gitattributes') dirs.push('');
      else if (p.endsWith('/.gitattributes')) dirs.push(p.slice(0, -'/.gitattributes'.length));
    }
    attributeDirs.set(tree, dirs);
  }
  return dirs;
}

/**
 * A test for "docker sends this path of the repository" for an image: inside its context,
 * the context's filter decides; outside, nothing is sent.
 */
export function sentByDocker(source: ResolvedSource): (path: string) => boolean {
  const { context, filter } = source;
  if (context === '') return (p) => filter.all || filter.sends(p);
  const prefix = `${context}/`;
  return (p) => p.startsWith(prefix) && (filter.all || filter.sends(p.slice(prefix.length)));
}

/** Whether `path` is inside the image's context (the context itself included). */
export function inContext(source: ResolvedSource, path: string): boolean {
  return source.context === '' || path === source.context || path.startsWith(`${source.context}/`);
}

/**
 * A test for "`path` is code of the image" by the rules above, for any path (one a tree lists,
 * or one a diff names): what codeEntries picks from a tree, but for `.gitattributes` files
 * (they count through the files beside and below them, which a single path does not show).
 */
export function codeTest(
  image: Pick<KeyImage, 'paths'>,
  source: ResolvedSource,
): (path: string) => boolean {
  const always = new Set(source.always);
  const sends = sentByDocker(source);
  if (image.paths.length > 0) {
    const named = new GlobList(image.paths).matches;
    return (p) => always.has(p) || (named(p) && (!inContext(source, p) || sends(p)));
  }
  return (p) => always.has(p) || p === source.context || sends(p);
}

/** The entries that are code of `image` (indices into `tree.paths`, ascending). */
export function codeEntries(
  tree: Tree,
  image: Pick<KeyImage, 'paths'>,
  source: ResolvedSource,
): number[] {
  const { paths } = tree;
  const picked: number[] = [];
  const sends = sentByDocker(source);
  if (image.paths.length > 0) {
    for (const i of new GlobList(image.paths).allMatchIndices(paths)) {
      const p = paths[i] as string;
      if (!inContext(source, p) || sends(p)) picked.push(i);
    }
  } else {
    const dir = source.context;
    if (dir !== '') {
      // The context itself may be a submodule pointer.
      const at = indexIn(paths, dir);
      if (at !== undefined) picked.push(at);
    }
    const prefix = dir === '' ? '' : `${dir}/`;
    const { filter } = source;
    for (let i = prefix === '' ? 0 : lowerBound(paths, prefix); i < paths.length; i++) {
      const p = paths[i] as string;
      if (!p.startsWith(prefix)) break;
      if (filter.all || filter.sends(p.slice(prefix.length))) picked.push(i);
    }
  }
  for (const p of source.always) {
    const at = indexIn(paths, p);
    if (at !== undefined) picked.push(at);
  }
  const entries = [...new Set(picked)].sort((a, b) => a - b);
  return withAttributes(tree, entries);
}

/** Adds the `.gitattributes` of the directories that hold `entries` and of those above them. */
function withAttributes(tree: Tree, entries: number[]): number[] {
  const dirs = attributesIn(tree);
  if (dirs.length === 0 || entries.length === 0) return entries;
  const { paths } = tree;
  const keyed = entries.map((i) => paths[i] as string);
  const more: number[] = [];
  for (const dir of dirs) {
    const prefix = dir === '' ? '' : `${dir}/`;
    const first = keyed[lowerBound(keyed, prefix)];
    if (first?.startsWith(prefix) !== true) continue;
    const at = indexIn(paths, `${prefix}.gitattributes`);
    if (at !== undefined) more.push(at);
  }
  return more.length === 0 ? entries : [...new Set([...entries, ...more])].sort((a, b) => a - b);
}

/** Source keys of every image whose source resolved, from one tree. */
export function sourceKeys(
  tree: Tree,
  images: readonly KeyImage[],
  sources: ReadonlyMap<string, SourceResolution>,
): Map<string, SourceKey> {
  const keys = new Map<string, SourceKey>();
  for (const image of images) {
    const source = sources.get(image.name);
    if (!source || 'problem' in source) continue;
    const indices = codeEntries(tree, image, source);
    // One update per image: the bytes are the same as one update per entry.
    const records: string[] = [`${SOURCE_KEY_VERSION}\n${recipe(image)}\n`];
    tree.appendRecords(indices, records);
    const hash = createHash('sha256').update(records.join(''));
    keys.set(image.name, { key: hash.digest('hex'), files: indices.length });
  }
  return keys;
}

/** Resolves every image's source at the tree's commit (reading blobs with git), then keys. */
export async function sourceKeysAt(
  git: Git,
  tree: Tree,
  images: readonly KeyImage[],
): Promise<{ keys: Map<string, SourceKey>; sources: Map<string, SourceResolution> }> {
  const sources = await resolveSources(git, tree, images);
  return { keys: sourceKeys(tree, images, sources), sources };
}
