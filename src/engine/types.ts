/**
 * The values the engine's phases hand each other: facts (gathered once), decisions (pure),
 * and results (what execution and verification made of them). Each phase returns new values.
 */
import type { RepositoryResult } from '../gitops/outputs.js';
import type { ChangeKind, ImageChange } from '../changes/classify.js';
import type { BaseRule, ChangeSet } from '../changes/detect.js';
import type { DecisionName, ImageConfig, PlannedImage } from '../config/types.js';
import type { RequestCount } from '../http/tally.js';
import type { ImageValue, OverlayChange, OverlayState } from '../overlay/types.js';
import type { SourceStatementFields } from '../provenance/statement.js';
import type { ImageReference } from '../reference.js';
import type {
  ConfigVerdict,
  DeployRecord,
  HoldOrigin,
  HoldVerdict,
  RecordEntry,
} from '../record/index.js';

export type { ImageValue };

// ---------------------------------------------------------------------------------------
// Facts

/** An image the registry holds under `tag`, with the digest computed from its bytes. */
export interface RegistryImage {
  repository: ImageReference;
  tag: string;
  digest: string;
  /**
   * What `tag` names now. Equal to `digest` for an image looked up by its tag; for a value
   * pinned to a digest, another digest (or undefined) when the tag moved (or is gone).
   */
  tagDigest?: string;
  /** `org.opencontainers.image.revision`, when it was read. */
  revision?: string;
  /** The manifest's media type and size, as read. */
  mediaType?: string;
  size?: number;
}

/** A registry lookup that failed (not "missing": the registry could not answer). */
export interface LookupProblem {
  problem: string;
}

/** What a registry lookup of a tag gave: the image, nothing (absent), or a problem. */
export type Lookup = RegistryImage | undefined | LookupProblem;

export function isProblem(lookup: Lookup): lookup is LookupProblem {
  return lookup !== undefined && 'problem' in lookup;
}

export function found(lookup: Lookup): RegistryImage | undefined {
  return lookup !== undefined && !('problem' in lookup) ? lookup : undefined;
}

/** What the target overlay says the environment runs, and what the registry says about it. */
export interface DeployedFacts {
  /** Workspace- or repository-relative path of the overlay that holds the value. */
  overlay: string;
  value: ImageValue;
  /** Where the value points: its own repository, else the image's. */
  repository: ImageReference;
  /** The registry's answer for the value (by digest when it has one, else by tag). */
  image: Lookup;
  /** The commit the deployed image was built from, when it could be found, and how. */
  commit?: { sha: string; via: 'tag' | 'git-tag' | 'label' };
  /** The image's source key at that commit (when its tree could be read). */
  sourceKey?: string;
}

/** What the explanation compares: the changed files between `base` and the head. */
export interface Comparison {
  base?: string;
  rule: BaseRule | 'deployed';
  change: ImageChange;
  /** Set when no trustworthy change list exists (why). */
  note?: string;
}

/** A requested image (the `tag` input, a plan's tag) and the registry's answer for it. */
export interface RequestedFacts {
  /** Where it is looked up: a full reference's repository, else the image's. */
  repository: ImageReference;
  tag?: string;
  digest?: string;
  /** mode promote: the tag it gets in the image's repository (`REF -> TAG`). */
  as?: string;
  image: Lookup;
}

/** The N-th previous deployed value of an image, from the overlay's history. */
export interface RollbackFacts {
  /** The value found and verified, or why there is none. */
  target?: { value: ImageValue; image: RegistryImage; commit: string; skipped: string[] };
  problem?: string;
}

export interface ImageFacts {
  image: ImageConfig;
  /** The image's source key at the head commit, or why it could not be computed. */
  source: { key: string; files: number } | { problem: string };
  /** The source tag's lookup (undefined when source tags are off). */
  sourceImage?: Lookup;
  /** The overlay's value (absent when no target overlay names the image). */
  deployed?: DeployedFacts;
  /** This run's primary tag, when the run needs it (see src/engine/needs.ts). */
  primary?: string;
  /**
   * What the image's repository holds under tags this run may write: its primary and
   * release tags, and the tags written into a value it shares with other images.
   */
  tagged: ReadonlyMap<string, Lookup>;
  /** What changed since the commit the environment runs (the explanation). */
  comparison: Comparison;
  /** The `tag` input's ref for this image (or a plan's tag), looked up. */
  requested?: RequestedFacts;
  rollback?: RollbackFacts;
  /** mode promote: the source overlay's value for this image, looked up. */
  promoteSource?: { overlay: string; value: ImageValue; repository: ImageReference; image: Lookup };
  /** from-plan: the plan's entry for this image. */
  planned?: PlannedImage;
  /** The environment's deploy records, when the run needs them (src/engine/record.ts). */
  record?: RecordFacts;
}

