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
      'YAML list of images (inline, or a path to a YAML file in the workspace). Each entry: name, repository, context, dockerfile, paths, target, build-args, platforms, helm-key, helm-repository-key.',
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
      'Overlay file(s) that say what the environment runs (kustomization.yaml, Helm values, any YAML), one per line.',
    default: '',
  },
  'overlay-format': { description: 'auto | kustomize | helm | yaml', default: 'auto' },
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
      'Mutable tags added to builds from the default branch (never written into an overlay), one per line.',
    default: 'latest',
  },
  'promote-tags': {
    description:
      'Tags added in the registry to promoted/released images (e.g. the environment name), one per line. Never written into an overlay.',
    default: '',
  },
  tag: {
    description:
      'Explicit tag or reference to deploy (redeploy), or `previous` to roll back. In a matrix build job: the planned tag.',
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
    description: 'Commit and push the overlay change (retries with rebase).',
    default: 'false',
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
    description: 'Token for the GitHub API fallback of change detection.',
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
  decision: 'build | reuse | promote | rollback | skip (the strongest decision over all images).',
  reason: 'One human sentence explaining the decision.',
  tag: 'The tag to deploy (of the first image when images differ).',
  images: 'JSON array: name, repository, ref, tag, digest, decision, reason.',
  digests: 'JSON object: image name → digest.',
  matrix: 'JSON {include:[…]} of the images to build, for a build matrix.',
  base: 'Base commit of the change detection.',
  head: 'Head commit.',
  'base-rule':
    'Which rule chose the base (push, new-branch, pull-request, merge-group, previous-tag, overlay, input, …).',
  changed: 'code | deploy | ignored | none | unknown.',
  'overlay-changed': 'true when this run changed (or, in a dry run, would change) an overlay file.',
  'kustomize-args': 'Arguments for `kustomize edit set image`, space separated.',
  'commit-sha': 'The overlay commit this run pushed, if any.',
} as const;

export type OutputName = keyof typeof OUTPUTS;

/** Where input values come from: the action (core.getInput) or the CLI's YAML file. */
export interface InputSource {
  /** The raw value, '' when unset. */
  get(name: InputName): string;
}
