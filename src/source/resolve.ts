/**
 * Where an image's build really reads from, in one commit's tree: its context and Dockerfile
 * with symlinks followed, and the `.dockerignore` files that decide what docker sends.
 *
 * Docker follows symlinks the way the operating system does before it reads anything: the
 * docker CLI resolves the context directory and the Dockerfile (`filepath.EvalSymlinks`),
 * BuildKit's file sync resolves the directories it serves. So here, in the tree (where a
 * symlink is an entry of mode 120000 whose blob is its target path):
 *   - each component of a path is looked up in turn; a symlink is replaced by its target, read
 *     relative to the symlink's directory, and the walk goes on from there (a target that is
 *     itself a symlink, or goes through one, is followed too); ".." leaves the directory;
 *   - a context that is a symlink to a directory is that directory; a Dockerfile that is a
 *     symlink is its target;
 *   - a target that is absolute or climbs above the repository root leaves the repository,
 *     and more than 255 symlinks on one walk (Go's limit) is a loop: both are problems that
 *     name the image;
 *   - every symlink followed is part of the source, and so is what it leads to.
 * Symlinks inside a context are not followed: docker sends them as symlinks, so their own
 * entry is what counts.
 *
 * The `.dockerignore` files: `<context>/.dockerignore` (the legacy builder; BuildKit's
 * fallback) and `<Dockerfile>.dockerignore` beside the Dockerfile, in the Dockerfile's
 * directory as named (what BuildKit reads first). Both are followed like the Dockerfile; one
 * that cannot be read inside the repository leaves nothing out (src/source/dockerignore.ts).
 *
 * Pure: `resolveSource` works on the tree and the blobs read so far, and says which blobs it
 * needs next; `resolveSources` reads them with git, one batch per round, until every image is
 * resolved.
 */
import type { ImageConfig } from '../config/types.js';
import { indexIn, lowerBound } from '../changes/globs.js';
import type { Git } from '../git.js';
import { readBlobs } from './blobs.js';
import { contextFilter, type ContextFilter } from './dockerignore.js';
import type { Tree } from './tree.js';

export type SourceImage = Pick<ImageConfig, 'name' | 'context' | 'dockerfile'>;

/** Where an image's build reads from, symlinks followed. */
export interface ResolvedSource {
  /** The context directory ('' for the repository root). */
  context: string;
  /** The Dockerfile. */
  dockerfile: string;
  /**
   * Entries that count whatever `paths`, `.dockerignore` or the context say, sorted: every
   * symlink followed to the context, the Dockerfile and the ignore files, the Dockerfile, and
   * the ignore files.
   */
  always: string[];
  /** Which files of the context docker sends. */
  filter: ContextFilter;
}

/** Why an image's context or Dockerfile cannot be found. */
export interface SourceProblem {
  what: 'context' | 'Dockerfile';
  /** As configured. */
  path: string;
  kind: 'missing' | 'not-directory' | 'not-file' | 'escapes' | 'loop';
  /** The path (symlinks followed so far) that is missing or of the wrong kind. */
  at: string;
  /** The symlinks followed on the way, each as `link → target`. */
  via: string[];
}

export type SourceResolution = ResolvedSource | { problem: SourceProblem };

/** Go's limit on symlinks followed in one path (filepath.EvalSymlinks). */
const MAX_LINKS = 255;

const SYMLINK = '120000';
const GITLINK = '160000';

/** Mode and object id of entry `i`, from its record (`<mode> SP <oid> TAB <path> NUL`). */
function entryAt(tree: Tree, i: number): { mode: string; oid: string } {
  const record = tree.record(i);
  const space = record.indexOf(' ');
  return { mode: record.slice(0, space), oid: record.slice(space + 1, record.indexOf('\t')) };
}

function isDirectory(tree: Tree, path: string): boolean {
  if (path === '') return true;
  return tree.paths[lowerBound(tree.paths, `${path}/`)]?.startsWith(`${path}/`) === true;
}

type Walk =
  | { path: string; kind: 'file' | 'directory' | 'gitlink'; links: string[]; via: string[] }
  | { need: string }
  | { fail: SourceProblem['kind']; at: string; via: string[] };

/**
 * Follows `path` through the tree like the operating system would. `links` are the symlink
 * entries followed; the result's kind is what the path finally names.
 */
function walk(tree: Tree, path: string, blobs: ReadonlyMap<string, string>): Walk {
  const queue = path.split('/');
  const resolved: string[] = [];
  const links: string[] = [];
  const via: string[] = [];
  let kind: 'file' | 'directory' | 'gitlink' = 'directory';
  while (queue.length > 0) {
    const part = queue.shift() as string;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      // Lexical, as in filepath.EvalSymlinks: back to the directory of what came before.
      if (resolved.length === 0) return { fail: 'escapes', at: '..', via };
      resolved.pop();
      kind = 'directory';
      continue;
    }
    // The path that is missing: from here on, as far as it was still to go.
    const rest = (): string => [...resolved, part, ...queue].filter((q) => q !== '').join('/');
    if (kind !== 'directory') {
      // Something inside a file: not a directory (ENOTDIR), so the path does not exist.
      return { fail: 'missing', at: rest(), via };
    }
    const candidate = [...resolved, part].join('/');
    const i = indexIn(tree.paths, candidate);
    if (i === undefined) {
      if (!isDirectory(tree, candidate)) return { fail: 'missing', at: rest(), via };
      resolved.push(part);
      continue;
    }
    const { mode, oid } = entryAt(tree, i);
    if (mode === SYMLINK) {
      const target = blobs.get(oid);
      if (target === undefined) return { need: oid };
      links.push(candidate);
      via.push(`${candidate} → ${target}`);
      if (links.length > MAX_LINKS) return { fail: 'loop', at: candidate, via };
      if (target.startsWith('/')) return { fail: 'escapes', at: target, via };
      queue.unshift(...target.split('/'));
      continue;
    }
    resolved.push(part);
    kind = mode === GITLINK ? 'gitlink' : 'file';
  }
  return { path: resolved.join('/'), kind, links, via };
}

