/**
 * Inputs → one validated Config. The only module that interprets input strings; every
 * error names the input and says what to do.
 */
import { statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseInputYaml, readInputFile } from './yaml-input.js';
import { InputError } from '../errors.js';
import { globProblem } from '../changes/globs.js';
import { checkCommitTemplate } from '../overlay/commit-message.js';
import { keyPathProblem } from '../overlay/key-path.js';
import { resolveInsideWorkspace, workspaceRelative } from '../paths.js';
import {
  digestProblem,
  isValidTag,
  joinRepository,
  ReferenceError,
  tagProblem,
} from '../reference.js';
import { isImmutableTemplate, parseTemplate, TemplateError, tokensOf } from '../tags/template.js';
import { INPUTS, type InputName, type InputSource } from './inputs.js';
import {
  DECISIONS,
  MODES,
  OVERLAY_FORMATS,
  VALUE_SHAPES,
  type CommitMode,
  type Config,
  type DecisionName,
  type PlannedImage,
  type ImageConfig,
  type Mode,
  type OverlayConfig,
  type OverlayFormat,
  type OverlayRepositoryConfig,
  type TagRequest,
  type ValueShapeInput,
} from './types.js';

const IMAGE_KEYS = [
  'name',
  'repository',
  'context',
  'dockerfile',
  'paths',
  'target',
  'build-args',
  'platforms',
  'key',
  'helm-key',
  'helm-repository-key',
  'value',
] as const;

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
const PLATFORM_RE = /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/;

/** Splits a multi-line input; `#` starts a comment line. */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Splits on newlines and commas (for values that cannot contain commas, like tags). */
export function list(value: string): string[] {
  return lines(value).flatMap((l) =>
    l
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  );
}

export function parseBoolean(name: InputName, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false' || v === '') return false;
  throw new InputError(name, `"${value}" is not a boolean`, 'use true or false');
}

function oneOf<T extends string>(name: InputName, value: string, allowed: readonly T[]): T {
  const v = value.trim();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(name, `"${value}" is not allowed`, `use one of: ${allowed.join(', ')}`);
}

