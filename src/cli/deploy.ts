/**
 * `image-promote deploy OVERLAY NAME=REF…`: the laptop version of a team's `deploy-sha`
 * script. Every REF is resolved in its registry first (digests computed from the manifest
 * bytes) and checked against the tag allow-list; only when all of them pass is the overlay
 * edited (any supported format, through src/overlay) and, on request, committed and pushed
 * in the git repository that holds it (src/gitops).
 */
import { dirname, resolve } from 'node:path';
import { fileInputSource } from '../config/file.js';
import type { InputName, InputSource } from '../config/inputs.js';
import { parseConfig } from '../config/parse.js';
import type {
  Config,
  ImageConfig,
  OverlayConfig,
  OverlayFormat,
  ValueShapeInput,
} from '../config/types.js';
import { VALUE_SHAPES } from '../config/types.js';
import { UserError } from '../errors.js';
import { Git } from '../git.js';
import {
  locateRepository,
  writeBack,
  type OverlayRepository,
  type RepositoryResult,
} from '../gitops/index.js';
import {
  checkCommitTemplate,
  commitMessageChange,
  DEFAULT_COMMIT_MESSAGE,
  renderCommitMessage,
} from '../overlay/commit-message.js';
import { keyPathProblem } from '../overlay/key-path.js';
import { planOverlayEdit, readOverlay, writeOverlayEdits } from '../overlay/overlay-files.js';
import type { ImageUpdate, OverlayEdit, OverlayState, PlanOptions } from '../overlay/types.js';
import {
  digestProblem,
  formatReference,
  joinRepository,
  parseReference,
  parseRepositoryName,
  ReferenceError,
  tagProblem,
  tryParseReference,
  withTagAndDigest,
  type ImageReference,
} from '../reference.js';
import { createRegistryProvider } from '../registry/provider.js';
import { mutableTagRefusal, type PolicyConfig, type TagPolicy } from '../tags/policy.js';
import { parseTemplate, renderTemplate, TemplateError, tokensOf } from '../tags/template.js';
import { parseFlags, UsageError, workspaceAndConfig, type CliContext } from './context.js';
import {
  cliTagPolicy,
  defaultPolicyConfig,
  overlayFile,
  verifyImage,
  type VerifiedImage,
} from './verify.js';

const HELP = `usage: image-promote deploy OVERLAY NAME=REF... [options]

Deploys images into an overlay: every REF is looked up in its registry first (the digest is
computed from the manifest bytes) and a REF that is not there is refused; only when every
image checks out is the file edited — a kustomization's images:, or a YAML/Helm values, JSON
or Terraform variables file by key path — keeping every other byte.

  OVERLAY  the file (or a directory holding a kustomization.yaml)
  NAME     the image's name: kustomize images[].name, or an image of --config
  REF      1a2b3c4               a commit SHA (7 to 40 hex digits) means the tag tag-template
                                 makes for that commit: sha-1a2b3c4 by default
           sha-1a2b3c4, v1.2.3   a tag in the image's repository
           TAG@sha256:...        a tag, checked to point at that digest
           sha256:...            a digest in the image's repository
           ghcr.io/acme/api:v1   a full reference (it has a "/"), with a tag and/or digest
The image's repository is that of a full reference, else the image's in the config, else
the registry (--registry, or the config's) joined with NAME, else the one OVERLAY already
names for it (kustomize newName, a full-reference value, helm-repository-key).

Tags that move (latest, branch names, extra-tags, promote-tags, and anything tag-template,
pr-tag-template and source-tag cannot make that is not a version) are written only pinned
to their verified digest: with --pin-digest, or as TAG@sha256:... in REF.

options:
  --registry R              registry (and namespace) of images not in --config (ghcr.io/acme)
  --config FILE             YAML whose keys are the action's input names, as for plan (default:
                            image-promote.yml in the working directory's repository): images
                            (repository, key, helm-repository-key, value), registry,
                            tag-template, extra-tags, promote-tags, source-tag, overlay-format,
                            pin-digest, create-missing, commit-message, environment,
                            insecure-registries
  --key NAME=PATH           key path of NAME's value in a YAML/JSON/tfvars file
                            (global.imageTag, api.image.tag); repeatable
  --value NAME=SHAPE        write NAME's value as tag, digest or reference (default: the shape
                            the file holds); repeatable
  --pin-digest              write each image's verified digest next to its tag
  --create-missing          add an entry (or key) for an image the file does not name yet
  --commit                  commit the file in the git repository that holds it
  --push                    commit and push (rebased and retried when the branch moved)
  --message M               commit message template; tokens {changes} {image} {from} {to}
                            {sha} {environment} (default: commit-message of --config, else
                            "${DEFAULT_COMMIT_MESSAGE}")
  --insecure-registry HOST  reach HOST over plain HTTP (localhost/127.0.0.1 always are);
                            repeatable
  --dry-run                 check everything and print what would change; write nothing

Prints one line per image, "NAME: FROM → TO (DIGEST)", then the commit. Exit codes: 0 done,
1 refused or failed (the file is left as it was), 2 bad usage or config.`;

