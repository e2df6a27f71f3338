/**
 * An image in a key-path overlay (Helm values, any YAML, JSON, Terraform variables): the value
 * at `key` — a tag, a digest or a full reference (see value-shape.ts) — plus, for tags and
 * digests, the repository at `repositoryKey` and a digest in a `digest` key next to the tag
 * (the convention of most charts: `image.repository`, `image.tag`, `image.digest`).
 */
import type { ImageConfig } from '../config/types.js';
import { UserError } from '../errors.js';
import type { KeyPathDocument } from './documents.js';
import { formatKeyPath, parseKeyPath, type KeyPath } from './key-path.js';
import type { ImageValue, OverlayImageState, ValueShape } from './types.js';
import { readShape, splitReference } from './value-shape.js';

export interface ImageKeys {
  /** Where the image's value is (`key`). */
  value: KeyPath;
  repository?: KeyPath;
  /** The `digest` key next to a tag. */
  digest: KeyPath;
}

export function imageKeys(key: string, repositoryKey?: string): ImageKeys {
  const value = parseKeyPath(key);
  const keys: ImageKeys = { value, digest: [...value.slice(0, -1), 'digest'] };
  if (repositoryKey) keys.repository = parseKeyPath(repositoryKey);
  return keys;
}

const SHAPE_NAMES: Record<ValueShape, string> = {
  tag: 'a tag',
  digest: 'a digest',
  reference: 'a full image reference',
};

/** The shape `image` reads `text` as: its configured `value`, or what the text looks like. */
function shapeFor(
  doc: KeyPathDocument,
  image: ImageConfig,
  key: KeyPath,
  text: string,
  line: number | undefined,
): ValueShape {
  const found = readShape(text, key);
  const wanted = image.value;
  if (wanted === 'auto' || wanted === found) return found;
  // A single word read as a tag can still be a repository name (`image: nginx`).
  if (wanted === 'reference' && found === 'tag' && splitReference(text)) return 'reference';
  const at = `${doc.file}${line === undefined ? '' : `:${line}`}`;
  throw new UserError(
    `${at}: image ${image.name} has value: ${wanted}, but "${formatKeyPath(key)}" holds ${SHAPE_NAMES[found]} ("${text}") — set value: ${found} (or auto) for this image, or point key at ${SHAPE_NAMES[wanted]}`,
  );
}

/**
 * The digest in the `digest` key next to a tag. An empty one (`digest: ""`) means "none", as
 * chart templates read it; so does a `digest` key that is not a single value (some charts
 * use `digest:` for settings of their own) — writing a digest there is refused later.
 */
export function siblingDigest(doc: KeyPathDocument, keys: ImageKeys): string | undefined {
  try {
    return doc.value(keys.digest)?.text || undefined;
  } catch (err) {
    if (err instanceof UserError) return undefined;
    throw err;
  }
}

/** What `doc` says about `image` (found: false when the key is missing or empty). */
export function readKeyPathImage(
  doc: KeyPathDocument,
  image: ImageConfig,
  warnings: string[],
): OverlayImageState {
  if (image.key === undefined) {
    warnings.push(
      `${doc.file}: image ${image.name} has no key, so it cannot be found in this ${doc.format} file`,
    );
    return { name: image.name, found: false, value: {} };
  }
  const keys = imageKeys(image.key, image.repositoryKey);
  const slot = formatKeyPath(keys.value);
  const at = doc.value(keys.value);
  if (at === undefined) return { name: image.name, found: false, value: {}, slot };
  const shape = shapeFor(doc, image, keys.value, at.text, at.line);
  let value: ImageValue;
  if (shape === 'reference') {
    value = splitReference(at.text) ?? {};
  } else {
    value = shape === 'tag' ? { tag: at.text } : { digest: at.text };
    const repository = keys.repository ? doc.value(keys.repository)?.text : undefined;
    if (repository) value = { repository, ...value };
    if (shape === 'tag') {
      const digest = siblingDigest(doc, keys);
      if (digest) value.digest = digest;
    }
  }
  if (shape === 'tag' && at.notString) {
    warnings.push(
      `${doc.file}:${at.line ?? '?'}: ${slot} is written as a number (${at.text}); Helm reads it as a number — quote it`,
    );
  }
  const state: OverlayImageState = { name: image.name, found: true, value, shape, slot };
  if (at.line !== undefined) state.line = at.line;
  return state;
}
