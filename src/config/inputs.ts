/**
 * The action's inputs and outputs, in one table: each input's kind (how its text is read),
 * default and description. read.ts reads every input by its kind; action.yml and the README's
 * outputs table are generated from here (scripts/gen-action-yml.mjs; a test keeps them
 * current); the CLI config file uses the same names. Pure data without imports: the
 * generator loads this file on its own.
 */

/** How an input's text is read (read.ts); '' means the default unless the kind says else. */
export type InputKind =
  /** true or false. */
  | { kind: 'boolean' }
  /** One line of text; `pattern`, when set, is what it must look like. */
  | { kind: 'text'; pattern?: RegExp; problem?: string; fix?: string }
  /** One item per line; `#` starts a comment line. '' is an empty list. */
  | { kind: 'lines' }
  /** Items separated by newlines or commas (`pattern`: what each looks like). '' is empty. */
  | { kind: 'list'; pattern?: RegExp; problem?: string }
  /** Path globs, one per line, relative to the repository root. '' is an empty list. */
  | { kind: 'globs' }
  | { kind: 'enum'; values: readonly string[] }
  /**
   * A template: tag tokens (`tag`; `immutable` when every build must get its own tag; `list`
   * for several), `source` (the source tag: '' turns it off), a commit message, or a branch.
   */
  | { kind: 'template'; of: 'tag'; immutable?: boolean; list?: boolean }
  | { kind: 'template'; of: 'source' | 'commit-message' | 'branch' }
  | { kind: 'integer'; min: number; max: number }
  /** YAML inline, or a path to a YAML file in the workspace (the images list). */
  | { kind: 'yaml' }
  | { kind: 'json'; fix: string }
  /** A credential: '' is none (the default is the runner's to fill in, never read here). */
  | { kind: 'secret' }
  /**
   * A document given inline or by path: text that `inline` matches is the value itself;
   * anything else is the path of a file in the workspace (`what` it must be), whose text is
   * the value. '' is none.
   */
  | { kind: 'document'; inline: RegExp; what: string };

/**
 * `cli`: a setting of the command line only (e.g. set-image --no-verify): not in action.yml,
 * and the action never reads it (its default always applies there).
 */
export type InputSpec = InputKind & { description: string; default: string; cli?: true };

