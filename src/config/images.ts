/**
 * The images: the `images` list (or the flat `image`/`context`/`dockerfile`/`paths` inputs) →
 * ImageConfig[], and per-file keys: an image's `key` and `value` are one key path / shape
 * for every overlay, or a map from overlay path (or glob) to that file's; imageFor gives the
 * image as one overlay file sees it.
 */
import { isAbsolute } from 'node:path';
import { compileGlobs, globProblem } from '../changes/globs.js';
import { InputError, UserError } from '../errors.js';
import { keyPathProblem } from '../overlay/key-path.js';
import { resolveInsideWorkspace } from '../paths.js';
import { joinRepository, ReferenceError } from '../reference.js';
import { nearest } from '../source/check.js';
import type { InputName, InputSource } from './inputs.js';
import { checkGlobs, lines, list, readYaml, type InputValues } from './read.js';
import { VALUE_SHAPES, type FileSetting, type ImageConfig, type ValueShapeInput } from './types.js';

const IMAGE_KEYS = (
  'name repository context dockerfile paths target build-args platforms key helm-key ' +
  'helm-repository-key value'
).split(' ');

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
const PLATFORM_RE = /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/;
const KEY_EXAMPLE = 'e.g. api.image.tag, or spec.template.spec.containers[name=api].image';

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

function keyPath(where: string, value: string): string {
  const problem = keyPathProblem(value);
  if (problem)
    throw new InputError(
      'images',
      `${where} "${value}" is not a key path: ${problem}`,
      KEY_EXAMPLE,
    );
  return value;
}

function shape(where: string, value: string): ValueShapeInput {
  if ((VALUE_SHAPES as readonly string[]).includes(value)) return value as ValueShapeInput;
  throw new InputError(
    'images',
    `${where} "${value}" is not a value shape`,
    `use one of: ${VALUE_SHAPES.join(', ')}`,
  );
}

/**
 * `key` or `value`: one setting for every file (a string), or a map from overlay path (or
 * glob) to the file's setting, each checked by `check`.
 */
function perFile<T>(
  where: string,
  value: unknown,
  check: (where: string, value: string) => T,
): { all?: T; byFile?: FileSetting<T>[] } {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value === 'string') return { all: check(where, value.trim()) };
  if (typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length === 0) {
    throw new InputError(
      'images',
      `${where} must be a string, or a map from overlay path (or glob) to one`,
      'e.g. {envs/dev/lambda.tfvars.json: lambda_image_uri, envs/prod/*.tfvars: lambda.image_uri}',
    );
  }
  const byFile = Object.entries(value as Record<string, unknown>).map(([raw, v]) => {
    const pattern = raw.trim().replace(/^\.\//, '');
    const problem = pattern.startsWith('!')
      ? 'a per-file pattern cannot be negated'
      : globProblem(pattern);
    if (problem) {
      throw new InputError(
        'images',
        `${where}: "${raw}" is not an overlay path or glob: ${problem}`,
      );
    }
    const at = `${where}["${pattern}"]`;
    if (typeof v !== 'string' || v.trim() === '')
      throw new InputError('images', `${at} must be a string`);
    return { pattern, value: check(at, v.trim()) };
  });
  return { byFile };
}

/** The first setting whose pattern matches `path`. */
function settingFor<T>(settings: readonly FileSetting<T>[], path: string): T | undefined {
  return settings.find((s) => compileGlobs([s.pattern])(path))?.value;
}

/**
 * `image` as the overlay at `overlayPath` (workspace- or overlay-repository-relative) sees it:
 * with that file's `key` and `value`, and no per-file maps. A file no pattern of the `key`
 * map matches leaves `key` unset (see keyMissProblem); one the `value` map does not match
 * gets `auto`.
 */
export function imageFor(image: ImageConfig, overlayPath: string): ImageConfig {
  const { keyByFile, valueByFile, ...out } = image;
  if (keyByFile) {
    const key = settingFor(keyByFile, overlayPath);
    if (key === undefined) delete out.key;
    else out.key = key;
  }
  if (valueByFile) out.value = settingFor(valueByFile, overlayPath) ?? 'auto';
  return out;
}

/**
 * Why `image` cannot be read or written in the overlay at `overlayPath` by key: its `key` is
 * a per-file map no pattern of which matches the file. Undefined when it has a key there.
 */
export function keyMissProblem(image: ImageConfig, overlayPath: string): string | undefined {
  if (!image.keyByFile || imageFor(image, overlayPath).key !== undefined) return undefined;
  return `image ${image.name} has no key for ${overlayPath}: its key map names ${image.keyByFile.map((s) => s.pattern).join(', ')} — add the file (or a glob that matches it) to the key of ${image.name} in "images"`;
}

/** Throws keyMissProblem as a UserError; otherwise imageFor. */
export function requireImageFor(image: ImageConfig, overlayPath: string): ImageConfig {
  const problem = keyMissProblem(image, overlayPath);
  if (problem) throw new UserError(problem);
  return imageFor(image, overlayPath);
}

