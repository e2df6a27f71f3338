/** The Config the engine consumes: every input parsed and validated once (parse.ts). */
import type { ImageReference } from '../reference.js';
import { INPUTS } from './inputs.js';

export type Mode = (typeof INPUTS.mode.values)[number];
export type OverlayFormat = (typeof INPUTS)['overlay-format']['values'][number];

/** How an image's value is spelled at its key: kept as found (`auto`) or forced. */
export const VALUE_SHAPES = ['auto', 'tag', 'digest', 'reference'] as const;
export type ValueShapeInput = (typeof VALUE_SHAPES)[number];

export const DECISIONS = ['build', 'reuse', 'promote', 'rollback', 'skip'] as const;
/** What a run decided for an image (the `decision` output per image). */
export type DecisionName = (typeof DECISIONS)[number];

/**
 * `commit`: leave the change in the work tree, commit it without pushing (`local`: a later
 * step or person pushes), push it, or propose it as a pull request.
 */
export type CommitMode = 'none' | 'local' | 'push' | 'pull-request';

/** One entry of a plan job's `images` output, applied by a later deploy job. */
export interface PlannedImage {
  name: string;
  /** '' for a skipped image that runs nothing verifiable. */
  tag: string;
  decision: DecisionName;
  /** The digest the plan found (promotions carry it out on this digest). */
  digest?: string;
  /** The image's source key (64 hex) the plan computed. */
  source?: string;
  /** Registry tags the deploy job adds (release and environment tags). */
  addTags: string[];
}

/** One image as configured: what to build and where it lives in overlays. */
export interface ImageConfig {
  /** The image name as overlays know it (kustomize `images[].name`). Unique. */
  name: string;
  /** Repository without tag or digest, registry joined in. */
  repository: ImageReference;
  /**
   * Set when neither `registry` nor the image's `repository` said where it lives: the
   * repository the overlay names for it is used (src/engine/facts.ts).
   */
  defaultRepository?: boolean;
  /** Build context, relative to the workspace, `/`-separated, no trailing slash (`.` = root). */
  context: string;
  /** Dockerfile path relative to the workspace. */
  dockerfile: string;
  /**
   * Globs (workspace-relative) that are the image's code, as given. Empty means "anything in
   * the context"; the Dockerfile always counts (see classify.ts and source/keys.ts).
   */
  paths: string[];
  target?: string;
  buildArgs: Record<string, string>;
  platforms: string[];
  /**
   * Key path of the value in a Helm/YAML/JSON/tfvars overlay (`key`, alias `helm-key`), when
   * one key serves every file. With `keyByFile` it is unset here: imageFor sets it per file.
   */
  key?: string;
  /** Key path of the repository in a values file, e.g. `api.image.repository`. */
  repositoryKey?: string;
  /** The shape the value is written in; `auto` keeps the shape the key already holds. */
  value: ValueShapeInput;
  /** `key` given as a map: overlay path (or glob) → key path; the first match decides. */
  keyByFile?: FileSetting<string>[];
  /** `value` given as a map: overlay path (or glob) → shape; `auto` for other files. */
  valueByFile?: FileSetting<ValueShapeInput>[];
}

/** One entry of a per-file `key` or `value` map, in the order written. */
export interface FileSetting<T> {
  /** Overlay path or glob, relative to the workspace (or to overlay-repository). */
  pattern: string;
  value: T;
}

export interface OverlayConfig {
  /**
   * Absolute path for an overlay in the workspace (verified to be inside it). For an
   * overlay in `overlay-repository` it is resolved once the repository is cloned.
   */
  file: string;
  /** Workspace-relative (or, with overlay-repository, repository-relative) path. */
  path: string;
  format: OverlayFormat;
}

/** `overlay-repository`: the overlays live in another git repository. */
export interface OverlayRepositoryConfig {
  /** `owner/name` on the run's GitHub server, or a git URL (https://, ssh://, file://, git@). */
  repository: string;
  /** Branch to read and write; default: the repository's default branch. */
  branch?: string;
  /** Token for git over HTTPS (`overlay-token`, default `github-token`); never put in a URL. */
  token?: string;
  /** A repository on this machine (file://, a path) is allowed (`allow-local-overlay-repository`). */
  allowLocal?: boolean;
}

