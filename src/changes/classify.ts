/**
 * Changed files → what kind of change each image saw. Pure. Per file and image, the
 * first rule that matches decides:
 *   1. the image's Dockerfile, its `.dockerignore` files, the symlinks followed to reach
 *      them or its context, and the `.gitattributes` on the way to or inside the
 *      directories its files come from                                         → code
 *   2. with `paths`: a file `paths` names, unless `.dockerignore` keeps docker from sending
 *      it from the context; without `paths`: a file in the context docker sends  → code
 *   3. `ignore-paths`                                                          → ignored
 *   4. `deploy-paths`                                                          → deploy
 *   5. anything else                                                           → not this image's business
 * Rules 1 and 2 are the source key's (src/source/keys.ts), read with the image's resolution
 * at the commit being deployed (its context and Dockerfile with symlinks followed, its
 * `.dockerignore`); without one, the context and Dockerfile as configured, nothing ignored.
 * An image's kind is the strongest over all files: code > deploy > ignored > none.
 */
import type { ImageConfig } from '../config/types.js';
import { contextFilter } from '../source/dockerignore.js';
import { codeTest } from '../source/keys.js';
import type { ResolvedSource, SourceResolution } from '../source/resolve.js';
import { compileGlobs, GlobList, lowerBound, type PathMatcher } from './globs.js';
import picomatch from 'picomatch';

export type ChangeKind = 'code' | 'deploy' | 'ignored' | 'none';

const STRENGTH: Record<ChangeKind, number> = { none: 0, ignored: 1, deploy: 2, code: 3 };

export function strongest(kinds: Iterable<ChangeKind>): ChangeKind {
  let best: ChangeKind = 'none';
  for (const k of kinds) if (STRENGTH[k] > STRENGTH[best]) best = k;
  return best;
}

export interface ImageChange {
  kind: ChangeKind;
  /** The file that decided the kind (first one found), for the reason sentence. */
  example?: string;
  /** Set when this image's change list cannot be trusted (why): the plan builds it. */
  untrusted?: string;
}

export interface ClassifierRules {
  deployPaths: readonly string[];
  ignorePaths: readonly string[];
  images: readonly Pick<ImageConfig, 'name' | 'context' | 'dockerfile' | 'paths'>[];
  /** Each image's resolution at the commit being deployed (src/source/resolve.ts). */
  sources?: ReadonlyMap<string, SourceResolution>;
}

interface ImageMatchers {
  name: string;
  source: ResolvedSource;
  /** Rules 1 and 2 for one path. */
  code: PathMatcher;
  /** `paths`, when the image has them. */
  named?: GlobList;
  /** Directories the image's files come from (for `.gitattributes`). */
  roots: string[];
}