/** What the environment's records say about one image (docs/record.md). */
export interface RecordFacts {
  /**
   * The records of the environment whose overlay runs the image, newest first: the newest
   * successful GitHub Deployment's and the overlay commits' trailers.
   */
  entries: RecordEntry[];
  /**
   * Reuse or skip, from the commit whose configuration the environment runs (its newest
   * record); undefined when no record names one (the explanation's diff decides then).
   */
  config?: ConfigVerdict;
  /**
   * A rollback or redeploy holds the image (src/record/holds.ts: the head's source is the one
   * it was moved away from, and the overlay still holds the value it left): the auto rule
   * keeps it where it is.
   */
  hold?: Extract<HoldVerdict, { held: true }>;
}

/**
 * Who signed an image and what the signed source statement says — key, key version,
 * repository, forge, commit, workflow, run (docs/trust.md): from a signature verified under
 * the run's policy, or one this run made.
 */
export interface SignatureInfo extends Omit<SourceStatementFields, 'imagePromoteVersion'> {
  /** The certificate's identity (its subject alternative name), or `key sha256:<hex>`. */
  identity: string;
  /** The OIDC issuer the certificate names (keyless). */
  issuer?: string;
  /** `sha256:<hex of the public key>` (key-based). */
  keyHint?: string;
  /** When it was signed, from a verified log entry or timestamp (ISO 8601; keyless only). */
  signedAt?: string;
  /** The referrer manifest that carries the bundle. */
  referrer: string;
  /** This run signed it (a build, or image-promote sign), rather than verified it. */
  signedNow?: boolean;
}

/**
 * verify: signature — what checking one digest's signatures gave: the signature that passed
 * the policy, or what was found instead (`none`, `other-identity`, …, or `unreadable` when
 * the registry could not answer) and, in words, what the policy requires.
 */
export type SignatureFact =
  | { ok: true; signature: SignatureInfo }
  | { ok: false; found: string; problem: string; required: string };

export interface RunFacts {
  images: ImageFacts[];
  /** The target overlays, read once (the write phase plans from this state). */
  overlays: OverlayState[];
  /** Releases and `mode: promote` on a tag: is the tagged commit on the default branch? */
  gate?: { ok: true } | { ok: false; reason: string };
  /** The event rule's change list, when an image needed it. */
  changes?: ChangeSet;
  /**
   * verify: signature — every digest the decision may use, checked once, by
   * `<repository>@<digest>` (src/engine/trust.ts signatureKey).
   */
  signatures?: ReadonlyMap<string, SignatureFact>;
}

// ---------------------------------------------------------------------------------------
// Decisions (pure)

/** A tag to point at an image's digest in its repository. */
export interface TagWrite {
  tag: string;
  /** May move (extra-tags, env tags): the registry is allowed to overwrite it. */
  mutable: boolean;
}

/**
 * What to do for one image. `target` is the image the environment should run afterwards;
 * its digest is known unless it is being built.
 */
export type Decision =
  | {
      kind: 'keep';
      name: 'reuse' | 'skip';
      image: ImageConfig;
      reason: string;
      target: RegistryImage;
      /** Adopting an image built before source tags: give it its source tag. */
      adopt?: string;
      /** A rollback or redeploy holds the image where it is (src/record/holds.ts). */
      held?: HoldOrigin;
    }
  | {
      kind: 'keep-unverified';
      image: ImageConfig;
      reason: string;
    }
  | {
      kind: 'tag';
      name: DecisionName;
      image: ImageConfig;
      reason: string;
      target: RegistryImage;
      /** Immutable tags to add before verification (primary, source of an adoption, shared value). */
      addTags: string[];
      /** Copy the image from another repository first (mode promote). */
      copyFrom?: ImageReference;
      /** Tags added only once every image is verified (release and environment tags). */
      laterTags: TagWrite[];
      /** The value to write to the overlay. */
      write: { tag?: string; digest?: string };
    }
  | {
      kind: 'build';
      image: ImageConfig;
      reason: string;
      /** Pushed by the builder: the primary tag, then the source tag (when new). */
      pushTags: string[];
      laterTags: TagWrite[];
      write: { tag: string };
    }
  | {
      /** set-image --no-verify: the requested value goes in as given, no registry asked. */
      kind: 'write-unverified';
      image: ImageConfig;
      reason: string;
      write: { repository: ImageReference; tag?: string; digest?: string };
    }
  | { kind: 'fail'; name: DecisionName; image: ImageConfig; reason: string; error: string };