/** One requested image (a line of the `tag` input, or a `deploy NAME=REF`). */
export interface RequestedRef {
  /** A full reference's repository: the image is looked up (and written) there. */
  repository?: ImageReference;
  tag?: string;
  digest?: string;
  /** A commit SHA (7–40 hex): the tag tag-template makes for that commit. */
  commit?: string;
  /**
   * mode promote: the tag the image gets in the target repository (`REF -> TAG`), instead of
   * REF's own tag. Immutable: never moved unless allow-tag-overwrite.
   */
  as?: string;
  /** kustomize's `*`: keep the tag (`repo:*`) or digest (`…@*`) the overlay has now. */
  keep?: { tag?: true; digest?: true };
}

/**
 * The `tag` input. `refs`: one ref for every image (`all`) and/or refs by image name
 * (`api=sha-1a2b3c4`); images not named keep running what they run. `previous`: roll back
 * `steps` deploys (`previous` = 1, `previous~2` = 2), for the named images or every image.
 */
export type TagRequest =
  | { kind: 'refs'; all?: RequestedRef; byImage: Record<string, RequestedRef> }
  | { kind: 'previous'; steps: number; images?: string[] };

/**
 * `sign`: how this run signs the images it builds (docs/trust.md). `key`: with the PEM text
 * of `signing-key`; `keyless`: the workflow's OIDC token through Fulcio and Rekor.
 */
export type SignConfig =
  | { kind: 'key'; signingKey: string }
  | { kind: 'keyless'; fulcioUrl: string; rekorUrl: string; tsaUrl?: string };

/**
 * `verify: signature`: the policy a signature must pass. `key`: signed by one of the PEM
 * public keys of `verify-key`; `keyless`: a Fulcio certificate whose identity matches
 * `certificateIdentity` whole (default: this repository's workflows) and whose issuer is
 * `certificateOidcIssuer`, under `trustedRoot` (the text of a trusted_root.json; default the
 * pinned public-good root).
 */
export type VerifyConfig =
  | { kind: 'key'; verifyKey: string }
  | {
      kind: 'keyless';
      certificateIdentity?: string;
      certificateOidcIssuer: string;
      trustedRoot?: string;
    };

/** Everything the engine needs, parsed and validated once from the inputs. */
export interface Config {
  workspace: string;
  images: ImageConfig[];
  registry?: string;
  overlays: OverlayConfig[];
  /** Set when the overlays live in another repository (paths are relative to it). */
  overlayRepository?: OverlayRepositoryConfig;
  fromOverlay?: OverlayConfig;
  deployPaths: string[];
  ignorePaths: string[];
  mode: Mode;
  tagTemplate: string;
  /** Tag template for pull request previews. */
  prTagTemplate: string;
  /** Mutable tags added to builds (templates); never written to overlays without a digest. */
  extraTags: string[];
  /** Tags added in the registry on promotion/release (templates); mutable. */
  promoteTags: string[];
  /** The source tag template (`src-{source:16}`); undefined when source tags are off. */
  sourceTag?: string;
  /** The `tag` input, parsed. */
  tag?: TagRequest;
  forceBuild: boolean;
  push: boolean;
  writeOverlay: boolean;
  pinDigest: boolean;
  commit: CommitMode;
  commitMessage: string;
  /** Branch a `commit: pull-request` change is pushed to ({environment} as its slug). */
  pullRequestBranch: string;
  /** Create an entry (or key) for an image the overlay does not name yet. */
  createMissing: boolean;
  environment?: string;
  /** Where the environment is reached (`environment-url`), in the URL parser's normal form. */
  environmentUrl?: string;
  /**
   * Record each deploy as a GitHub Deployment of `environment` and read the newest back
   * (`github-deployment`; `auto` resolved: on when `environment` is set).
   */
  githubDeployment: boolean;
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
  /**
   * False only for `set-image --no-verify`: the requested values are written as given,
   * without asking the registry and without the tag rule (kustomize's behaviour).
   */
  registryCheck: boolean;
  /** Sign the images this run builds (unset: `sign: none`). */
  sign?: SignConfig;
  /** Verify signatures before trusting an image (unset: `verify: none`). */
  verify?: VerifyConfig;
  /** `image-promote sign REF`: sign the requested image instead of deploying it. */
  signRequested?: boolean;
}