/** `label` says where inside the input the list is (e.g. `images[0].paths`), if anywhere. */
function checkGlobs(
  input: InputName,
  patterns: string[],
  workspace: string,
  label?: string,
): string[] {
  const where = label ? `${label}: ` : '';
  for (const p of patterns) {
    const problem = globProblem(p);
    if (problem) throw new InputError(input, `${where}invalid glob "${p}": ${problem}`);
    // A bare directory name matches only a file of that name, never what is inside it.
    const body = p.startsWith('!') ? p.slice(1) : p;
    if (!/[*?[\]{}()!+@\\]/.test(body) && isDirectory(join(workspace, body))) {
      throw new InputError(
        input,
        `${where}"${p}" is a directory and matches nothing inside it`,
        `write "${p}/**"`,
      );
    }
  }
  return patterns;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function checkTemplate(name: InputName, template: string, requireImmutable: boolean): string {
  try {
    parseTemplate(template);
  } catch (err) {
    if (err instanceof TemplateError) throw new InputError(name, err.message);
    throw err;
  }
  if (name !== 'source-tag' && tokensOf(template).includes('source')) {
    throw new InputError(name, '{source} is only for source-tag', 'use {sha:7} to name the commit');
  }
  if (requireImmutable && !isImmutableTemplate(template)) {
    throw new InputError(
      name,
      `"${template}" gives the same tag to different builds`,
      'include {sha:7} (or {sha}, {version}, {run}, {datetime}) so every build gets its own immutable tag',
    );
  }
  return template;
}

/** Workspace-relative, `/`-separated, no `./` prefix or trailing `/`; `.` for the root. */
function normaliseDir(input: InputName, label: string, value: string): string {
  const v = value.trim().replace(/\\/g, '/').replace(/\/+$/, '').replace(/^\.\//, '');
  if (v === '' || v === '.') return '.';
  if (isAbsolute(v) || v.split('/').includes('..')) {
    throw new InputError(
      input,
      `${label} "${value}" must be a path inside the workspace`,
      'write it relative to the repository root',
    );
  }
  return v;
}

function closest(word: string, options: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const dp = Array.from({ length: a.length + 1 }, (_, i) => [
      i,
      ...Array<number>(b.length).fill(0),
    ]);
    for (let j = 1; j <= b.length; j++) (dp[0] as number[])[j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const row = dp[i] as number[];
        const prev = dp[i - 1] as number[];
        row[j] = Math.min(
          (prev[j] as number) + 1,
          (row[j - 1] as number) + 1,
          (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
      }
    }
    return (dp[a.length] as number[])[b.length] as number;
  };
  const best = options.map((o) => ({ o, d: distance(word, o) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 3 ? best.o : undefined;
}

function stringList(where: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return lines(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.map(String);
  }
  throw new InputError('images', `${where} must be a list of strings`);
}

function buildArgs(where: string, value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  let entries: [string, unknown][];
  if (Array.isArray(value)) {
    entries = value.map((v: unknown) => {
      const s = typeof v === 'string' ? v : '';
      const eq = s.indexOf('=');
      if (eq <= 0)
        throw new InputError('images', `${where}: ${JSON.stringify(v)} is not KEY=VALUE`);
      return [s.slice(0, eq), s.slice(eq + 1)];
    });
  } else if (typeof value === 'object') {
    entries = Object.entries(value as Record<string, unknown>);
  } else {
    throw new InputError('images', `${where} must be a map or a list of KEY=VALUE`);
  }
  const out: Record<string, string> = {};
  for (const [k, v] of entries) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
      throw new InputError('images', `${where}: "${k}" is not a valid build-arg name`);
    if (v === null || v === undefined) out[k] = '';
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      out[k] = String(v);
    else throw new InputError('images', `${where}.${k} must be a scalar`);
  }
  return out;
}

function optionalString(where: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new InputError('images', `${where} must be a string`);
  return value.trim();
}

interface RawImage {
  where: string;
  fields: Record<string, unknown>;
  /** From the flat `image`/`context`/`dockerfile`/`paths` inputs. */
  flat?: boolean;
}

/** `data`: the input as YAML data already (InputSource.structured), else `raw` is parsed. */
function readImagesInput(raw: string, workspace: string, data?: unknown): RawImage[] {
  let doc: unknown;
  if (data !== undefined) doc = data;
  else {
    let text = raw;
    const single = raw.trim();
    // A single line naming a .yml/.yaml file is a path; anything else is inline YAML.
    if (!single.includes('\n') && /\.ya?ml$/i.test(single) && !single.startsWith('-')) {
      text = readInputFile('images', resolveInsideWorkspace(workspace, single, 'images'), single);
    }
    doc = parseInputYaml('images', text, 'the list');
  }
  // Allow both a bare list and `images: [...]` in a file.
  if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'images' in doc) {
    doc = doc.images;
  }
  if (!Array.isArray(doc) || doc.length === 0) {
    throw new InputError(
      'images',
      'must be a non-empty YAML list of image entries',
      'e.g. "- name: api\\n  context: services/api"',
    );
  }
  return doc.map((entry, i) => {
    const where = `images[${i}]`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new InputError('images', `${where} must be a map with at least "name"`);
    }
    return { where, fields: entry as Record<string, unknown> };
  });
}

/**
 * The `images` input as YAML data (each entry's fields, not yet checked), read from a file
 * when it names one; undefined when it is not set. For a door that adds to the list (the
 * CLI's deploy adds the images it names and their key paths).
 */
export function imagesData(
  source: InputSource,
  workspace: string,
): Record<string, unknown>[] | undefined {
  const data = source.structured?.('images');
  const raw = data === undefined ? source.get('images') : '';
  if (data === undefined && raw.trim() === '') return undefined;
  return readImagesInput(raw, workspace, data).map((r) => ({ ...r.fields }));
}

function parseImage(raw: RawImage, registry: string | undefined, workspace: string): ImageConfig {
  const { where, fields } = raw;
  // The flat single-image inputs report errors under their own names.
  const inputOf = (field: 'context' | 'dockerfile' | 'paths'): InputName =>
    raw.flat ? field : 'images';
  for (const key of Object.keys(fields)) {
    if (!(IMAGE_KEYS as readonly string[]).includes(key)) {
      const hint = closest(key, IMAGE_KEYS);
      throw new InputError(
        'images',
        `${where} has an unknown key "${key}"`,
        hint ? `did you mean "${hint}"?` : `allowed keys: ${IMAGE_KEYS.join(', ')}`,
      );
    }
  }
  const name = optionalString(`${where}.name`, fields.name);
  if (!name)
    throw new InputError('images', `${where} needs a "name" (the image name the overlay uses)`);
  if (!NAME_RE.test(name))
    throw new InputError('images', `${where}.name "${name}" is not a valid image name`);
  const context = normaliseDir(
    inputOf('context'),
    `${where}.context`,
    optionalString(`${where}.context`, fields.context) ?? '.',
  );
  const dockerfileRaw = optionalString(`${where}.dockerfile`, fields.dockerfile);
  const dockerfile = dockerfileRaw
    ? normaliseDir(inputOf('dockerfile'), `${where}.dockerfile`, dockerfileRaw)
    : context === '.'
      ? 'Dockerfile'
      : `${context}/Dockerfile`;
  resolveInsideWorkspace(workspace, context, inputOf('context'));
  resolveInsideWorkspace(workspace, dockerfile, inputOf('dockerfile'));
  const paths = checkGlobs(
    inputOf('paths'),
    stringList(`${where}.paths`, fields.paths),
    workspace,
    raw.flat ? undefined : `${where}.paths`,
  );
  const repositoryRaw = optionalString(`${where}.repository`, fields.repository) ?? name;
  let repository;
  try {
    repository = joinRepository(registry, repositoryRaw);
  } catch (err) {
    if (err instanceof ReferenceError) {
      throw new InputError(
        'images',
        `${where}.repository "${repositoryRaw}": ${err.reason}`,
        'give a repository name without tag or digest',
      );
    }
    throw err;
  }
  if (repository.tag !== undefined || repository.digest !== undefined) {
    throw new InputError(
      'images',
      `${where}.repository "${repositoryRaw}" must not carry a tag or digest`,
    );
  }
  const platforms = stringList(`${where}.platforms`, fields.platforms).flatMap((p) => list(p));
  for (const p of platforms) {
    if (!PLATFORM_RE.test(p))
      throw new InputError(
        'images',
        `${where}.platforms: "${p}" is not os/arch[/variant]`,
        'e.g. linux/amd64',
      );
  }
  const valueRaw = optionalString(`${where}.value`, fields.value) ?? 'auto';
  if (!(VALUE_SHAPES as readonly string[]).includes(valueRaw)) {
    throw new InputError(
      'images',
      `${where}.value "${valueRaw}" is not a value shape`,
      `use one of: ${VALUE_SHAPES.join(', ')}`,
    );
  }
  const image: ImageConfig = {
    name,
    repository,
    context,
    dockerfile,
    paths,
    buildArgs: buildArgs(`${where}.build-args`, fields['build-args']),
    platforms,
    value: valueRaw as ValueShapeInput,
  };
  if (registry === undefined && fields.repository === undefined) image.defaultRepository = true;
  const target = optionalString(`${where}.target`, fields.target);
  if (target !== undefined) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target))
      throw new InputError('images', `${where}.target "${target}" is not a stage name`);
    image.target = target;
  }
  if (fields.key !== undefined && fields['helm-key'] !== undefined) {
    throw new InputError(
      'images',
      `${where} has both "key" and "helm-key"`,
      'they are the same setting (helm-key is the old name); keep "key"',
    );
  }
  for (const [field, prop] of [
    [fields.key === undefined ? 'helm-key' : 'key', 'key'],
    ['helm-repository-key', 'repositoryKey'],
  ] as const) {
    const v = optionalString(`${where}.${field}`, fields[field]);
    if (v === undefined) continue;
    const problem = keyPathProblem(v);
    if (problem)
      throw new InputError(
        'images',
        `${where}.${field} "${v}" is not a key path: ${problem}`,
        'e.g. api.image.tag, or spec.template.spec.containers[name=api].image',
      );
    image[prop] = v;
  }
  return image;
}

