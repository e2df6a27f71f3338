/**
 * The record of a deploy: what one run made an environment run, written with every overlay
 * change (as commit trailers, docs/record.md) and, where the token allows, as the payload of
 * a GitHub Deployment. Read back, it tells which commit's configuration an environment runs,
 * what was rolled back, and which images are held. Pure types.
 */

/** The record format's version. A reader ignores records of a newer version, with a reason. */
export const RECORD_VERSION = 1;

/**
 * How an image got its value in this deploy:
 *   build     built from the commit's source and deployed
 *   promote   an existing image of the commit's source deployed (no build)
 *   reuse     the environment already ran an image of the commit's source (value unchanged)
 *   release   a version tag's image deployed (release promotion)
 *   redeploy  an explicit `tag:` deployed an image the commit's source did not ask for
 *   rollback  `tag: previous` went back to an earlier value
 */
export const RECORD_KINDS = [
  'build',
  'promote',
  'reuse',
  'release',
  'redeploy',
  'rollback',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A history entry's kind: a record's, or `unknown` for an overlay commit without a record. */
export type HistoryKind = RecordKind | 'unknown';

/** One image of a deploy. References are fully qualified: `registry/path[:tag][@digest]`. */
export interface RecordImage {
  /** The image name as overlays know it (kustomize `images[].name`). */
  name: string;
  kind: RecordKind;
  /** What the environment ran before; absent on the first deploy. */
  from?: string;
  /** What it runs after this deploy. */
  to: string;
  /** The verified digest of `to` (sha256:…). */
  digest?: string;
  /** The image's source key (64 hex) at the config commit. */
  source?: string;
  /** For `rollback` and `redeploy`: the image moved away from, with its digest when known. */
  rolledBackFrom?: { ref: string; digest?: string };
}

export interface DeployRecord {
  version: typeof RECORD_VERSION;
  /** The environment's name (the `environment` input). */
  environment?: string;
  /** The commit whose configuration the environment runs after this deploy (full id). */
  configCommit?: string;
  /** Who started the run (GITHUB_ACTOR, or the CLI's user). Outside text. */
  actor?: string;
  /** The run's URL (log_url of the deployment). */
  run?: string;
  images: RecordImage[];
}

/** A record read back: from an overlay commit, or from a GitHub Deployment. */
export interface RecordEntry {
  /** The overlay commit (trailers) or the deployment's commit (`sha`). */
  commit: string;
  /** When: the commit's committer time or the deployment's creation time. */
  time: Date;
  /** The record's actor, else the commit's author or the deployment's creator. */
  actor?: string;
  record: DeployRecord;
  from: 'trailers' | 'deployment';
}