interface RawImage {
  where: string;
  fields: Record<string, unknown>;
  /** From the flat `image`/`context`/`dockerfile`/`paths` inputs. */
  flat?: boolean;
}

function parseImage(raw: RawImage, registry: string | undefined, workspace: string): ImageConfig {
  const { where, fields } = raw;
  // The flat single-image inputs report errors under their own names.
  const inputOf = (field: 'context' | 'dockerfile' | 'paths'): InputName =>
    raw.flat ? field : 'images';
  for (const key of Object.keys(fields)) {
    if (!IMAGE_KEYS.includes(key)) {
      const hint = nearest(key, IMAGE_KEYS, 3);
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
    if (!(err instanceof ReferenceError)) throw err;
    throw new InputError(
      'images',
      `${where}.repository "${repositoryRaw}": ${err.reason}`,
      'give a repository name without tag or digest',
    );
  }
  if (repository.tag !== undefined || repository.digest !== undefined) {
    throw new InputError(
      'images',
      `${where}.repository "${repositoryRaw}" must not carry a tag or digest`,
    );
  }
  const platforms = stringList(`${where}.platforms`, fields.platforms).flatMap((p) => list(p));
  const badPlatform = platforms.find((p) => !PLATFORM_RE.test(p));
  if (badPlatform !== undefined) {
    throw new InputError(
      'images',
      `${where}.platforms: "${badPlatform}" is not os/arch[/variant]`,
      'e.g. linux/amd64',
    );
  }
  if (fields.key !== undefined && fields['helm-key'] !== undefined) {
    throw new InputError(
      'images',
      `${where} has both "key" and "helm-key"`,
      'they are the same setting (helm-key is the old name); keep "key"',
    );
  }
  const keyField = fields.key === undefined ? 'helm-key' : 'key';
  const key = perFile(`${where}.${keyField}`, fields[keyField], keyPath);
  const value = perFile(`${where}.value`, fields.value, shape);
  const image: ImageConfig = {
    name,
    repository,
    context,
    dockerfile,
    paths,
    buildArgs: buildArgs(`${where}.build-args`, fields['build-args']),
    platforms,
    value: value.all ?? 'auto',
  };
  if (registry === undefined && fields.repository === undefined) image.defaultRepository = true;
  if (key.all !== undefined) image.key = key.all;
  if (key.byFile) image.keyByFile = key.byFile;
  if (value.byFile) image.valueByFile = value.byFile;
  const repositoryKey = optionalString(
    `${where}.helm-repository-key`,
    fields['helm-repository-key'],
  );
  if (repositoryKey !== undefined)
    image.repositoryKey = keyPath(`${where}.helm-repository-key`, repositoryKey);
  const target = optionalString(`${where}.target`, fields.target);
  if (target !== undefined) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target))
      throw new InputError('images', `${where}.target "${target}" is not a stage name`);
    image.target = target;
  }
  return image;
}

/** The entries of an `images` list (a bare list, or `images: [...]` in a file). */
function imageEntries(data: unknown): RawImage[] {
  let doc = data;
  if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'images' in doc)
    doc = doc.images;
  if (!Array.isArray(doc) || doc.length === 0) {
    throw new InputError(
      'images',
      'must be a non-empty YAML list of image entries',
      'e.g. "- name: api\\n  context: services/api"',
    );
  }
  return doc.map((entry: unknown, i) => {
    const where = `images[${i}]`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new InputError('images', `${where} must be a map with at least "name"`);
    }
    return { where, fields: entry as Record<string, unknown> };
  });
}

/**
 * The `images` input as YAML data (each entry's fields, not yet checked), read from a file
 * when it names one; undefined when unset. For a door that adds to the list (the CLI's
 * deploy adds the images it names, and their key paths).
 */
export function imagesData(
  source: InputSource,
  workspace: string,
): Record<string, unknown>[] | undefined {
  const data = readYaml('images', source, workspace);
  return data === undefined ? undefined : imageEntries(data).map((r) => ({ ...r.fields }));
}

/** The configured images: the `images` list, or the flat single-image inputs. */
export function readImages(
  values: InputValues,
  registry: string | undefined,
  workspace: string,
): ImageConfig[] {
  let raws: RawImage[];
  if (values.images !== undefined) {
    if (values.image) {
      throw new InputError(
        'image',
        'cannot be combined with "images"',
        'list every image under "images"',
      );
    }
    raws = imageEntries(values.images);
  } else if (values.image) {
    const fields: Record<string, unknown> = { name: values.image, context: values.context };
    if (values.dockerfile) fields.dockerfile = values.dockerfile;
    if (values.paths.length > 0) fields.paths = values.paths;
    raws = [{ where: 'image', fields, flat: true }];
  } else {
    throw new InputError(
      'images',
      'no image configured',
      'set "images" (a YAML list) or "image" for a single image',
    );
  }
  const images = raws.map((r) => parseImage(r, registry, workspace));
  const seen = new Set<string>();
  for (const { name } of images) {
    if (seen.has(name))
      throw new InputError('images', `image name "${name}" appears twice`, 'names must be unique');
    seen.add(name);
  }
  return images;
}