const SHA_RE = /^[0-9a-f]{7,40}$/;

/** What a REF on the command line says, before the registry is asked. */
export type DeployRef =
  | { kind: 'commit'; sha: string }
  | { kind: 'tag'; tag: string; digest?: string }
  | { kind: 'digest'; digest: string }
  | { kind: 'reference'; ref: ImageReference };

/** Reads one REF (see the help text); throws UsageError with the reason. */
export function parseDeployRef(name: string, input: string): DeployRef {
  const bad = (why: string): never => {
    throw new UsageError(`image-promote deploy: ${name}=${input}: ${why}`);
  };
  if (input === '') bad('the reference is empty');
  if (SHA_RE.test(input)) return { kind: 'commit', sha: input };
  if (input.includes('/')) {
    const parsed = tryParseReference(input);
    if (!parsed.ok) return bad(`not a valid image reference: ${parsed.reason}`);
    if (parsed.ref.tag === undefined && parsed.ref.digest === undefined) {
      bad('a full reference needs a tag or a digest (:tag, @sha256:...)');
    }
    return { kind: 'reference', ref: parsed.ref };
  }
  const at = input.indexOf('@');
  const tag = at === -1 ? input : input.slice(0, at);
  const digest = at === -1 ? undefined : input.slice(at + 1);
  if (at === -1 && /^[a-z0-9]+([+._-][a-z0-9]+)*:/.test(input) && !input.includes('/')) {
    // `sha256:…` is a digest; `nginx:1.27` is a reference without its repository path.
    const issue = digestProblem(input);
    if (!issue) return { kind: 'digest', digest: input };
    if (/^sha\d+:/.test(input)) bad(`not a valid digest: ${issue}`);
    bad(
      `a tag cannot contain ":"; a full reference needs its repository path (docker.io/library/${input})`,
    );
  }
  const tagIssue = tagProblem(tag);
  if (tagIssue) bad(`"${tag}" is not a valid tag: ${tagIssue}`);
  if (digest !== undefined) {
    const digestIssue = digestProblem(digest);
    if (digestIssue) bad(`"${digest}" is not a valid digest: ${digestIssue}`);
    return { kind: 'tag', tag, digest };
  }
  return { kind: 'tag', tag };
}

/**
 * The tag `template` makes for a commit given as `sha` (7 to 40 hex). A template that needs
 * more of the SHA than given gets it from `expand` (git in the working directory); one
 * that needs anything but the SHA ({date}, {run}, {branch}, …) cannot be rendered from a
 * commit alone.
 */