/** The source as configured: context and Dockerfile as written, nothing ignored. */
function configuredSource(image: Pick<ImageConfig, 'context' | 'dockerfile'>): ResolvedSource {
  return {
    context: image.context === '.' ? '' : image.context,
    dockerfile: image.dockerfile,
    always: [image.dockerfile],
    filter: contextFilter({}),
  };
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** Whether `dir` is `root`, above it, or inside it ('' is the repository root). */
function related(dir: string, root: string): boolean {
  return (
    dir === '' ||
    root === '' ||
    dir === root ||
    root.startsWith(`${dir}/`) ||
    dir.startsWith(`${root}/`)
  );
}

const UNKNOWN = -1;
const FILE_OTHER = 0;
const FILE_IGNORED = 1;
const FILE_DEPLOY = 2;

export class Classifier {
  private readonly deploy: PathMatcher;
  private readonly ignore: PathMatcher;
  private readonly images: ImageMatchers[];

  constructor(rules: ClassifierRules) {
    this.deploy = compileGlobs(rules.deployPaths);
    this.ignore = compileGlobs(rules.ignorePaths);
    this.images = rules.images.map((img) => {
      const resolved = rules.sources?.get(img.name);
      const source = resolved && !('problem' in resolved) ? resolved : configuredSource(img);
      const named = img.paths.length > 0 ? new GlobList(img.paths) : undefined;
      const roots = [
        source.context,
        dirOf(source.dockerfile),
        ...img.paths.filter((p) => !p.startsWith('!')).map((p) => picomatch.scan(p).base),
      ];
      return {
        name: img.name,
        source,
        code: codeTest(img, source),
        ...(named ? { named } : {}),
        roots,
      };
    });
  }

  /** Per image name, the kind of change `files` represent for it. */
  classify(files: readonly string[]): Map<string, ImageChange> {
    // Sorted paths let directory rules find their files by binary search (git already
    // lists them sorted; only unusual names can need the sort).
    const sorted = isSorted(files) ? files : [...files].sort();
    // Shared rules are evaluated once per file, and only for the files a question needs: an
    // image whose code changed never asks about the others.
    const flags = new Int8Array(sorted.length).fill(UNKNOWN);
    const flag = (i: number): number => {
      let f = flags[i] as number;
      if (f === UNKNOWN) {
        const file = sorted[i] as string;
        f = this.ignore(file) ? FILE_IGNORED : this.deploy(file) ? FILE_DEPLOY : FILE_OTHER;
        flags[i] = f;
      }
      return f;
    };
    let firsts: { deploy?: string; ignored?: string } | undefined;
    const first = (): { deploy?: string; ignored?: string } => {
      if (firsts) return firsts;
      firsts = {};
      for (let i = 0; i < sorted.length; i++) {
        const f = flag(i);
        if (f === FILE_IGNORED) firsts.ignored ??= sorted[i];
        else if (f === FILE_DEPLOY) firsts.deploy ??= sorted[i];
      }
      return firsts;
    };
    const attributes = sorted.filter(
      (f) => f === '.gitattributes' || f.endsWith('/.gitattributes'),
    );
    const result = new Map<string, ImageChange>();
    for (const img of this.images) {
      const code =
        firstCode(sorted, img) ??
        attributes.find((f) => img.roots.some((root) => related(dirOf(f), root)));
      // With no code file, every deploy or ignored file counts for every image.
      if (code !== undefined) {
        result.set(img.name, { kind: 'code', example: code });
        continue;
      }
      const { deploy, ignored } = first();
      if (deploy !== undefined) result.set(img.name, { kind: 'deploy', example: deploy });
      else if (ignored !== undefined) result.set(img.name, { kind: 'ignored', example: ignored });
      else result.set(img.name, { kind: 'none' });
    }
    return result;
  }
}

function isSorted(files: readonly string[]): boolean {
  for (let i = 1; i < files.length; i++)
    if ((files[i - 1] as string) > (files[i] as string)) return false;
  return true;
}

/**
 * The first file of `sorted` that is code of the image by rules 1 and 2. Only the ranges that
 * can hold code are visited: the always-counted files by binary search, the context's range,
 * or the ranges of `paths` patterns.
 */
function firstCode(sorted: readonly string[], img: ImageMatchers): string | undefined {
  let best: string | undefined;
  const offer = (f: string | undefined): void => {
    if (f !== undefined && (best === undefined || f < best)) best = f;
  };
  for (const p of img.source.always) if (sorted[lowerBound(sorted, p)] === p) offer(p);
  if (img.named) {
    for (const i of img.named.allMatchIndices(sorted)) {
      const f = sorted[i] as string;
      if (img.code(f)) {
        offer(f);
        break;
      }
    }
    return best;
  }
  const dir = img.source.context;
  // The directory itself changes when it is a submodule (a gitlink).
  if (dir !== '' && sorted[lowerBound(sorted, dir)] === dir) offer(dir);
  const prefix = dir === '' ? '' : `${dir}/`;
  for (let i = prefix === '' ? 0 : lowerBound(sorted, prefix); i < sorted.length; i++) {
    const f = sorted[i] as string;
    if (!f.startsWith(prefix)) break;
    if (img.code(f)) {
      offer(f);
      break;
    }
  }
  return best;
}