function parseOverlay(
  name: InputName,
  value: string,
  format: OverlayFormat,
  workspace: string,
): OverlayConfig {
  const file = resolveInsideWorkspace(workspace, value, name);
  return { file, path: workspaceRelative(workspace, file), format };
}

function commitMessage(value: string): string {
  const template = value || INPUTS['commit-message'].default;
  checkCommitTemplate(template, 'commit-message');
  return template;
}

/** The `images` output of a `mode: plan` run, checked against the configured images. */
function parsePlanInput(value: string, images: ImageConfig[]): PlannedImage[] {
  let doc: unknown;
  try {
    doc = JSON.parse(value);
  } catch {
    throw new InputError(
      'from-plan',
      'is not JSON',
      'pass the `images` output of the plan job unchanged',
    );
  }
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
    if (tag !== '' || decision !== 'skip') {
      const problem = tagProblem(tag);
      if (problem) throw new InputError('from-plan', `${where} has tag "${tag}": ${problem}`);
    }
    const planned: PlannedImage = { name, tag, decision: decision as DecisionName, addTags: [] };
    if (typeof e.digest === 'string' && e.digest !== '') {
      const problem = digestProblem(e.digest);
      if (problem)
        throw new InputError('from-plan', `${where} has digest "${e.digest}": ${problem}`);
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

/**
 * The `tag` input: one tag for every image, `NAME=TAG` lines for some, `previous`,
 * `previous~N` or `NAME=previous` to roll back.
 */
export function parseTagInput(
  value: string,
  images: readonly ImageConfig[],
): TagRequest | undefined {
  const entries = lines(value);
  if (entries.length === 0) return undefined;
  const names = images.map((i) => i.name);
  const byImage: Record<string, string> = {};
  let all: string | undefined;
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const name = eq === -1 ? undefined : entry.slice(0, eq).trim();
    const tag = (eq === -1 ? entry : entry.slice(eq + 1)).trim();
    if (name !== undefined) {
      if (!names.includes(name)) {
        const hint = closest(name, names);
        throw new InputError(
          'tag',
          `"${entry}" names the image "${name}", which is not configured`,
          hint ? `did you mean "${hint}"?` : `images are: ${names.join(', ')}`,
        );
      }
      if (name in byImage) throw new InputError('tag', `"${name}" is named twice`);
      byImage[name] = tag;
    } else {
      if (all !== undefined)
        throw new InputError(
          'tag',
          'gives more than one tag for every image',
          'give one tag, or NAME=TAG lines (one per image)',
        );
      all = tag;
    }
  }
  const values = [...(all === undefined ? [] : [all]), ...Object.values(byImage)];
  const previous = values.map(parsePrevious);
  if (previous.some((p) => p !== undefined)) {
    if (previous.some((p) => p === undefined)) {
      throw new InputError(
        'tag',
        'mixes "previous" with tags',
        'roll back (previous) and redeploy (tags) in separate runs',
      );
    }
    const steps = new Set(previous);
    if (steps.size > 1)
      throw new InputError('tag', 'asks for different previous~N steps', 'use one N');
    const request: TagRequest = { kind: 'previous', steps: previous[0] ?? 1 };
    if (all === undefined) request.images = Object.keys(byImage);
    return request;
  }
  for (const t of values) {
    const problem = tagProblem(t);
    if (problem)
      throw new InputError(
        'tag',
        `"${t}" is not a valid tag: ${problem}`,
        'give a tag such as sha-1a2b3c4, NAME=TAG lines, or "previous" to roll back',
      );
  }
  // Interim: plain tags only (the REF grammar comes with the config table).
  const refs: Record<string, { tag: string }> = {};
  for (const [name, t] of Object.entries(byImage)) refs[name] = { tag: t };
  return { kind: 'refs', byImage: refs, ...(all === undefined ? {} : { all: { tag: all } }) };
}

/** `previous` → 1, `previous~3` → 3; undefined for anything else. */
function parsePrevious(value: string): number | undefined {
  const m = /^previous(?:~(\d+))?$/.exec(value);
  if (!m) return undefined;
  const steps = m[1] === undefined ? 1 : Number(m[1]);
  if (!Number.isSafeInteger(steps) || steps < 1 || steps > 50) {
    throw new InputError('tag', `"${value}": N in previous~N goes from 1 to 50`);
  }
  return steps;
}

function parseCommitMode(value: string): CommitMode {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'false') return 'none';
  if (v === 'true') return 'push';
  if (v === 'pull-request') return 'pull-request';
  throw new InputError('commit', `"${value}" is not allowed`, 'use false, true or pull-request');
}