export async function tagForCommit(
  name: string,
  sha: string,
  template: string,
  expand: (sha: string) => Promise<string | undefined>,
): Promise<string> {
  const others = tokensOf(template).filter((t) => t !== 'sha');
  if (others.length > 0 || !tokensOf(template).includes('sha')) {
    throw new UsageError(
      `image-promote deploy: ${name}=${sha}: tag-template "${template}" ${others.length > 0 ? `uses {${others.join('}, {')}}` : 'has no {sha}'}, so a commit alone does not say its tag — give the tag itself`,
    );
  }
  const needed = Math.max(
    ...parseTemplate(template).map((p) => ('token' in p ? (p.length ?? 40) : 0)),
  );
  let full = sha;
  if (sha.length < needed) {
    const expanded = await expand(sha);
    if (expanded === undefined) {
      throw new UsageError(
        `image-promote deploy: ${name}=${sha}: tag-template "${template}" needs ${needed} hex digits of the commit and ${sha} is no commit in this git repository — give the full SHA or the tag`,
      );
    }
    full = expanded;
  }
  try {
    return renderTemplate(template, { sha: full, date: new Date() });
  } catch (err) {
    if (err instanceof TemplateError) {
      throw new UsageError(`image-promote deploy: ${name}=${sha}: ${err.message}`);
    }
    throw err;
  }
}

/** `NAME=VALUE` flags (--key, --value) → a map; the names must be images being deployed. */
function namedFlags(flag: string, values: readonly string[], names: Set<string>) {
  const out = new Map<string, string>();
  for (const v of values) {
    const eq = v.indexOf('=');
    const name = eq > 0 ? v.slice(0, eq) : '';
    const value = eq > 0 ? v.slice(eq + 1) : '';
    if (name === '' || value === '') {
      throw new UsageError(`image-promote deploy: ${flag} "${v}" is not NAME=VALUE`);
    }
    if (!names.has(name)) {
      throw new UsageError(
        `image-promote deploy: ${flag} ${v}: ${name} is not one of the images being deployed (${[...names].join(', ')})`,
      );
    }
    out.set(name, value);
  }
  return out;
}

/** An image deploy knows by name only; its repository is decided by repositoryFor. */
function adHocImage(name: string): ImageConfig {
  return {
    name,
    // Replaced before use (repositoryFor); the overlay reader does not look at it.
    repository: parseReference('localhost/unknown'),
    context: '.',
    dockerfile: 'Dockerfile',
    paths: [],
    buildArgs: {},
    platforms: [],
    value: 'auto',
  };
}

/** Inputs that mean something to the action run only: deploy reads the file without them. */
const RUN_ONLY: Partial<Record<InputName, string>> = {
  mode: 'auto',
  'write-overlay': 'false',
  commit: 'false',
  'dry-run': 'false',
  overlay: '',
  'from-overlay': '',
  'overlay-repository': '',
  tag: '',
  'from-plan': '',
  'matrix-image': '',
  base: '',
};

/**
 * The --config file as a Config (its run-only inputs ignored), and which images it names.
 * Without --config, nothing but defaults.
 */
function loadConfig(
  path: string | undefined,
  ctx: CliContext,
  workspace: string,
  registry: string | undefined,
  names: readonly string[],
): { config?: Config; configured: Set<string>; policy: PolicyConfig; format: OverlayFormat } {
  if (path === undefined) {
    return { configured: new Set(), policy: defaultPolicyConfig(), format: 'auto' };
  }
  const file = fileInputSource(resolve(ctx.cwd, path), ctx.env);
  // The images list as the file holds it (parsed once, not written out and read back).
  const imagesData = file.structured?.('images');
  const hasImages =
    imagesData !== undefined || file.get('images').trim() !== '' || file.get('image').trim() !== '';
  const source: InputSource = {
    structured: (name) => (name === 'images' ? imagesData : undefined),
    get: (name) => {
      const fixed = RUN_ONLY[name];
      if (fixed !== undefined) return fixed;
      if (name === 'registry' && registry !== undefined) return registry;
      // A file with only settings (registry, templates, key paths come from --key): the
      // images are the ones being deployed.
      if (name === 'images' && !hasImages) return names.map((n) => `- name: "${n}"`).join('\n');
      return file.get(name);
    },
  };
  const config = parseConfig(source, { workspace });
  return {
    config,
    configured: new Set(hasImages ? config.images.map((i) => i.name) : []),
    policy: config,
    // Checked by parseConfig; deploy blanks `overlay`, so the Config does not carry it.
    format: (file.get('overlay-format').trim() || 'auto') as OverlayFormat,
  };
}

