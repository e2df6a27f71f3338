/**
 * An image in a Helm values file or any YAML file, addressed by key paths: the tag at
 * `helm-key`, the repository at `helm-repository-key`, and a digest in a `digest` key next
 * to the tag (the convention of most charts: `image.repository`, `image.tag`, `image.digest`).
 */
import { isScalar } from 'yaml';
import { formatKeyPath, parseKeyPath, type KeyPath } from './key-path.js';
import {
  describeNode,
  nodeLine,
  readNode,
  scalarText,
  YamlError,
  type YamlEdit,
  type YamlFile,
} from './yaml-edit.js';

export interface ImageKeys {
  tag: KeyPath;
  repository?: KeyPath;
  digest: KeyPath;
}

export function imageKeys(key: string, repositoryKey?: string): ImageKeys {
  const tag = parseKeyPath(key);
  const keys: ImageKeys = { tag, digest: [...tag.slice(0, -1), 'digest'] };
  if (repositoryKey) keys.repository = parseKeyPath(repositoryKey);
  return keys;
}

export interface KeyPathImage {
  found: boolean;
  tag?: string;
  newName?: string;
  digest?: string;
  line?: number;
  /** The tag is written as a number (`tag: 1.20`): Helm reads that as 1.2. */
  tagIsNumber?: boolean;
}

function value(y: YamlFile, path: KeyPath): string | undefined {
  const node = readNode(y, path);
  if (node === undefined || describeNode(node) === 'empty') return undefined;
  const text = scalarText(y, node);
  if (text === undefined) {
    throw new YamlError(
      `${y.file}:${nodeLine(y, node) ?? '?'}: "${formatKeyPath(path)}" is ${describeNode(node)}, not a value`,
    );
  }
  return text;
}

export function readKeyPathImage(y: YamlFile, keys: ImageKeys): KeyPathImage {
  const tag = value(y, keys.tag);
  const out: KeyPathImage = { found: tag !== undefined };
  if (tag !== undefined) out.tag = tag;
  const tagNode = readNode(y, keys.tag);
  const line = nodeLine(y, tagNode);
  if (line !== undefined) out.line = line;
  if (isScalar(tagNode) && typeof tagNode.value === 'number') out.tagIsNumber = true;
  const repository = keys.repository ? value(y, keys.repository) : undefined;
  if (repository !== undefined) out.newName = repository;
  // An empty digest (`digest: ""`) means "none", as chart templates read it.
  const digest = value(y, keys.digest);
  if (digest) out.digest = digest;
  return out;
}

export interface KeyPathUpdate {
  tag: string;
  newName?: string;
  /** A digest to write, `clear` to empty an existing one; absent keeps it. */
  digest?: { set: string } | 'clear';
}

/**
 * Edits for one image. A digest is cleared by writing `""` rather than removing the key, so
 * charts whose templates or schema expect the key keep working.
 */
export function keyPathEdits(y: YamlFile, keys: ImageKeys, update: KeyPathUpdate): YamlEdit[] {
  const current = readKeyPathImage(y, keys);
  const edits: YamlEdit[] = [];
  if (current.tag !== update.tag) edits.push({ op: 'set', path: keys.tag, value: update.tag });
  if (update.newName !== undefined && current.newName !== update.newName) {
    if (!keys.repository) {
      throw new YamlError(
        `${y.file}: cannot write repository "${update.newName}": the image has no helm-repository-key`,
      );
    }
    edits.push({ op: 'set', path: keys.repository, value: update.newName });
  }
  if (update.digest === 'clear') {
    if (current.digest !== undefined) edits.push({ op: 'set', path: keys.digest, value: '' });
  } else if (update.digest !== undefined && current.digest !== update.digest.set) {
    edits.push({ op: 'set', path: keys.digest, value: update.digest.set });
  }
  return edits;
}