function checkSourceTag(value: string): string | undefined {
  if (value === '') return undefined;
  checkTemplate('source-tag', value, false);
  const parts = parseTemplate(value);
  const source = parts.find((p) => 'token' in p && p.token === 'source');
  if (!source || !('token' in source) || (source.length ?? 64) < 12) {
    throw new InputError(
      'source-tag',
      `"${value}" does not name the source with at least 12 hex characters`,
      'include {source:16} (or {source}), or set it empty to turn source tags off',
    );
  }
  const other = parts.find((p) => 'token' in p && p.token !== 'source');
  if (other && 'token' in other) {
    throw new InputError(
      'source-tag',
      `{${other.token}} would give one source several tags`,
      'use only {source:N} and literal text',
    );
  }
  return value;
}

/** `owner/name` or a git URL; the token defaults to github-token. */
function parseOverlayRepository(source: InputSource): OverlayRepositoryConfig | undefined {
  const repository = source.get('overlay-repository').trim();
  const branch = source.get('overlay-branch').trim();
  const token = source.get('overlay-token').trim() || source.get('github-token').trim();
  if (repository === '') {
    if (branch)
      throw new InputError(
        'overlay-branch',
        'only applies to overlay-repository, which is not set',
        'set overlay-repository, or remove overlay-branch',
      );
    return undefined;
  }
  const ownerName = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository);
  const url =
    /^(https?|ssh|git|file):\/\/\S+$/.test(repository) || /^[\w.-]+@[\w.-]+:\S+$/.test(repository);
  if (!ownerName && !url) {
    throw new InputError(
      'overlay-repository',
      `"${repository}" is neither owner/name nor a git URL`,
      'e.g. acme/gitops or https://git.example.com/acme/gitops.git',
    );
  }
  if (/^https?:\/\/[^/]*@/.test(repository)) {
    throw new InputError(
      'overlay-repository',
      'the URL carries credentials',
      'remove them from the URL and pass the token in overlay-token',
    );
  }
  if (branch && !isValidBranchName(branch)) {
    throw new InputError('overlay-branch', `"${branch}" is not a valid branch name`);
  }
  return {
    repository,
    ...(branch ? { branch } : {}),
    ...(token ? { token } : {}),
  };
}

