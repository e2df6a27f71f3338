/**
 * One interface over the key-path formats — YAML (Helm values, raw manifests, any YAML),
 * JSON and Terraform variable files: read a value by key path, list the keys, and write
 * values in place. A document is opened on a file's bytes and text view (byte-text.ts); an
 * edit returns the edited ByteText. Each format's editor verifies its own edits (see
 * yaml-edit.ts, json-edit.ts, tfvars.ts). The JSON and tfvars editors load on first use
 * (loadFormats; each is its own chunk of the bundle): a run on YAML never compiles them.
 */
import { isScalar } from 'yaml';
import type { ByteText } from './byte-text.js';
import { dataKeys, type KeySet } from './data-path.js';
import type * as JsonEditor from './json-edit.js';
import { formatKeyPath, type KeyPath } from './key-path.js';
import type * as TfvarsEditor from './tfvars.js';
import {
  describeNode,
  editYaml,
  nodeLine,
  parseYaml,
  readNode,
  scalarText,
  YamlError,
  type YamlFile,
} from './yaml-edit.js';

export type KeyPathFormat = 'yaml' | 'json' | 'tfvars';

const editors: { json?: typeof JsonEditor; tfvars?: typeof TfvarsEditor } = {};

/**
 * Loads the editors of `formats` (YAML's is always there). Whoever opens a JSON or tfvars
 * document loads its editor first: src/overlay/state.ts does for every overlay it reads.
 */
export async function loadFormats(formats: Iterable<string>): Promise<void> {
  for (const format of formats) {
    if (format === 'json') editors.json ??= await import('./json-edit.js');
    if (format === 'tfvars') editors.tfvars ??= await import('./tfvars.js');
  }
}

function editor<F extends 'json' | 'tfvars'>(format: F): NonNullable<(typeof editors)[F]> {
  const loaded = editors[format];
  if (!loaded) {
    throw new Error(
      `the ${format} editor is not loaded: src/overlay/documents.ts loadFormats comes first`,
    );
  }
  return loaded;
}

export interface ValueAt {
  /** The value as written (numbers and booleans as spelled in the file). */
  text: string;
  line?: number;
  /** Written as a number or boolean, not a string (YAML). */
  notString?: boolean;
}

export interface KeyPathDocument {
  readonly format: KeyPathFormat;
  readonly file: string;
  readonly text: string;
  /** The whole file as plain data, for comparisons. */
  readonly data: unknown;
  /**
   * The value at `path`; undefined when missing or empty. Throws a UserError naming the file
   * and key when it is not a single value (a mapping, a list, an expression).
   */
  value(path: KeyPath): ValueAt | undefined;
  /** Whether the file has `path` at all (even with an empty value). */
  has(path: KeyPath): boolean;
  /** Key paths of the file's values, for "the file has …" messages. */
  keys(): string[];
  /** The file with `sets` written in order (each edit verified). */
  edit(sets: readonly KeySet[]): ByteText;
}

/**
 * Opens `source` as a key-path document of `format` (`parsed`, the YAML of `source.text`,
 * saves parsing it twice).
 */
export function openDocument(
  format: KeyPathFormat,
  source: ByteText,
  file: string,
  parsed?: YamlFile,
): KeyPathDocument {
  const text = source.text;
  const common = (data: unknown) => ({ format, file, text, data, keys: () => dataKeys(data) });
  if (format === 'yaml') {
    const y = parsed ?? parseYaml(text, file);
    return {
      ...common(y.data),
      value(path) {
        const node = readNode(y, path);
        if (node === undefined || describeNode(node) === 'empty') return undefined;
        const text = scalarText(y, node);
        if (text === undefined) {
          throw new YamlError(
            `${y.file}:${nodeLine(y, node) ?? '?'}: "${formatKeyPath(path)}" is ${describeNode(node)}, not a value`,
          );
        }
        const line = nodeLine(y, node);
        const notString = isScalar(node) && typeof node.value !== 'string';
        return {
          text,
          ...(line === undefined ? {} : { line }),
          ...(notString ? { notString } : {}),
        };
      },
      has: (path) => readNode(y, path) !== undefined,
      edit: (sets) =>
        editYaml(
          source,
          file,
          sets.map((s) => ({ op: 'set', path: s.path, value: s.value })),
        ),
    };
  }
  if (format === 'json') {
    const { editJson, jsonNode, jsonValue, parseJson } = editor('json');
    const f = parseJson(text, file);
    return {
      ...common(f.data),
      value: (path) => jsonValue(f, path),
      has: (path) => jsonNode(f, path) !== undefined,
      edit: (sets) => editJson(source, file, sets),
    };
  }
  const { editTfvars, parseTfvars, tfvarsHas, tfvarsValue } = editor('tfvars');
  const f = parseTfvars(text, file);
  return {
    ...common(f.data),
    value: (path) => tfvarsValue(f, path),
    has: (path) => tfvarsHas(f, path),
    edit: (sets) => editTfvars(source, file, sets),
  };
}
