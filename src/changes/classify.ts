/**
 * Changed files → what kind of change each image saw. Pure. Per file and image, the
 * first rule that matches decides:
 *   1. the image's `paths` or its Dockerfile      → code
 *   2. `ignore-paths`                              → ignored
 *   3. `deploy-paths`                              → deploy
 *   4. the image's context (only without `paths`)  → code
 *   5. anything else                               → not this image's business
 * An image's kind is the strongest over all files: code > deploy > ignored > none.
 */
import type { ImageConfig } from '../config/types.js';
import { compileGlobs, escapeGlob, GlobList, lowerBound, type PathMatcher } from './globs.js';

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
}

interface ImageMatchers {
  name: string;
  strong: GlobList;
  /** The context directory, for images without `paths` ('' for the repository root). */
  context?: string;
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
    this.images = rules.images.map((img) => ({
      name: img.name,
      // The Dockerfile goes last so that no `!` pattern can exclude it.
      strong: new GlobList([...img.paths, escapeGlob(img.dockerfile)]),
      ...(img.paths.length === 0 ? { context: img.context === '.' ? '' : img.context } : {}),
    }));
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
    const result = new Map<string, ImageChange>();
    for (const img of this.images) {
      const code =
        img.strong.firstMatch(sorted) ??
        (img.context === undefined ? undefined : firstOther(sorted, flag, img.context));
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

/** The first file under `dir` ('' = everywhere) that is neither ignored nor deploy config. */
function firstOther(
  sorted: readonly string[],
  flag: (i: number) => number,
  dir: string,
): string | undefined {
  if (dir !== '') {
    // The directory itself changes when it is a submodule (a gitlink).
    const at = lowerBound(sorted, dir);
    if (sorted[at] === dir && flag(at) === FILE_OTHER) return dir;
  }
  const prefix = dir === '' ? '' : `${dir}/`;
  for (let i = prefix === '' ? 0 : lowerBound(sorted, prefix); i < sorted.length; i++) {
    const f = sorted[i] as string;
    if (!f.startsWith(prefix)) break;
    if (flag(i) === FILE_OTHER) return f;
  }
  return undefined;
}