/** An overlay path inside overlay-repository: relative, no `..`, resolved after the clone. */
function repositoryOverlay(name: InputName, value: string, format: OverlayFormat): OverlayConfig {
  const v = value.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  if (v === '' || isAbsolute(v) || v.split('/').includes('..') || v.includes('\0')) {
    throw new InputError(
      name,
      `"${value}" must be a path inside overlay-repository`,
      "write it relative to that repository's root",
    );
  }
  return { file: '', path: v, format };
}

/** Roughly `git check-ref-format --branch`: what a branch name may look like. */
export function isValidBranchName(name: string): boolean {
  return (
    /^[A-Za-z0-9._/-]+$/.test(name) &&
    !name.startsWith('-') &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.') &&
    !name.endsWith('.lock') &&
    !name.includes('..') &&
    !name.includes('//') &&
    !name.split('/').some((part) => part.startsWith('.'))
  );
}

function parsePullRequestBranch(template: string, environment: string | undefined): string {
  const rendered = template.replace(/\{environment\}/g, environment ?? 'deploy');
  if (/[{}]/.test(rendered)) {
    throw new InputError(
      'pull-request-branch',
      `"${template}" has an unknown token`,
      'the only token is {environment}',
    );
  }
  if (!isValidBranchName(rendered)) {
    throw new InputError(
      'pull-request-branch',
      `"${rendered}" is not a valid branch name`,
      'use letters, digits, "/", "-", "_" and "."',
    );
  }
  return rendered;
}

export interface ParseContext {
  workspace: string;
}