/** The repository top-level holding `file`, or undefined when it is in no git repository. */
async function repositoryRoot(ctx: CliContext, file: string): Promise<string | undefined> {
  const git = new Git(dirname(file), ctx.logger);
  const top = await git.run(['rev-parse', '--show-toplevel'], { allowFailure: true });
  return top.exitCode === 0 && top.stdout.trim() !== '' ? top.stdout.trim() : undefined;
}

function commitLine(r: RepositoryResult): string {
  const where = r.repository === '.' ? '' : ` in ${r.repository}`;
  if (!r.commit) return `commit: none${where}`;
  if (!r.committed) return `commit: ${r.commit}${where} already has this change`;
  return `commit: ${r.commit}${where}${r.pushed ? ` (pushed to ${r.branch ?? 'its branch'})` : ''}`;
}

/**
 * Where NAME's REF is looked up: a full reference's repository; else the image's in the
 * config (under --registry when given); else the registry joined with NAME; else the
 * repository the overlay already names for it (kustomize newName — or the entry's name —, the
 * repository of a full-reference value, the value at helm-repository-key).
 */
function repositoryFor(
  name: string,
  ref: DeployRef,
  from: { configured?: ImageConfig; registry?: string; overlay: OverlayState },
): ImageReference {
  if (ref.kind === 'reference') return withTagAndDigest(ref.ref);
  if (from.configured) return from.configured.repository;
  if (from.registry !== undefined) {
    try {
      return joinRepository(from.registry, name);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      throw new UsageError(
        `image-promote deploy: ${name} under ${from.registry} is not a repository: ${err.reason}`,
      );
    }
  }
  const current = from.overlay.images.get(name);
  const written =
    current?.found === true
      ? (current.value.repository ?? (from.overlay.format === 'kustomize' ? name : undefined))
      : undefined;
  if (written !== undefined) {
    try {
      return parseRepositoryName(written);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      throw new UserError(
        `image-promote deploy: ${from.overlay.overlay.path} names "${written}" as the repository of ${name}, which is not a repository (${err.reason}) — give --registry or a full reference`,
      );
    }
  }
  throw new UsageError(
    `image-promote deploy: no repository for ${name}: ${from.overlay.overlay.path} does not name one, so give --registry (e.g. ghcr.io/acme), a --config that lists ${name} under images, or a full reference (${name}=ghcr.io/acme/${name}:TAG)`,
  );
}

interface Target {
  name: string;
  image: ImageConfig;
  repository: ImageReference;
  tag?: string;
  digest?: string;
  /** The commit the REF named, when it was a SHA. */
  sha?: string;
}

