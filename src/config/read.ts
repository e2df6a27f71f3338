/**
 * The one reader of input text: every input of the table (inputs.ts) becomes a typed value by
 * its kind. An empty value means the table's default, except for lists (empty is an empty
 * list), `source-tag` (empty turns source tags off) and secrets. Every error names the input
 * and says what to do.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { globProblem } from '../changes/globs.js';
import { checkCommitTemplate } from '../overlay/commit-message.js';
import { resolveInsideWorkspace } from '../paths.js';
import { isImmutableTemplate, parseTemplate, TemplateError } from '../tags/template.js';
import { INPUTS, type InputName, type InputSource, type InputSpec } from './inputs.js';
import { parseInputYaml, readInputFile } from './yaml-input.js';

/** The value each kind reads to. */
type ValueOf<S> = S extends { kind: 'boolean' }
  ? boolean
  : S extends { kind: 'integer' }
    ? number
    : S extends { kind: 'enum'; values: readonly (infer V)[] }
      ? V
      : S extends { kind: 'lines' | 'list' | 'globs' } | { kind: 'template'; list: true }
        ? string[]
        : S extends { kind: 'yaml' | 'json' }
          ? unknown
          : S extends { kind: 'secret' } | { kind: 'template'; of: 'source' } | { default: '' }
            ? string | undefined
            : string;

/** Every input, read: what the table's kinds say each one is. */
export type InputValues = { -readonly [K in InputName]: ValueOf<(typeof INPUTS)[K]> };

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

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Checks path globs; `label` says where inside the input they are (`images[0].paths`). */
export function checkGlobs(
  input: string,
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

/**
 * A tag template: known tokens; {source} only in source-tag, which has nothing else (one
 * source, one tag) and at least 12 hex of it; every build its own tag when `immutable`.
 */
function checkTagTemplate(name: InputName, template: string, immutable = false): string {
  let tokens;
  try {
    tokens = parseTemplate(template).flatMap((p) => ('token' in p ? [p] : []));
  } catch (err) {
    if (err instanceof TemplateError) throw new InputError(name, err.message);
    throw err;
  }
  const source = name === 'source-tag';
  const other = tokens.find((p) => (p.token === 'source') !== source);
  if (other && !source) {
    throw new InputError(name, '{source} is only for source-tag', 'use {sha:7} to name the commit');
  }
  if (other) {
    throw new InputError(
      name,
      `{${other.token}} would give one source several tags`,
      'use only {source:N} and literal text',
    );
  }
  if (source && !tokens.some((p) => (p.length ?? 64) >= 12)) {
    throw new InputError(
      name,
      `"${template}" does not name the source with at least 12 hex characters`,
      'include {source:16} (or {source}), or set it empty to turn source tags off',
    );
  }
  if (immutable && !isImmutableTemplate(template)) {
    throw new InputError(
      name,
      `"${template}" gives the same tag to different builds`,
      'include {sha:7} (or {sha}, {version}, {run}, {datetime}) so every build gets its own immutable tag',
    );
  }
  return template;
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

/** A branch name template: {environment} is its only token, and it is a name, not a ref. */
function checkBranchTemplate(name: InputName, value: string): string {
  const unknown = /\{(?!environment\})[^}]*\}?/.exec(value);
  if (unknown) {
    throw new InputError(
      name,
      `"${value}" has an unknown token ${unknown[0]}`,
      'the only token is {environment}',
    );
  }
  if (value.startsWith('refs/')) {
    throw new InputError(
      name,
      `"${value}" is a ref, not a branch name`,
      `give the branch name, e.g. ${value.replace(/^refs\/(heads\/)?/, '') || 'main'}`,
    );
  }
  if (!isValidBranchName(value.replace(/\{environment\}/g, 'env'))) {
    throw new InputError(
      name,
      `"${value}" is not a valid branch name`,
      'use letters, digits, "/", "-", "_" and "."',
    );
  }
  return value;
}

