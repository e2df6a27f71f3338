/**
 * Inputs → one validated Config: every input read by its kind (read.ts), the images
 * (images.ts), the tag input (tag-input.ts), then the cross-field rules (rules.ts). The only
 * module that turns input strings into the Config; every error names the input and says
 * what to do.
 */
import { isAbsolute } from 'node:path';
import { InputError } from '../errors.js';
import { resolveInsideWorkspace, workspaceRelative } from '../paths.js';
import { digestProblem, isValidTag, tagProblem } from '../reference.js';
import { readImages } from './images.js';
import type { InputName, InputSource } from './inputs.js';
import { isValidBranchName, readInputs, type InputValues } from './read.js';
import { RULES } from './rules.js';
import { parseTagInput } from './tag-input.js';
import {
  DECISIONS,
  type CommitMode,
  type Config,
  type DecisionName,
  type ImageConfig,
  type OverlayConfig,
  type OverlayRepositoryConfig,
  type PlannedImage,
  type SignConfig,
  type VerifyConfig,
} from './types.js';

const COMMIT_MODES: Record<InputValues['commit'], CommitMode> = {
  false: 'none',
  local: 'local',
  true: 'push',
  'pull-request': 'pull-request',
};

/** The `images` output of a `mode: plan` run, checked against the configured images. */
function parsePlanInput(doc: unknown, images: readonly ImageConfig[]): PlannedImage[] {
  if (!Array.isArray(doc))
    throw new InputError('from-plan', "must be the JSON array of the plan job's `images` output");
  return doc.map((entry: unknown, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const name = typeof e.name === 'string' ? e.name : '';
    const tag = typeof e.tag === 'string' ? e.tag : '';
    const decision = typeof e.decision === 'string' ? e.decision : '';
    const where = `entry ${i}${name ? ` (${name})` : ''}`;
    if (!images.some((img) => img.name === name)) {
      throw new InputError(
        'from-plan',
        `${where} names an image that is not configured`,
        'run the plan and deploy jobs with the same images',
      );
    }
    if (!(DECISIONS as readonly string[]).includes(decision))
      throw new InputError('from-plan', `${where} has no valid decision`);
    // A skipped image may run nothing verifiable; every other decision names a tag.
    const problem = tag !== '' || decision !== 'skip' ? tagProblem(tag) : undefined;
    if (problem) throw new InputError('from-plan', `${where} has tag "${tag}": ${problem}`);
    const planned: PlannedImage = { name, tag, decision: decision as DecisionName, addTags: [] };
    if (typeof e.digest === 'string' && e.digest !== '') {
      const issue = digestProblem(e.digest);
      if (issue) throw new InputError('from-plan', `${where} has digest "${e.digest}": ${issue}`);
      planned.digest = e.digest;
    }
    if (typeof e.source === 'string' && e.source !== '') {
      if (!/^[0-9a-f]{64}$/.test(e.source))
        throw new InputError('from-plan', `${where} has source "${e.source}": not a source key`);
      planned.source = e.source;
    }
    if (e.addTags !== undefined) {
      if (
        !Array.isArray(e.addTags) ||
        !e.addTags.every((t) => typeof t === 'string' && isValidTag(t))
      ) {
        throw new InputError('from-plan', `${where} has invalid addTags`);
      }
      planned.addTags = e.addTags as string[];
    }
    return planned;
  });
}

/** `overlay-repository`: `owner/name` or a git URL without credentials; the token defaults to github-token. */
function overlayRepositoryOf(v: InputValues): OverlayRepositoryConfig | undefined {
  const repository = v['overlay-repository'];
  if (repository === undefined) return undefined;
  if (/^https?:\/\/[^/]*@/.test(repository)) {
    throw new InputError(
      'overlay-repository',
      'the URL carries credentials',
      'remove them from the URL and pass the token in overlay-token',
    );
  }
  const branch = v['overlay-branch'];
  if (branch !== undefined && !isValidBranchName(branch)) {
    throw new InputError('overlay-branch', `"${branch}" is not a valid branch name`);
  }
  const token = v['overlay-token'] ?? v['github-token'];
  return {
    repository,
    ...(branch ? { branch } : {}),
    ...(token ? { token } : {}),
    ...(v['allow-local-overlay-repository'] ? { allowLocal: true } : {}),
  };
}

/** An overlay path: inside the workspace, or inside overlay-repository (resolved after the clone). */
function overlayOf(
  name: InputName,
  value: string,
  v: InputValues,
  workspace: string,
  inRepository: boolean,
): OverlayConfig {
  const format = v['overlay-format'];
  if (!inRepository) {
    const file = resolveInsideWorkspace(workspace, value, name);
    return { file, path: workspaceRelative(workspace, file), format };
  }
  const path = value.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  if (path === '' || isAbsolute(path) || path.split('/').includes('..') || path.includes('\0')) {
    throw new InputError(
      name,
      `"${value}" must be a path inside overlay-repository`,
      "write it relative to that repository's root",
    );
  }
  return { file: '', path, format };
}