/** Builds the Config. Throws InputError for the first invalid input. */
export function parseConfig(source: InputSource, ctx: ParseContext): Config {
  const get = (name: InputName): string => source.get(name).trim();
  const workspace = ctx.workspace;
  const registry = get('registry').replace(/\/+$/, '') || undefined;
  if (registry !== undefined && !/^[A-Za-z0-9.-]+(:\d+)?(\/[a-z0-9._/-]+)?$/.test(registry)) {
    throw new InputError(
      'registry',
      `"${registry}" is not a registry host with an optional namespace`,
      'e.g. ghcr.io/acme or 123456789012.dkr.ecr.us-east-1.amazonaws.com',
    );
  }

  const imagesData = source.structured?.('images');
  const imagesRaw = imagesData === undefined ? source.get('images') : '';
  const flat = get('image');
  let images: ImageConfig[];
  if (imagesData !== undefined || imagesRaw.trim() !== '') {
    if (flat)
      throw new InputError(
        'image',
        'cannot be combined with "images"',
        'list every image under "images"',
      );
    images = readImagesInput(imagesRaw, workspace, imagesData).map((r) =>
      parseImage(r, registry, workspace),
    );
  } else if (flat) {
    const fields: Record<string, unknown> = { name: flat, context: get('context') || '.' };
    if (get('dockerfile')) fields.dockerfile = get('dockerfile');
    const paths = lines(source.get('paths'));
    if (paths.length > 0) fields.paths = paths;
    images = [parseImage({ where: 'image', fields, flat: true }, registry, workspace)];
  } else {
    throw new InputError(
      'images',
      'no image configured',
      'set "images" (a YAML list) or "image" for a single image',
    );
  }
  const seen = new Set<string>();
  for (const img of images) {
    if (seen.has(img.name))
      throw new InputError(
        'images',
        `image name "${img.name}" appears twice`,
        'names must be unique',
      );
    seen.add(img.name);
  }

  const format = oneOf('overlay-format', get('overlay-format') || 'auto', OVERLAY_FORMATS);
  if (format !== 'auto' && format !== 'kustomize' && images.some((i) => !i.key)) {
    const missing = images.filter((i) => !i.key).map((i) => i.name);
    throw new InputError(
      'overlay-format',
      `"${format}" needs a key for every image; missing for ${missing.join(', ')}`,
      'add key (e.g. api.image.tag) to each image',
    );
  }
  const overlayRepository = parseOverlayRepository(source);
  const overlays = lines(source.get('overlay')).map((p) =>
    overlayRepository
      ? repositoryOverlay('overlay', p, format)
      : parseOverlay('overlay', p, format, workspace),
  );
  const fromOverlayPath = get('from-overlay');
  const fromOverlay = fromOverlayPath
    ? overlayRepository
      ? repositoryOverlay('from-overlay', fromOverlayPath, format)
      : parseOverlay('from-overlay', fromOverlayPath, format, workspace)
    : undefined;

  const mode: Mode = oneOf('mode', get('mode') || 'auto', MODES);
  const tagTemplate = checkTemplate('tag-template', get('tag-template') || 'sha-{sha:7}', true);
  const prTagTemplate = checkTemplate(
    'pr-tag-template',
    get('pr-tag-template') || 'pr-{pr}-{sha:7}',
    true,
  );
  const extraTags = list(source.get('extra-tags')).map((t) =>
    checkTemplate('extra-tags', t, false),
  );
  const promoteTags = list(source.get('promote-tags')).map((t) =>
    checkTemplate('promote-tags', t, false),
  );
  const sourceTag = checkSourceTag(source.get('source-tag').trim());
  const pinDigest = parseBoolean('pin-digest', source.get('pin-digest'));

  const tag = parseTagInput(source.get('tag'), images);
  if (tag?.kind === 'previous' && mode !== 'auto' && mode !== 'rollback') {
    throw new InputError(
      'tag',
      `"previous" only means a rollback in mode auto or rollback, not ${mode}`,
      'give a tag, or use mode: rollback',
    );
  }
  if (mode === 'rollback' && tag?.kind === 'refs') {
    throw new InputError(
      'tag',
      'mode "rollback" goes back through the overlay\'s history; it takes previous or previous~N',
      'use mode: auto to redeploy a named tag',
    );
  }
  if ((mode === 'rollback' || tag?.kind === 'previous') && overlays.length === 0) {
    throw new InputError(
      'overlay',
      "a rollback reads the previous value from the overlay's git history, but no overlay is set",
      'set "overlay"',
    );
  }
  if (mode === 'promote' && !fromOverlay && tag === undefined) {
    throw new InputError(
      'mode',
      '"promote" needs a source',
      'set from-overlay (the overlay to promote from) or tag',
    );
  }
  if (mode === 'build' && tag?.kind === 'refs' && Object.keys(tag.byImage).length > 0) {
    throw new InputError(
      'tag',
      'mode "build" takes one tag (the planned tag of a matrix job), not NAME=TAG lines',
      'give a single tag together with matrix-image',
    );
  }

  const maxParallelRaw = get('max-parallel') || '2';
  const maxParallel = Number(maxParallelRaw);
  if (!Number.isInteger(maxParallel) || maxParallel < 1 || maxParallel > 32) {
    throw new InputError('max-parallel', `"${maxParallelRaw}" is not a whole number from 1 to 32`);
  }

  const matrixImage = get('matrix-image') || undefined;
  if (matrixImage !== undefined && !images.some((i) => i.name === matrixImage)) {
    throw new InputError(
      'matrix-image',
      `"${matrixImage}" is not one of the configured images`,
      `use one of: ${images.map((i) => i.name).join(', ')}`,
    );
  }

  const writeOverlay = parseBoolean('write-overlay', source.get('write-overlay'));
  const commit = parseCommitMode(source.get('commit'));
  if ((writeOverlay || commit !== 'none') && overlays.length === 0) {
    throw new InputError(
      writeOverlay ? 'write-overlay' : 'commit',
      'there is no overlay to write',
      'set "overlay" to the file(s) to update',
    );
  }
  const push = parseBoolean('push', source.get('push') || 'true');
  if (!push && (writeOverlay || commit !== 'none')) {
    throw new InputError(
      'push',
      'false pushes nothing, so no image of this run is in the registry to write into an overlay',
      'set push: true, or leave write-overlay and commit off (use dry-run to see what would be written)',
    );
  }
  const environment = get('environment') || undefined;
  const pullRequestBranch = parsePullRequestBranch(
    get('pull-request-branch') || INPUTS['pull-request-branch'].default,
    environment,
  );
  const githubToken = get('github-token') || undefined;
  if (commit === 'pull-request' && !githubToken && !get('overlay-token')) {
    throw new InputError(
      'commit',
      '"pull-request" opens a pull request through the GitHub API, but no token is set',
      'set github-token (the job token needs pull-requests: write) or overlay-token',
    );
  }

  const base = get('base') || undefined;
  if (base !== undefined && !/^[A-Za-z0-9_./~^@{}-]+$/.test(base)) {
    throw new InputError(
      'base',
      `"${base}" is not a git revision`,
      'give a commit SHA, tag or branch',
    );
  }
  if (base?.startsWith('-')) throw new InputError('base', `"${base}" cannot start with "-"`);

  const insecureRegistries = list(source.get('insecure-registries'));
  for (const r of insecureRegistries) {
    if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(r))
      throw new InputError('insecure-registries', `"${r}" is not a host[:port]`);
  }

  const config: Config = {
    workspace,
    images,
    overlays,
    pullRequestBranch,
    createMissing: parseBoolean('create-missing', source.get('create-missing')),
    deployPaths: checkGlobs('deploy-paths', lines(source.get('deploy-paths')), workspace),
    ignorePaths: checkGlobs('ignore-paths', lines(source.get('ignore-paths')), workspace),
    mode,
    tagTemplate,
    prTagTemplate,
    extraTags,
    promoteTags,
    forceBuild: parseBoolean('force-build', source.get('force-build')),
    push,
    writeOverlay,
    pinDigest,
    commit,
    commitMessage: commitMessage(get('commit-message')),
    dryRun: parseBoolean('dry-run', source.get('dry-run')),
    insecureRegistries,
    allowTagOverwrite: parseBoolean('allow-tag-overwrite', source.get('allow-tag-overwrite')),
    cacheFrom: lines(source.get('cache-from')),
    cacheTo: lines(source.get('cache-to')),
    maxParallel,
    registryCheck: true,
  };
  if (registry !== undefined) config.registry = registry;
  if (fromOverlay) config.fromOverlay = fromOverlay;
  if (overlayRepository) config.overlayRepository = overlayRepository;
  if (sourceTag !== undefined) config.sourceTag = sourceTag;
  if (tag !== undefined) config.tag = tag;
  if (base !== undefined) config.base = base;
  if (environment) config.environment = environment;
  if (githubToken) config.githubToken = githubToken;
  if (matrixImage !== undefined) config.matrixImage = matrixImage;
  const fromPlan = get('from-plan');
  if (fromPlan) config.fromPlan = parsePlanInput(fromPlan, images);
  return config;
}