/** The images list: inline YAML, a `.yml`/`.yaml` file in the workspace, or data already. */
export function readYaml(name: InputName, source: InputSource, workspace: string): unknown {
  const data = source.structured?.(name);
  if (data !== undefined) return data;
  const raw = source.get(name);
  const single = raw.trim();
  if (single === '') return undefined;
  // A single line naming a .yml/.yaml file is a path; anything else is inline YAML.
  const file = !single.includes('\n') && /\.ya?ml$/i.test(single) && !single.startsWith('-');
  const text = file
    ? readInputFile(name, resolveInsideWorkspace(workspace, single, name), single)
    : raw;
  return parseInputYaml(name, text, 'the list');
}

function readInput(
  name: InputName,
  spec: InputSpec,
  source: InputSource,
  workspace: string,
): unknown {
  if (spec.kind === 'yaml') return readYaml(name, source, workspace);
  const raw = source.get(name);
  const keepsEmpty =
    spec.kind === 'lines' ||
    spec.kind === 'list' ||
    spec.kind === 'globs' ||
    spec.kind === 'secret' ||
    (spec.kind === 'template' && (spec.of === 'source' || (spec.of === 'tag' && spec.list)));
  const text = raw.trim() === '' && !keepsEmpty ? spec.default : raw;
  const value = text.trim();
  switch (spec.kind) {
    case 'boolean': {
      const v = value.toLowerCase();
      if (v === 'true' || v === 'false') return v === 'true';
      throw new InputError(name, `"${value}" is not a boolean`, 'use true or false');
    }
    case 'enum': {
      const v = value.toLowerCase();
      if (spec.values.includes(v)) return v;
      throw new InputError(
        name,
        `"${value}" is not allowed`,
        `use one of: ${spec.values.join(', ')}`,
      );
    }
    case 'integer': {
      const n = Number(value);
      if (/^\d+$/.test(value) && n >= spec.min && n <= spec.max) return n;
      throw new InputError(
        name,
        `"${value}" is not a whole number from ${spec.min} to ${spec.max}`,
      );
    }
    case 'text':
      if (/[\r\n]/.test(value))
        throw new InputError(name, 'must be one line', 'remove the line breaks');
      if (value !== '' && spec.pattern && !spec.pattern.test(value)) {
        throw new InputError(name, `"${value}" ${spec.problem ?? 'is not valid'}`, spec.fix);
      }
      return value === '' ? undefined : value;
    case 'secret':
      return value === '' ? undefined : value;
    case 'document': {
      if (value === '') return undefined;
      if (spec.inline.test(value)) return value;
      if (/[\r\n]/.test(value)) {
        throw new InputError(name, `is neither ${spec.what} nor the path of one`);
      }
      const file = resolveInsideWorkspace(workspace, value, name);
      return readInputFile(name, file, value, spec.what).trim();
    }
    case 'lines':
      return lines(text);
    case 'globs':
      return checkGlobs(name, lines(text), workspace);
    case 'list': {
      const items = list(text);
      const bad = items.find((i) => spec.pattern && !spec.pattern.test(i));
      if (bad !== undefined)
        throw new InputError(name, `"${bad}" ${spec.problem ?? 'is not valid'}`);
      return items;
    }
    case 'json':
      if (value === '') return undefined;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        throw new InputError(name, 'is not JSON', spec.fix);
      }
    case 'template':
      switch (spec.of) {
        case 'tag':
          return spec.list
            ? list(text).map((t) => checkTagTemplate(name, t))
            : checkTagTemplate(name, value, spec.immutable);
        case 'source':
          return value === '' ? undefined : checkTagTemplate(name, value);
        case 'commit-message':
          checkCommitTemplate(value, name);
          return value;
        case 'branch':
          return checkBranchTemplate(name, value);
      }
  }
}

/** Reads every input of the table from `source`; throws InputError for the first bad one. */
export function readInputs(source: InputSource, workspace: string): InputValues {
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(INPUTS) as [InputName, InputSpec][]) {
    values[name] = readInput(name, spec, source, workspace);
  }
  return values as InputValues;
}
