import type { ChangeSet } from '../changes/detect.js';
import type { ChangeKind } from '../changes/classify.js';
import type { Decision } from '../config/types.js';

/** The settled outcome for one image: what the outputs, summary and overlay use. */
export interface ImageResult {
  name: string;
  /** Repository (fully qualified, no tag). */
  repository: string;
  decision: Decision;
  reason: string;
  change: ChangeKind;
  tag?: string;
  digest?: string;
  /** verified: exists in the registry with `digest`; planned: will exist after the build; failed. */
  status: 'verified' | 'planned' | 'failed';
  error?: string;
  /** Registry tags added by this run besides `tag` (release and promote tags, extra tags). */
  addedTags: string[];
}

export interface RunResult {
  images: ImageResult[];
  changes?: ChangeSet;
  overlayChanged: boolean;
  /** Workspace-relative overlay files written (or, in a dry run, that would be). */
  overlayFiles: string[];
  commitSha?: string;
  /** Set when the run must fail (after outputs are written). */
  failure?: string;
  dryRun: boolean;
  /** Nothing was pushed by design (plan, dry run, push: false): planned tags may be reported. */
  planning: boolean;
}
