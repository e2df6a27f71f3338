/**
 * The action's inputs: names, defaults and descriptions in one table. action.yml mirrors
 * it (a test keeps them equal); the CLI config file uses the same names.
 */
export interface InputSpec {
  description: string;
  default: string;
}

export const INPUTS = {
  images: {
    description:
      'YAML list of images (inline, or a path to a YAML file in the workspace). Each entry: name, repository, context, dockerfile, paths, target, build-args, platforms, key (alias helm-key), helm-repository-key, value (auto | tag | digest | reference).',
    default: '',
  },
  image: {
    description:
      'Single-image shorthand: the image name as overlays know it (also its repository under `registry`).',
    default: '',
  },
  context: { description: 'Single-image shorthand: build context directory.', default: '.' },
  dockerfile: {
    description: 'Single-image shorthand: Dockerfile path (default <context>/Dockerfile).',
    default: '',
  },
  paths: {
    description:
      'Single-image shorthand: globs (one per line) whose changes mean "rebuild this image".',
    default: '',
  },
  registry: {
    description:
      'Registry (and optional namespace) the image repositories live under, e.g. ghcr.io/acme or localhost:5000.',
    default: '',
  },
  overlay: {
    description:
      'Overlay file(s) that say what the environment runs (kustomization.yaml, Helm values, any YAML, JSON or .tfvars file), one per line.',
    default: '',
  },
  'overlay-format': {
    description: 'auto | kustomize | helm | yaml | json | tfvars',
    default: 'auto',
  },
  'overlay-repository': {
    description:
      'The overlays live in this repository (owner/name on the same GitHub server, or a git URL); `overlay` paths are relative to it.',
    default: '',
  },
  'overlay-branch': {
    description: 'Branch of overlay-repository to read and write (default: its default branch).',
    default: '',
  },
  'overlay-token': {
    description: 'Token for overlay-repository (default: github-token).',
    default: '',
  },
  'create-missing': {
    description:
      'Add an entry (or key) for an image the overlay does not name yet, instead of failing.',
    default: 'false',
  },
  'from-overlay': {
    description:
      'Promotion source overlay (e.g. staging): its refs are verified and written to `overlay`.',
    default: '',
  },
  'deploy-paths': {
    description:
      'Globs (one per line) of deploy configuration: changes here alone never trigger a build.',
    default: 'k8s/**\ndeploy/**\ninfra/**\nhelm/**',
  },
  'ignore-paths': {
    description: 'Globs (one per line) of files that never affect a deployment.',
    default: '**/*.md\ndocs/**\n.github/**',
  },
  mode: { description: 'auto | build | reuse | promote | rollback | plan', default: 'auto' },
  'tag-template': {
    description:
      'Immutable tag for new builds. Tokens: {sha} {sha:N} {branch} {pr} {date} {datetime} {run} {version}.',
    default: 'sha-{sha:7}',
  },
  'pr-tag-template': {
    description: 'Tag for pull request preview builds.',
    default: 'pr-{pr}-{sha:7}',
  },
  'extra-tags': {
    description:
      'Mutable tags added to builds, one per line: templates with {branch} on every branch push, others (latest) on the default branch only. Never written into an overlay without a digest.',
    default: 'latest',
  },
  'promote-tags': {
    description:
      'Tags added in the registry to promoted/released images (e.g. the environment name), one per line. Never written into an overlay.',
    default: '',
  },
  'source-tag': {
    description:
      'Immutable tag every image image-promote pushes also gets, naming its source: {source:N} is the first N hex of the source key. Empty turns source tags off.',
    default: 'src-{source:16}',
  },
  tag: {
    description:
      'Redeploy: a tag for every image, or NAME=TAG lines for some (the others keep running what they run). Roll back: previous, previous~N, or NAME=previous. In a matrix build job: the planned tag.',
    default: '',
  },
  'force-build': { description: 'Build even when no code changed.', default: 'false' },
  push: { description: 'Push built images (false: build only).', default: 'true' },
  'write-overlay': {
    description: 'Write the chosen refs into the overlay file(s).',
    default: 'false',
  },
  'pin-digest': { description: 'Also write the digest into the overlay.', default: 'false' },
  commit: {
    description:
      'false | true (commit and push the overlay change, retrying with rebase) | pull-request (push it to a branch and open or update a pull request).',
    default: 'false',
  },
  'pull-request-branch': {
    description: 'Branch a commit: pull-request change is pushed to. Token: {environment}.',
    default: 'image-promote/{environment}',
  },
  'commit-message': {
    description:
      'Commit message template. Tokens: {environment} {changes} {image} {from} {to} {sha}.',
    default: 'deploy({environment}): {changes} ({sha}) [skip ci]',
  },
  environment: {
    description: 'Environment name used in commit messages and the summary.',
    default: '',
  },
  base: { description: 'Override the base commit of the change detection.', default: '' },
  'github-token': {
    description:
      'Token for the GitHub API (change-list fallback, pull requests) and, by default, for overlay-repository.',
    default: '${{ github.token }}',
  },
  'dry-run': {
    description: 'Decide and verify, but build, push and write nothing.',
    default: 'false',
  },
  'insecure-registries': {
    description: 'Registries reached over plain HTTP besides localhost/127.0.0.1, one per line.',
    default: '',
  },
  'allow-tag-overwrite': {
    description:
      'Allow moving an existing immutable tag to a different digest (refused by default).',
    default: 'false',
  },
  'cache-from': { description: 'buildx --cache-from entries, one per line.', default: '' },
  'cache-to': { description: 'buildx --cache-to entries, one per line.', default: '' },
  'matrix-image': {
    description: 'In a matrix build job: build only this image (name from the plan matrix).',
    default: '',
  },
  'from-plan': {
    description:
      'The `images` output of an earlier `mode: plan` run: verify those refs exist and apply them instead of deciding again.',
    default: '',
  },
  'max-parallel': { description: 'Images built at the same time.', default: '2' },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;

export const OUTPUTS = {
  decision:
    'build | reuse | promote | rollback | skip (the strongest decision over all images), or failed when the run failed.',
  reason: 'One human sentence explaining the decision.',
  tag: 'The tag to deploy (of the first image when images differ).',
  images:
    'JSON array: name, repository, ref, tag, digest, source, decision, reason, status (verified | pushed | built | planned | failed | not-attempted), from, base.',
  digests: 'JSON object: image name → digest.',
  matrix: 'JSON {include:[…]} of the images to build, for a build matrix.',
  base: "The commit the explanation compares with: the one the environment runs, else the event rule's base.",
  head: 'Head commit.',
  'base-rule':
    'Which rule chose the base (deployed, push, new-branch, force-push, pull-request, merge-group, previous-tag, input, …).',
  changed:
    'code | deploy | ignored | none | unknown: what changed since the commit the environment runs.',
  'overlay-changed': 'true when this run changed (or, in a dry run, would change) an overlay file.',
  'kustomize-args': 'Arguments for `kustomize edit set image`, space separated.',
  'commit-sha':
    "The commit that holds the overlay change (pushed by this run, or already there); the first overlay repository's.",
  commits:
    'JSON object: overlay repository → {commit} or {pullRequest: {number, url}, branch, commit}.',
  'pull-request-number': 'The pull request that carries the overlay change (commit: pull-request).',
  'pull-request-url': 'Its URL.',
} as const;

export type OutputName = keyof typeof OUTPUTS;

/** Where input values come from: the action (core.getInput) or the CLI's YAML file. */
export interface InputSource {
  /** The raw value, '' when unset. */
  get(name: InputName): string;
  /**
   * The value as YAML data, when the source holds it parsed already (a config file's
   * `images` list): what parsing `get(name)` would give, without writing it out and reading
   * it back. Undefined when the value is text (then `get` is the value).
   */
  structured?(name: InputName): unknown;
}