export async function deployCommand(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseFlags(
    'deploy',
    ctx.args,
    {
      registry: { type: 'string' },
      config: { type: 'string' },
      key: { type: 'string', multiple: true },
      value: { type: 'string', multiple: true },
      'pin-digest': { type: 'boolean' },
      'create-missing': { type: 'boolean' },
      commit: { type: 'boolean' },
      push: { type: 'boolean' },
      message: { type: 'string' },
      'insecure-registry': { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    ctx.stdout(`${HELP}\n`);
    return 0;
  }
  const [overlayArg, ...pairs] = positionals;
  if (overlayArg === undefined || pairs.length === 0) {
    throw new UsageError(
      `image-promote deploy: expected OVERLAY and at least one NAME=REF\n\n${HELP}`,
    );
  }
  const requests: { name: string; ref: DeployRef }[] = [];
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new UsageError(
        `image-promote deploy: "${pair}" is not NAME=REF (e.g. web=1a2b3c4, web=sha-1a2b3c4)`,
      );
    }
    const name = pair.slice(0, eq);
    if (requests.some((r) => r.name === name)) {
      throw new UsageError(`image-promote deploy: ${name} is named twice`);
    }
    requests.push({ name, ref: parseDeployRef(name, pair.slice(eq + 1)) });
  }
  const names = new Set(requests.map((r) => r.name));
  const keys = namedFlags('--key', values.key ?? [], names);
  for (const [name, key] of keys) {
    const problem = keyPathProblem(key);
    if (problem) throw new UsageError(`image-promote deploy: --key ${name}=${key}: ${problem}`);
  }
  const shapes = namedFlags('--value', values.value ?? [], names);
  for (const [name, shape] of shapes) {
    if (!(VALUE_SHAPES as readonly string[]).includes(shape)) {
      throw new UsageError(
        `image-promote deploy: --value ${name}=${shape}: use one of ${VALUE_SHAPES.join(', ')}`,
      );
    }
  }
  if (values.message !== undefined) checkCommitTemplate(values.message, '--message');
  const registryFlag = values.registry?.replace(/\/+$/, '');

  // Where things are: the overlay, the repository holding it, the config.
  const file = await overlayFile('deploy', ctx.cwd, overlayArg);
  const { workspace, configPath } = await workspaceAndConfig(ctx, values.config);
  const cwdGit = new Git(ctx.cwd, ctx.logger);
  if (configPath !== undefined && values.config === undefined) {
    ctx.logger.debug(`deploy: using ${configPath}`);
  }
  const {
    config,
    configured,
    policy: policyConfig,
    format,
  } = loadConfig(configPath, ctx, workspace, registryFlag, [...names]);
  const registry = registryFlag ?? config?.registry;
  const policy: TagPolicy = cliTagPolicy(policyConfig);
  const pinDigest = (values['pin-digest'] ?? false) || (config?.pinDigest ?? false);
  const createMissing = (values['create-missing'] ?? false) || (config?.createMissing ?? false);

  // The images as the overlay knows them (key paths and shapes from the config or flags).
  const images = requests.map(({ name }): ImageConfig => {
    const configuredImage = configured.has(name)
      ? config?.images.find((i) => i.name === name)
      : undefined;
    const image = { ...(configuredImage ?? adHocImage(name)) };
    const key = keys.get(name);
    if (key !== undefined) image.key = key;
    const shape = shapes.get(name);
    if (shape !== undefined) image.value = shape as ValueShapeInput;
    return image;
  });
  const overlay: OverlayConfig = { file, path: overlayArg, format };
  const state = await readOverlay(overlay, images);
  for (const w of state.warnings) ctx.logger.warning(w);
  const commitMode = values.push ? 'push' : values.commit ? 'commit' : undefined;
  const dryRun = values['dry-run'] ?? false;
  let repo: OverlayRepository | undefined;
  if (commitMode !== undefined && !dryRun) {
    // A change that cannot be committed (or pushed) is refused before the file is touched.
    // Its label is relative to the repository of the working directory ('.' for that one).
    repo = await locateRepository(file, { cwd: ctx.cwd, workspace, logger: ctx.logger });
    if (commitMode === 'push' && (repo.remote === undefined || repo.branch === undefined)) {
      throw new UserError(
        `image-promote deploy: cannot --push from ${repo.label}: ${repo.remote === undefined ? 'the repository has no remote' : 'HEAD is detached; check out the branch to deploy to'} — nothing was written`,
      );
    }
  }

  // Each image: its repository, and the tag and/or digest to verify.
  const expand = async (sha: string) => {
    const r = await cwdGit.run(['rev-parse', '--verify', '--quiet', `${sha}^{commit}`], {
      allowFailure: true,
    });
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
  };
  const targets: Target[] = [];
  for (const [i, { name, ref }] of requests.entries()) {
    const repository = repositoryFor(name, ref, {
      configured: configured.has(name) ? images[i] : undefined,
      registry,
      overlay: state,
    });
    const image = { ...(images[i] as ImageConfig), repository };
    const target: Target = { name, image, repository };
    if (ref.kind === 'commit') {
      target.sha = ref.sha;
      target.tag = await tagForCommit(name, ref.sha, policyConfig.tagTemplate, expand);
    } else if (ref.kind === 'tag') {
      target.tag = ref.tag;
      if (ref.digest !== undefined) target.digest = ref.digest;
    } else if (ref.kind === 'digest') {
      target.digest = ref.digest;
    } else {
      if (ref.ref.tag !== undefined) target.tag = ref.ref.tag;
      if (ref.ref.digest !== undefined) target.digest = ref.ref.digest;
    }
    targets.push(target);
  }

  // The allow-list first (no registry needed to refuse), then the registry.
  const refused: string[] = [];
  for (const t of targets) {
    if (t.tag === undefined || t.digest !== undefined || pinDigest) continue;
    const why = policy.mutableReason(t.tag);
    if (why) {
      refused.push(
        `${t.name}: ${mutableTagRefusal(why, `add --pin-digest to write ${t.tag}@<its digest now>, or deploy an immutable tag (sha-1a2b3c4, v1.2.3)`)}`,
      );
    }
  }
  if (refused.length > 0) {
    throw new UserError(
      `image-promote deploy: refused, nothing was written:\n  ${refused.join('\n  ')}`,
    );
  }
  const provider = createRegistryProvider({
    ...ctx.registry,
    logger: ctx.logger,
    env: ctx.env,
    insecureRegistries: [
      ...(values['insecure-registry'] ?? []),
      ...(config?.insecureRegistries ?? []),
    ],
  });
  const verified = await Promise.all(
    targets.map((t) => verifyImage(provider, t.repository, t.tag, t.digest)),
  );
  const problems = verified
    .map((v, i) => ('problem' in v ? `${targets[i]?.name ?? '?'}: ${v.problem}` : undefined))
    .filter((p): p is string => p !== undefined);
  if (problems.length > 0) {
    throw new UserError(
      `image-promote deploy: not deployed, nothing was written:\n  ${problems.join('\n  ')}`,
    );
  }
  const found = verified as VerifiedImage[];

  // Plan the edit from the file as read, write it, commit it.
  const updates: ImageUpdate[] = targets.map((t, i) => ({
    image: t.image,
    repository: t.repository.name,
    ...(t.tag !== undefined ? { tag: t.tag } : {}),
    digest: (found[i] as VerifiedImage).digest,
  }));
  const options: PlanOptions = {
    pinDigest,
    createMissing,
    isImmutable: (tag) => policy.isImmutable(tag),
  };
  const replan = async (): Promise<OverlayEdit> =>
    planOverlayEdit(await readOverlay(overlay, images), updates, options);
  const edit = planOverlayEdit(state, updates, options);
  const writeRoot = repo?.root ?? (await repositoryRoot(ctx, file)) ?? dirname(file);
  if (!dryRun && edit.changed) await writeOverlayEdits([edit], { root: writeRoot });

  for (const [i, t] of targets.entries()) {
    const digest = (found[i] as VerifiedImage).digest;
    const change = edit.changes.find((c) => c.image === t.name);
    ctx.stdout(
      change
        ? `${t.name}: ${change.from ?? '(none)'} → ${change.to} (${digest})\n`
        : `${t.name}: already ${formatReference(withTagAndDigest(t.repository, t.tag))} (${digest}), unchanged\n`,
    );
  }
  if (dryRun) {
    ctx.logger.info(
      `dry run: ${edit.changed ? `${overlayArg} would change` : `${overlayArg} already says that`}; nothing was written`,
    );
    return 0;
  }
  if (commitMode === undefined) {
    if (!edit.changed) ctx.logger.info(`${overlayArg} already says that; nothing written`);
    return 0;
  }
  const shas = new Set(targets.map((t) => t.sha));
  const [sha] = shas.size === 1 ? [...shas] : [undefined];
  const message = renderCommitMessage(
    values.message ?? config?.commitMessage ?? DEFAULT_COMMIT_MESSAGE,
    {
      ...(config?.environment ? { environment: config.environment } : {}),
      ...(sha ? { sha } : {}),
      changes: edit.changes.map(commitMessageChange),
    },
  );
  if (repo === undefined) throw new Error('internal error: deploy commits without a repository');
  const result = await writeBack(repo, [file], {
    mode: commitMode,
    message,
    // A deploy from a laptop is the person's commit, not the bot's.
    author: 'user',
    logger: ctx.logger,
    reapply: async () => {
      const again = await replan();
      if (again.changed) await writeOverlayEdits([again], { root: writeRoot });
    },
  });
  ctx.stdout(`${commitLine(result)}\n`);
  return 0;
}