export const INPUTS = {
  images: {
    kind: 'yaml',
    description:
      "YAML list of images (inline, or a path to a YAML file in the workspace). Each entry: name, repository, context, dockerfile, paths, target, build-args, platforms, key (alias helm-key), helm-repository-key, value (auto | tag | digest | reference). key and value also take a map from overlay path (or glob) to that file's key path or shape, e.g. key: {envs/dev/lambda.tfvars.json: lambda_image_uri, envs/prod/prod.tfvars: lambda.image_uri}.",
    default: '',
  },
  image: {
    kind: 'text',
    description:
      'Single-image shorthand: the image name as overlays know it (also its repository under `registry`).',
    default: '',
  },
  context: {
    kind: 'text',
    description: 'Single-image shorthand: build context directory.',
    default: '.',
  },
  dockerfile: {
    kind: 'text',
    description: 'Single-image shorthand: Dockerfile path (default <context>/Dockerfile).',
    default: '',
  },
  paths: {
    kind: 'globs',
    description:
      'Single-image shorthand: globs (one per line) whose changes mean "rebuild this image".',
    default: '',
  },
  registry: {
    kind: 'text',
    pattern: /^[A-Za-z0-9.-]+(:\d+)?(\/[a-z0-9._/-]+)?\/*$/,
    problem: 'is not a registry host with an optional namespace',
    fix: 'e.g. ghcr.io/acme or 123456789012.dkr.ecr.us-east-1.amazonaws.com',
    description:
      'Registry (and optional namespace) the image repositories live under, e.g. ghcr.io/acme or localhost:5000.',
    default: '',
  },
  overlay: {
    kind: 'lines',
    description:
      'Overlay file(s) that say what the environment runs (kustomization.yaml, Helm values, any YAML, JSON or .tfvars file), one per line.',
    default: '',
  },
  'overlay-format': {
    kind: 'enum',
    values: ['auto', 'kustomize', 'helm', 'yaml', 'json', 'tfvars'],
    description:
      'Format of the overlay files (helm is yaml); auto goes by the file name, then the content.',
    default: 'auto',
  },
  'overlay-repository': {
    kind: 'text',
    pattern: /^([A-Za-z0-9-]+\/[A-Za-z0-9._-]+|(https?|ssh|git|file):\/\/\S+|[\w.-]+@[\w.-]+:\S+)$/,
    problem: 'is neither owner/name nor a git URL',
    fix: 'e.g. acme/gitops or https://git.example.com/acme/gitops.git',
    description:
      'The overlays live in this repository (owner/name on the same GitHub server, or a git URL); `overlay` paths are relative to it.',
    default: '',
  },
  'overlay-branch': {
    kind: 'text',
    description: 'Branch of overlay-repository to read and write (default: its default branch).',
    default: '',
  },
  'overlay-token': {
    kind: 'secret',
    description: 'Token for overlay-repository (default: github-token).',
    default: '',
  },
  'allow-local-overlay-repository': {
    kind: 'boolean',
    description:
      'Allow overlay-repository to be a repository on this machine (a file:// URL or a path). Off by default: a workflow input must not make the action read and push any repository on the runner.',
    default: 'false',
  },
  'create-missing': {
    kind: 'boolean',
    description:
      'Add an entry (or key) for an image the overlay does not name yet, instead of failing.',
    default: 'false',
  },
  'from-overlay': {
    kind: 'text',
    description:
      'Promotion source overlay (e.g. staging): its refs are verified and written to `overlay`.',
    default: '',
  },
  'deploy-paths': {
    kind: 'globs',
    description:
      "Globs (one per line) of deploy configuration outside image build contexts: changes there alone never trigger a build (a file docker sends with an image is always that image's code; keep it out with .dockerignore).",
    default: 'k8s/**\ndeploy/**\ninfra/**\nhelm/**',
  },
  'ignore-paths': {
    kind: 'globs',
    description:
      "Globs (one per line) of files outside image build contexts that never affect a deployment (a file docker sends with an image is always that image's code; keep it out with .dockerignore).",
    default: '**/*.md\ndocs/**\n.github/**',
  },
  mode: {
    kind: 'enum',
    values: ['auto', 'build', 'reuse', 'promote', 'rollback', 'plan'],
    description:
      'auto decides per image from state; build, reuse, promote and rollback force one decision; plan decides and outputs a build matrix.',
    default: 'auto',
  },
  'tag-template': {
    kind: 'template',
    of: 'tag',
    immutable: true,
    description:
      'Immutable tag for new builds. Tokens: {sha} {sha:N} {branch} {pr} {date} {datetime} {run} {version}.',
    default: 'sha-{sha:7}',
  },
  'pr-tag-template': {
    kind: 'template',
    of: 'tag',
    immutable: true,
    description: 'Tag for pull request preview builds.',
    default: 'pr-{pr}-{sha:7}',
  },
  'extra-tags': {
    kind: 'template',
    of: 'tag',
    list: true,
    description:
      'Mutable tags added to builds, one per line: templates with {branch} on every branch push, others (latest) on the default branch only. Never written into an overlay without a digest.',
    default: 'latest',
  },
  'promote-tags': {
    kind: 'template',
    of: 'tag',
    list: true,
    description:
      'Tags added in the registry to promoted/released images (e.g. the environment name), one per line. Never written into an overlay.',
    default: '',
  },
  'source-tag': {
    kind: 'template',
    of: 'source',
    description:
      'Immutable tag every image image-promote pushes also gets, naming its source: {source:N} is the first N hex of the source key. Empty turns source tags off.',
    default: 'src-{source:16}',
  },
  tag: {
    kind: 'lines',
    description:
      'Redeploy: one REF for every image, or NAME=REF lines for some (the others keep running what they run). A REF is a tag (sha-1a2b3c4, v1.2.3), TAG@sha256:<digest>, a digest sha256:<64 hex>, a full reference with a tag and/or digest (ghcr.io/acme/api:v1), or a commit SHA (7-40 lowercase hex: the tag tag-template makes for it). Roll back: previous, previous~N, or NAME=previous. In a matrix build job: the planned tag.',
    default: '',
  },
  'force-build': {
    kind: 'boolean',
    description: 'Build even when no code changed.',
    default: 'false',
  },
  push: { kind: 'boolean', description: 'Push built images (false: build only).', default: 'true' },
  'write-overlay': {
    kind: 'boolean',
    description: 'Write the chosen refs into the overlay file(s).',
    default: 'false',
  },
  'pin-digest': {
    kind: 'boolean',
    description: 'Also write the digest into the overlay.',
    default: 'false',
  },
  commit: {
    kind: 'enum',
    values: ['false', 'local', 'true', 'pull-request'],
    description:
      'false leaves the overlay change in the work tree; local commits it without pushing (a later step pushes it); true commits and pushes it (retrying with rebase); pull-request pushes it to pull-request-branch and opens or updates a pull request.',
    default: 'false',
  },
  'pull-request-branch': {
    kind: 'template',
    of: 'branch',
    description:
      'Branch name (not a ref) a commit: pull-request change is pushed to. Token: {environment}, as a slug (Production EU → production-eu).',
    default: 'image-promote/{environment}',
  },
  'commit-message': {
    kind: 'template',
    of: 'commit-message',
    description:
      'Commit message template. Tokens: {environment} {changes} {image} {from} {to} {sha}.',
    default: 'deploy({environment}): {changes} ({sha}) [skip ci]',
  },
  environment: {
    kind: 'text',
    description:
      'Environment name, free text ("Production EU"), used as written in commit messages, the summary, the deploy record (commit trailers) and as the GitHub Deployment\'s environment.',
    default: '',
  },
  'environment-url': {
    kind: 'text',
    pattern: /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/,
    problem: 'is not an http(s) URL without credentials',
    fix: 'e.g. https://shop.example.com',
    description:
      'Where the environment is reached (a GitHub Deployment\'s environment URL, shown on the environment page and as "View deployment"), e.g. https://shop.example.com. Needs environment.',
    default: '',
  },
  'github-deployment': {
    kind: 'enum',
    values: ['auto', 'true', 'false'],
    description:
      "Record each deploy as a GitHub Deployment of `environment` (ref: the commit deployed; statuses in_progress → success or failure, the run as its log, environment-url; the previous deployment marked inactive) and read the newest one back to tell which commit's configuration runs. auto: when environment is set. Needs `permissions: deployments: write`; without it, a warning (the overlay commit's trailers still record the deploy).",
    default: 'auto',
  },
  base: {
    kind: 'text',
    pattern: /^(?!-)[A-Za-z0-9_./~^@{}-]+$/,
    problem: 'is not a git revision',
    fix: 'give a commit SHA, tag or branch',
    description: 'Override the base commit of the change detection.',
    default: '',
  },
  'github-token': {
    kind: 'secret',
    description:
      'Token for the GitHub API (change-list fallback, pull requests, deployments) and, by default, for overlay-repository.',
    default: '${{ github.token }}',
  },
  'dry-run': {
    kind: 'boolean',
    description: 'Decide and verify, but build, push and write nothing.',
    default: 'false',
  },
  'insecure-registries': {
    kind: 'list',
    pattern: /^[A-Za-z0-9.-]+(:\d+)?$/,
    problem: 'is not a host[:port]',
    description: 'Registries reached over plain HTTP besides localhost/127.0.0.1, one per line.',
    default: '',
  },
  'allow-tag-overwrite': {
    kind: 'boolean',
    description:
      'Allow moving an existing immutable tag to a different digest (refused by default).',
    default: 'false',
  },
  'cache-from': {
    kind: 'lines',
    description: 'buildx --cache-from entries, one per line.',
    default: '',
  },
  'cache-to': {
    kind: 'lines',
    description: 'buildx --cache-to entries, one per line.',
    default: '',
  },
  'matrix-image': {
    kind: 'text',
    description: 'In a matrix build job: build only this image (name from the plan matrix).',
    default: '',
  },
  'from-plan': {
    kind: 'json',
    fix: 'pass the `images` output of the plan job unchanged',
    description:
      'The `images` output of an earlier `mode: plan` run: verify those refs exist and apply them instead of deciding again.',
    default: '',
  },
  'max-parallel': {
    kind: 'integer',
    min: 1,
    max: 32,
    description: 'Images built (or promoted, copied and tagged) at the same time.',
    default: '2',
  },
  sign: {
    kind: 'enum',
    values: ['none', 'keyless', 'key'],
    description:
      "Sign every image this run builds, before any tag an overlay uses is added: a source statement (the image digest, its source key, repository, commit, workflow and run; docs/trust.md) in a Sigstore bundle stored as an OCI referrer of the image. keyless: the workflow's OIDC token (permissions: id-token: write) through Fulcio and Rekor; key: signing-key.",
    default: 'none',
  },
  'signing-key': {
    kind: 'secret',
    description:
      'sign: key — the PEM text of an unencrypted EC P-256 private key (PKCS#8, from `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256`), from a secret. Bundles carry its hint and no log entry (GHES, air-gapped registries).',
    default: '',
  },
  'fulcio-url': {
    kind: 'text',
    pattern: /^https?:\/\/[^\s/@]+(\/\S*)?$/,
    problem: 'is not an http(s) URL without credentials',
    fix: 'e.g. https://fulcio.sigstore.dev',
    description: 'sign: keyless — the Fulcio certificate authority.',
    default: 'https://fulcio.sigstore.dev',
  },
  'rekor-url': {
    kind: 'text',
    pattern: /^https?:\/\/[^\s/@]+(\/\S*)?$/,
    problem: 'is not an http(s) URL without credentials',
    fix: 'e.g. https://rekor.sigstore.dev',
    description: 'sign: keyless — the Rekor transparency log.',
    default: 'https://rekor.sigstore.dev',
  },
  'tsa-url': {
    kind: 'text',
    pattern: /^https?:\/\/[^\s/@]+(\/\S*)?$/,
    problem: 'is not an http(s) URL without credentials',
    fix: 'e.g. https://timestamp.sigstore.dev',
    description:
      'sign: keyless — an RFC 3161 timestamp authority to timestamp signatures too (default: none; the Rekor entry carries the time).',
    default: '',
  },
  verify: {
    kind: 'enum',
    values: ['none', 'signature'],
    description:
      "signature: every image the run would reuse, promote, adopt, roll back to or redeploy must carry a source statement signed under the policy (certificate-identity and certificate-oidc-issuer, or verify-key) whose subject is its digest, and, for reuse, promote and adopt, whose source key is this image's; otherwise the image fails and nothing is written.",
    default: 'none',
  },
  'verify-key': {
    kind: 'document',
    inline: /-----BEGIN /,
    what: 'a PEM file of public keys',
    description:
      'verify: signature with key-based signatures — the PEM text of one or more EC P-256 public keys (or the path of such a file in the workspace). When set, only signatures by these keys count.',
    default: '',
  },
  'certificate-identity': {
    kind: 'text',
    description:
      "verify: signature, keyless — a regular expression the signing certificate's identity must match whole (it is anchored). Default: any workflow of this repository, https://<server>/<owner>/<repo>/.github/workflows/<file>@<ref>.",
    default: '',
  },
  'certificate-oidc-issuer': {
    kind: 'text',
    description: "verify: signature, keyless — the signing certificate's OIDC issuer, exactly.",
    default: 'https://token.actions.githubusercontent.com',
  },
  'trusted-root': {
    kind: 'document',
    inline: /^\s*\{/,
    what: 'a Sigstore trusted_root.json',
    description:
      'verify: signature, keyless — the path of a Sigstore trusted_root.json in the workspace (or its text), replacing the pinned public-good root image-promote ships (docs/trust.md says how it is refreshed).',
    default: '',
  },
  'sign-requested': {
    kind: 'boolean',
    cli: true,
    description:
      "Sign the requested image (the tag input) with the statement of its image's source at the head commit, instead of deploying it (image-promote sign; the command line only).",
    default: 'false',
  },
  'registry-check': {
    kind: 'boolean',
    cli: true,
    description:
      'false writes the requested values as given, asking no registry and applying no tag rule (set-image --no-verify; the command line only).',
    default: 'true',
  },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;

/** What each output means; README.md's outputs table and action.yml are generated from it. */
export const OUTPUTS = {
  decision:
    'build | reuse | promote | rollback | skip (the strongest decision over all images), or failed when the run failed.',
  reason: 'One human sentence explaining the decision (on failure: the first failure).',
  tag: 'The tag to deploy (of the first image when images differ).',
  images:
    'JSON array, one entry per image: name, repository, ref, tag, digest, source, decision (build | reuse | promote | rollback | skip, or not-attempted for an image the run never decided), reason, status (verified | pushed | built | planned | failed | not-attempted), from, base, and with sign or verify the signature (identity, issuer or keyHint, signedAt, runUrl, workflowRef, repository, commit, sourceKey, referrer; signedNow when this run signed it).',
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