// ---------------------------------------------------------------------------------------
// Results

/**
 * What happened to an image: `unverified` (written as given without asking the registry:
 * set-image --no-verify), `verified` (the registry holds what the run reports, re-read),
 * `pushed` (built and pushed, not verified because the run stopped), `built` (built locally,
 * push: false), `planned` (plan or dry run: what would happen), `failed`, `not-attempted`
 * (another image's failure stopped the run first).
 */
export type ImageStatus =
  'verified' | 'pushed' | 'built' | 'planned' | 'failed' | 'not-attempted' | 'unverified';

/** An image's decision in the results: `not-attempted` when the run stopped before deciding. */
export type ImageDecision = DecisionName | 'not-attempted';

export interface ImageResult {
  name: string;
  /** Repository (fully qualified, no tag). */
  repository: string;
  decision: ImageDecision;
  reason: string;
  change: ChangeKind;
  /** The image's source key (64 hex), when it was computed. */
  source?: string;
  tag?: string;
  digest?: string;
  /** The manifest's media type and size (an index or one image), when it was read. */
  mediaType?: string;
  size?: number;
  status: ImageStatus;
  error?: string;
  /** Registry tags besides `tag` this run added (or, when planned, will add). */
  addedTags: string[];
  /** What the environment ran before (`sha-1a2b3c4`), for "from → to". */
  from?: string;
  /** The commit the explanation compared with, and which rule chose it. */
  base?: string;
  baseRule?: string;
  /** Whether the overlay value changes (or would) for this image. */
  write: boolean;
  /** A rollback or redeploy holds the image where it is (its value was kept). */
  held?: HoldOrigin;
  /** The signature the image was verified by, or the one this run made. */
  signature?: SignatureInfo;
}

/** What the write-back did in one overlay repository (src/gitops/write-back.ts). */
export type RepositoryCommit = RepositoryResult;

export interface RunResult {
  images: ImageResult[];
  changes?: ChangeSet;
  overlayChanged: boolean;
  /** Overlay files written (or, in a dry run, that would be). */
  overlayFiles: string[];
  /** Each image's overlay change written (or, in a dry run, planned), with its file. */
  overlayChanges: (OverlayChange & { overlay: string })[];
  /** The new content of each changed overlay (what a dry run would write). */
  overlayTexts: { path: string; after: Buffer }[];
  /** One entry per overlay repository the run committed to (or found holding the change). */
  commits: RepositoryCommit[];
  /** Set when the run must fail (after outputs are written): the first failure, in a sentence. */
  failure?: string;
  /** `input` when the failure is a bad input (the CLI exits 2), else `run`. */
  failureKind?: 'input' | 'run';
  dryRun: boolean;
  /** Nothing was pushed by design (plan, dry run, push: false): planned tags may be reported. */
  planning: boolean;
  /** The record of this deploy (the overlay commit's trailers, the deployment's payload). */
  record?: DeployRecord;
  /**
   * The environments the configuration knows, drawn for the job summary (markdown: a mermaid
   * diagram and a table; EngineDeps.summary).
   */
  picture?: string;
  /** The HTTP requests the run sent, per registry and API host (EngineDeps.tally). */
  requests?: RequestCount[];
}

/** What `state` says `name` runs, or undefined when it does not name the image. */
export function overlayValue(state: OverlayState, name: string): ImageValue | undefined {
  const s = state.images.get(name);
  return s?.found ? s.value : undefined;
}

/** Where an image's value lives in `state` (images with the same slot share one value). */
export function overlaySlot(state: OverlayState, image: ImageConfig): string | undefined {
  const s = state.images.get(image.name);
  return s?.found ? s.slot : undefined;
}
