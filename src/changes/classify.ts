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
import { compileGlobs, directoryGlob, escapeGlob, type PathMatcher } from './globs.js';

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
}

export interface ClassifierRules {
  deployPaths: readonly string[];
  ignorePaths: readonly string[];
  images: readonly Pick<ImageConfig, 'name' | 'context' | 'dockerfile' | 'paths'>[];
}

interface ImageMatchers {
  name: string;
  strong: PathMatcher;
  weak?: PathMatcher;
}

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
      strong: compileGlobs([...img.paths, escapeGlob(img.dockerfile)]),
      ...(img.paths.length === 0 ? { weak: compileGlobs([directoryGlob(img.context)]) } : {}),
    }));
  }

  /** Per image name, the kind of change `files` represent for it. */
  classify(files: readonly string[]): Map<string, ImageChange> {
    // Shared rules are evaluated once per file, not once per file and image.
    const flags = new Uint8Array(files.length);
    for (let i = 0; i < files.length; i++) {
      const f = files[i] as string;
      flags[i] = this.ignore(f) ? FILE_IGNORED : this.deploy(f) ? FILE_DEPLOY : FILE_OTHER;
    }
    const result = new Map<string, ImageChange>();
    for (const img of this.images) {
      let deployExample: string | undefined;
      let ignoredExample: string | undefined;
      let code: string | undefined;
      for (let i = 0; i < files.length; i++) {
        const f = files[i] as string;
        if (img.strong(f)) {
          code = f;
          break;
        }
        const flag = flags[i];
        if (flag === FILE_IGNORED) ignoredExample ??= f;
        else if (flag === FILE_DEPLOY) deployExample ??= f;
        else if (img.weak?.(f)) {
          code = f;
          break;
        }
      }
      if (code !== undefined) result.set(img.name, { kind: 'code', example: code });
      else if (deployExample !== undefined)
        result.set(img.name, { kind: 'deploy', example: deployExample });
      else if (ignoredExample !== undefined)
        result.set(img.name, { kind: 'ignored', example: ignoredExample });
      else result.set(img.name, { kind: 'none' });
    }
    return result;
  }
}
