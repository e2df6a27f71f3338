import type { ImageReference } from '../reference.js';

export const MODES = ['auto', 'build', 'reuse', 'promote', 'rollback', 'plan'] as const;
export type Mode = (typeof MODES)[number];

export const OVERLAY_FORMATS = ['auto', 'kustomize', 'helm', 'yaml'] as const;
export type OverlayFormat = (typeof OVERLAY_FORMATS)[number];

export const DECISIONS = ['build', 'reuse', 'promote', 'rollback', 'skip'] as const;
export type Decision = (typeof DECISIONS)[number];

/** One entry of a plan job's `images` output, applied by a later deploy job. */
export interface PlannedImage {
  name: string;
  /** '' for a skipped image that runs nothing verifiable. */
  tag: string;
  decision: Decision;
  /** The digest the plan found (promotions carry it out on this digest). */
  digest?: string;
  /** Registry tags the deploy job adds (release and environment tags). */
  addTags: string[];
}

/** One image as configured: what to build and where it lives in overlays. */
export interface ImageConfig {
  /** The image name as overlays know it (kustomize `images[].name`). Unique. */
  name: string;
  /** Repository without tag or digest, registry joined in. */
  repository: ImageReference;
  /** Build context, relative to the workspace, `/`-separated, no trailing slash (`.` = root). */
  context: string;
  /** Dockerfile path relative to the workspace. */
  dockerfile: string;
  /**
   * Globs (workspace-relative) whose changes mean "rebuild this image", as given. Empty
   * means "anything in the context"; the Dockerfile always counts (see classify.ts).
   */
  paths: string[];
  target?: string;
  buildArgs: Record<string, string>;
  platforms: string[];
  /** Helm/YAML key path of the tag, e.g. `api.image.tag`. */
  helmKey?: string;
  /** Helm/YAML key path of the repository, e.g. `api.image.repository`. */
  helmRepositoryKey?: string;
}

export interface OverlayConfig {
  /** Absolute path, verified to be inside the workspace. */
  file: string;
  /** Workspace-relative path, for messages and git. */
  path: string;
  format: OverlayFormat;
}

/** Everything the engine needs, parsed and validated once from the inputs. */
export interface Config {
  workspace: string;
  images: ImageConfig[];
  registry?: string;
  overlays: OverlayConfig[];
  fromOverlay?: OverlayConfig;
  deployPaths: string[];
  ignorePaths: string[];
  mode: Mode;
  tagTemplate: string;
  /** Tag template for pull request previews. */
  prTagTemplate: string;
  /** Mutable tags for default-branch builds (templates); never written to overlays. */
  extraTags: string[];
  /** Tags added in the registry on promotion/release (templates); never written to overlays. */
  promoteTags: string[];
  /** Explicit tag or reference (redeploy/rollback/matrix build); `previous` means rollback. */
  tag?: string;
  forceBuild: boolean;
  push: boolean;
  writeOverlay: boolean;
  pinDigest: boolean;
  commit: boolean;
  commitMessage: string;
  environment?: string;
  base?: string;
  githubToken?: string;
  dryRun: boolean;
  /** Registries reached over plain HTTP besides localhost/127.0.0.1. */
  insecureRegistries: string[];
  allowTagOverwrite: boolean;
  cacheFrom: string[];
  cacheTo: string[];
  /** In a matrix job: build only this image. */
  matrixImage?: string;
  maxParallel: number;
  /** Decisions of an earlier `mode: plan` run to verify and apply. */
  fromPlan?: PlannedImage[];
}
