/**
 * Kustomization `images:` entries: read them by `name` (never by position) and turn a
 * change of one entry into byte-preserving YAML edits.
 */
import { isMap, isSeq } from 'yaml';
import {
  describeNode,
  nodeLine,
  readNode,
  scalarText,
  YamlError,
  type YamlEdit,
  type YamlFile,
} from './yaml-edit.js';

export const KUSTOMIZE_FIELDS = ['newName', 'newTag', 'digest'] as const;
export type KustomizeField = (typeof KUSTOMIZE_FIELDS)[number];

export interface KustomizeImage {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
  /** Position in `images:`, for edits. */
  index: number;
  line?: number;
}

/** What to do with one field of an entry. */
export type FieldChange = { set: string } | 'remove' | 'keep';

export type KustomizePatch = Record<KustomizeField, FieldChange>;

/** All `images:` entries; throws YamlError (with the line) on a malformed list. */
export function kustomizeImages(y: YamlFile): KustomizeImage[] {
  const root = y.doc.contents;
  if (root !== null && !isMap(root) && describeNode(root) !== 'empty') {
    throw new YamlError(
      `${y.file}: is not a kustomization (the top level is ${describeNode(root)})`,
    );
  }
  const list = readNode(y, ['images']);
  if (list === undefined || describeNode(list) === 'empty') return [];
  if (!isSeq(list)) {
    throw new YamlError(
      `${y.file}:${nodeLine(y, list) ?? '?'}: "images" is ${describeNode(list)}, not a list`,
    );
  }
  const seen = new Map<string, KustomizeImage>();
  return list.items.map((item, index) => {
    const line = nodeLine(y, item);
    const at = `${y.file}:${line ?? '?'}: images[${index}]`;
    if (!isMap(readNode(y, ['images', index]))) throw new YamlError(`${at} is not a mapping`);
    const field = (key: string): string | undefined => {
      const node = readNode(y, ['images', index, key]);
      if (node === undefined || describeNode(node) === 'empty') return undefined;
      const text = scalarText(y, node);
      if (text === undefined)
        throw new YamlError(`${at}.${key} is ${describeNode(node)}, not a value`);
      return text;
    };
    const name = field('name');
    if (name === undefined || name === '') throw new YamlError(`${at} has no "name"`);
    const image: KustomizeImage = { name, index };
    if (line !== undefined) image.line = line;
    for (const key of KUSTOMIZE_FIELDS) {
      const value = field(key);
      if (value !== undefined) image[key] = value;
    }
    const twin = seen.get(name);
    if (twin) {
      throw new YamlError(
        `${y.file}: images lists "${name}" twice (lines ${twin.line ?? '?'} and ${line ?? '?'}); kustomize applies only one of them — remove the other`,
      );
    }
    seen.set(name, image);
    return image;
  });
}

/**
 * Edits that make the entry `name` match `patch`: existing keys are replaced in place or
 * removed, missing ones are added after the entry's last key; a missing entry is appended to
 * `images:` (created if needed) with its keys in kustomize's order.
 */
export function kustomizeEdits(y: YamlFile, name: string, patch: KustomizePatch): YamlEdit[] {
  const entry = kustomizeImages(y).find((i) => i.name === name);
  if (!entry) {
    const entries: [string, string][] = [['name', name]];
    for (const key of KUSTOMIZE_FIELDS) {
      const change = patch[key];
      if (typeof change === 'object') entries.push([key, change.set]);
    }
    return [{ op: 'append', path: ['images'], entries }];
  }
  const edits: YamlEdit[] = [];
  for (const key of KUSTOMIZE_FIELDS) {
    const change = patch[key];
    const path = ['images', entry.index, key] as const;
    if (change === 'remove') {
      // A key written with no value (`digest:`) is removed as well.
      if (readNode(y, path) !== undefined) edits.push({ op: 'delete', path });
    } else if (change !== 'keep' && entry[key] !== change.set) {
      edits.push({ op: 'set', path, value: change.set });
    }
  }
  return edits;
}