function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/**
 * An ignore file at `path`: its text and the entries on the way, `undefined` text when there
 * is none, `unreadable` when it cannot be read inside the repository (then nothing is left
 * out), or the blob needed next.
 */
function ignoreFile(
  tree: Tree,
  path: string,
  blobs: ReadonlyMap<string, string>,
): { text?: string; unreadable?: true; entries: string[] } | { need: string } {
  const w = walk(tree, path, blobs);
  if ('need' in w) return w;
  if ('fail' in w) {
    if (w.fail === 'missing') return { entries: [] };
    // A symlink that leaves the repository or loops: its rules are unknown.
    return { unreadable: true, entries: indexIn(tree.paths, path) === undefined ? [] : [path] };
  }
  const entries = [...w.links, ...(w.kind === 'directory' ? [] : [w.path])];
  if (w.kind !== 'file') return { unreadable: true, entries };
  const oid = entryAt(tree, indexIn(tree.paths, w.path) as number).oid;
  const text = blobs.get(oid);
  if (text === undefined) return { need: oid };
  return { text, entries };
}

/** One image's resolution from the tree and the blobs known so far, or the blobs it needs. */
export function resolveSource(
  tree: Tree,
  image: SourceImage,
  blobs: ReadonlyMap<string, string>,
): SourceResolution | { need: string[] } {
  const configuredContext = image.context === '.' ? '' : image.context;
  const context = walk(tree, configuredContext, blobs);
  const dockerfile = walk(tree, image.dockerfile, blobs);
  const dockerfileDir = walk(tree, dirname(image.dockerfile), blobs);
  const need = [context, dockerfile, dockerfileDir].flatMap((w) => ('need' in w ? [w.need] : []));
  if (need.length > 0) return { need };
  const problem = (
    what: SourceProblem['what'],
    path: string,
    kind: SourceProblem['kind'],
    at: string,
    via: string[],
  ): { problem: SourceProblem } => ({ problem: { what, path, kind, at, via } });
  if ('fail' in context)
    return problem('context', image.context, context.fail, context.at, context.via);
  if ('need' in context) return { need: [context.need] };
  if (context.kind === 'file')
    return problem('context', image.context, 'not-directory', context.path, context.via);
  if ('fail' in dockerfile)
    return problem('Dockerfile', image.dockerfile, dockerfile.fail, dockerfile.at, dockerfile.via);
  if ('need' in dockerfile) return { need: [dockerfile.need] };
  if (dockerfile.kind !== 'file')
    return problem('Dockerfile', image.dockerfile, 'not-file', dockerfile.path, dockerfile.via);
  // The Dockerfile's directory resolved above, so this walk ends well too.
  const dfDir = 'path' in dockerfileDir ? dockerfileDir : undefined;

  const contextIgnore = ignoreFile(tree, join(context.path, '.dockerignore'), blobs);
  const dockerfileIgnore = dfDir
    ? ignoreFile(tree, join(dfDir.path, `${basename(image.dockerfile)}.dockerignore`), blobs)
    : { entries: [] };
  if ('need' in contextIgnore || 'need' in dockerfileIgnore) {
    return {
      need: [contextIgnore, dockerfileIgnore].flatMap((f) => ('need' in f ? [f.need] : [])),
    };
  }

  const prefix = context.path === '' ? '' : `${context.path}/`;
  const inside = context.path === '' || dockerfile.path.startsWith(prefix);
  const filter =
    contextIgnore.unreadable || dockerfileIgnore.unreadable
      ? contextFilter({})
      : contextFilter({
          ...(contextIgnore.text !== undefined ? { contextIgnore: contextIgnore.text } : {}),
          ...(dockerfileIgnore.text !== undefined
            ? { dockerfileIgnore: dockerfileIgnore.text }
            : {}),
          ...(inside ? { dockerfile: dockerfile.path.slice(prefix.length) } : {}),
        });
  const always = new Set([
    ...context.links,
    ...dockerfile.links,
    ...(dfDir?.links ?? []),
    dockerfile.path,
    ...contextIgnore.entries,
    ...dockerfileIgnore.entries,
  ]);
  return {
    context: context.path,
    dockerfile: dockerfile.path,
    always: [...always].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    filter,
  };
}

/**
 * Every image's resolution at one commit, reading the blobs it needs (symlink targets,
 * ignore files) with git: one batch per round of symlinks followed.
 */
export async function resolveSources(
  git: Git,
  tree: Tree,
  images: readonly SourceImage[],
): Promise<Map<string, SourceResolution>> {
  const blobs = new Map<string, string>();
  const out = new Map<string, SourceResolution>();
  let pending = [...images];
  while (pending.length > 0) {
    const need = new Set<string>();
    const next: SourceImage[] = [];
    for (const image of pending) {
      const r = resolveSource(tree, image, blobs);
      if ('need' in r) {
        for (const oid of r.need) need.add(oid);
        next.push(image);
      } else {
        out.set(image.name, r);
      }
    }
    if (need.size === 0) break;
    const read = await readBlobs(git, [...need]);
    for (const oid of need) {
      const text = read.get(oid);
      if (text === undefined)
        throw new Error(`git cat-file cannot read the blob ${oid} of ${tree.commit.slice(0, 7)}`);
      blobs.set(oid, text);
    }
    pending = next;
  }
  return out;
}