/** `sign`, with the key or the Sigstore services it signs with. */
function signOf(v: InputValues): SignConfig | undefined {
  switch (v.sign) {
    case 'none':
      return undefined;
    case 'key':
      return { kind: 'key', signingKey: v['signing-key'] ?? '' };
    case 'keyless':
      return {
        kind: 'keyless',
        fulcioUrl: v['fulcio-url'],
        rekorUrl: v['rekor-url'],
        ...(v['tsa-url'] !== undefined ? { tsaUrl: v['tsa-url'] } : {}),
      };
  }
}

/** `verify`: by verify-key when it is set, else by certificate identity and issuer. */
function verifyOf(v: InputValues): VerifyConfig | undefined {
  if (v.verify === 'none') return undefined;
  const verifyKey = v['verify-key'];
  if (verifyKey !== undefined) return { kind: 'key', verifyKey };
  return {
    kind: 'keyless',
    certificateOidcIssuer: v['certificate-oidc-issuer'],
    ...(v['certificate-identity'] !== undefined
      ? { certificateIdentity: v['certificate-identity'] }
      : {}),
    ...(v['trusted-root'] !== undefined ? { trustedRoot: v['trusted-root'] } : {}),
  };
}

/** `Production EU` → `production-eu`: the environment as it goes into a branch name. */
export function environmentSlug(environment: string): string {
  return environment
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** `environment-url` as the URL parser writes it (`https://a.example` → `https://a.example/`). */
function normalUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(
      'environment-url',
      `"${value}" is not a URL`,
      'e.g. https://shop.example.com',
    );
  }
  if (url.username || url.password) {
    throw new InputError('environment-url', 'the URL carries credentials', 'remove them');
  }
  return url.href;
}

/** Builds the Config. Throws InputError for the first invalid input. */
export function parseConfig(source: InputSource, { workspace }: { workspace: string }): Config {
  const v = readInputs(source, workspace);
  const registry = v.registry?.replace(/\/+$/, '');
  const images = readImages(v, registry, workspace);
  const overlayRepository = overlayRepositoryOf(v);
  const overlay = (name: InputName, path: string) =>
    overlayOf(name, path, v, workspace, overlayRepository !== undefined);
  const config: Config = {
    workspace,
    images,
    registry,
    overlays: v.overlay.map((p) => overlay('overlay', p)),
    overlayRepository,
    fromOverlay:
      v['from-overlay'] === undefined ? undefined : overlay('from-overlay', v['from-overlay']),
    deployPaths: v['deploy-paths'],
    ignorePaths: v['ignore-paths'],
    mode: v.mode,
    tagTemplate: v['tag-template'],
    prTagTemplate: v['pr-tag-template'],
    extraTags: v['extra-tags'],
    promoteTags: v['promote-tags'],
    sourceTag: v['source-tag'],
    tag: parseTagInput(v.tag, images),
    forceBuild: v['force-build'],
    push: v.push,
    writeOverlay: v['write-overlay'],
    pinDigest: v['pin-digest'],
    commit: COMMIT_MODES[v.commit],
    commitMessage: v['commit-message'],
    pullRequestBranch: v['pull-request-branch'].replace(
      /\{environment\}/g,
      v.environment === undefined ? 'deploy' : environmentSlug(v.environment),
    ),
    createMissing: v['create-missing'],
    environment: v.environment,
    environmentUrl:
      v['environment-url'] === undefined ? undefined : normalUrl(v['environment-url']),
    githubDeployment:
      v['github-deployment'] === 'auto'
        ? v.environment !== undefined
        : v['github-deployment'] === 'true',
    base: v.base,
    githubToken: v['github-token'],
    dryRun: v['dry-run'],
    insecureRegistries: v['insecure-registries'],
    allowTagOverwrite: v['allow-tag-overwrite'],
    cacheFrom: v['cache-from'],
    cacheTo: v['cache-to'],
    matrixImage: v['matrix-image'],
    maxParallel: v['max-parallel'],
    registryCheck: v['registry-check'],
    fromPlan: v['from-plan'] === undefined ? undefined : parsePlanInput(v['from-plan'], images),
    sign: signOf(v),
    verify: verifyOf(v),
    signRequested: v['sign-requested'] || undefined,
  };
  // Unset optional settings are absent, not undefined.
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined) Reflect.deleteProperty(config, key);
  }
  for (const rule of RULES) {
    const problem = rule(config, v);
    if (problem) throw problem;
  }
  return config;
}
