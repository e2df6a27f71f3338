/**
 * Planning an overlay write: validate what is to be written, decide how it is spelled,
 * compute the new bytes, verify them, say what changes. Pure — it works on the bytes the
 * overlay was read from (OverlayState.bytes); nothing touches the disk until
 * writeOverlayEdits. The new bytes are the old ones with only the values' byte ranges
 * replaced (byte-text.ts).
 *
 * The digest rule: with pin-digest, or for a tag the tag policy does not call immutable, the
 * digest is written next to the tag (kustomize `digest:`, a `digest` key next to the tag key,
 * or `@digest` in a full reference). Otherwise a digest already in the file is removed when
 * the tag changes (or no longer matches the image's digest): kustomize renders
 * `name:tag@digest` — and older kustomize drops the tag when a digest is set — so the runtime
 * would keep pulling the old image by its digest. A stale digest never stays next to a new tag.
 *
 * The repository is written when the entry is new or names another repository than the
 * verified one (kustomize `newName`, the value at `repositoryKey`, the name part of a full
 * reference); a repository the file spells differently but that is the same is kept.
 *
 * Never invalid, never surprising: every edit is verified by its format's editor (the whole
 * file parsed again, only the written values changed), and the result is read back like any
 * overlay: each image must then run exactly what was planned.
 */
import type { ImageConfig, OverlayConfig } from '../config/types.js';
import { UserError } from '../errors.js';
import { digestProblem, parseRepositoryName, ReferenceError, tagProblem } from '../reference.js';
import { ByteText } from './byte-text.js';
import type { KeySet } from './data-path.js';
import { openDocument, type KeyPathDocument } from './documents.js';
import { formatKeyPath, hasSelector, type KeyPath } from './key-path.js';
import { imageKeys, readKeyPathImage, siblingDigest, type ImageKeys } from './key-path-image.js';
import {
  kustomizeEdits,
  kustomizeImages,
  type FieldChange,
  type KustomizeImage,
} from './kustomize.js';
import { readOverlayText } from './state.js';
import type {
  ImageUpdate,
  ImageValue,
  OverlayChange,
  OverlayEdit,
  OverlayImageState,
  OverlayState,
  PlanOptions,
  ResolvedOverlayFormat,
  ValueShape,
} from './types.js';
import { mutableTagRefusal } from '../tags/policy.js';
import {
  newKeyShape,
  readShape,
  renderReference,
  sameRepository,
  splitReference,
} from './value-shape.js';
import { editYaml, parseYaml, type YamlEdit } from './yaml-edit.js';

/** `ghcr.io/acme/api:sha-1a2b3c4@sha256:…`, or just the tag when the repository is not set. */
export function formatImageValue(value: ImageValue): string {
  let out = value.repository ?? '';
  if (value.tag !== undefined) out += (out ? ':' : '') + value.tag;
  if (value.digest !== undefined) out += `@${value.digest}`;
  return out === '' ? '(none)' : out;
}

function what(update: ImageUpdate, overlay: { path: string }): string {
  return `cannot write image ${update.image.name} into ${overlay.path}`;
}

function validate(update: ImageUpdate, overlay: OverlayConfig): void {
  const at = what(update, overlay);
  if (update.tag === undefined && update.digest === undefined) {
    throw new Error(`internal error: an update of ${update.image.name} without tag or digest`);
  }
  if (update.tag !== undefined) {
    const tagIssue = tagProblem(update.tag);
    if (tagIssue) throw new UserError(`${at}: tag "${update.tag}" is not valid: ${tagIssue}`);
  }
  if (update.digest !== undefined) {
    const digestIssue = digestProblem(update.digest);
    if (digestIssue)
      throw new UserError(`${at}: digest "${update.digest}" is not valid: ${digestIssue}`);
  }
  try {
    parseRepositoryName(update.repository);
  } catch (err) {
    if (err instanceof ReferenceError) {
      throw new UserError(`${at}: repository "${update.repository}" is not valid: ${err.reason}`);
    }
    throw err;
  }
}

/** The repository as written into a file: Docker's short form of the verified name. */
function spelled(repository: string): string {
  return parseRepositoryName(repository).familiar;
}

/** Whether the digest goes next to the tag (pin-digest, or a tag that moves). */
function pinned(
  update: ImageUpdate,
  shape: ValueShape,
  options: PlanOptions,
  overlay: OverlayConfig,
): boolean {
  if (shape === 'digest' || update.tag === undefined) return false;
  if (update.pin && update.digest !== undefined) return true;
  const tag = update.tag;
  const mutable = !options.isImmutable(tag);
  if (!options.pinDigest && !mutable) return false;
  if (update.digest === undefined) {
    throw new UserError(
      options.pinDigest && !mutable
        ? `${what(update, overlay)}: pin-digest is on but the digest of ${tag} is not known`
        : `${what(update, overlay)}: ${mutableTagRefusal(`"${tag}" is not an immutable tag`, 'its digest is not known here; deploy an immutable tag (a commit tag like sha-1a2b3c4, or a release)')}`,
    );
  }
  return true;
}

/** Whether an existing digest is stale once `tag`/`digest` are written (see the module comment). */
function staleDigest(current: ImageValue, update: ImageUpdate): boolean {
  if (current.digest === undefined) return false;
  if (current.tag !== update.tag) return true;
  return update.digest !== undefined && update.digest !== current.digest;
}

function someOf(names: readonly string[], limit = 12): string {
  if (names.length === 0) return 'nothing';
  const shown = names.slice(0, limit).join(', ');
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}

// ---------------------------------------------------------------------------------------
// kustomize

interface Planned {
  after: ByteText;
  /** What each updated image must read as afterwards. */
  expected: Map<string, ImageValue>;
}

function planKustomize(
  state: OverlayState,
  source: ByteText,
  current: ReadonlyMap<string, OverlayImageState>,
  updates: readonly ImageUpdate[],
  options: PlanOptions,
): Planned {
  const { overlay } = state;
  const y = parseYaml(source.text, overlay.path);
  const entries = kustomizeImages(y);
  const edits: YamlEdit[] = [];
  const expected = new Map<string, ImageValue>();
  for (const u of updates) {
    const entry: KustomizeImage | undefined = entries.find((e) => e.name === u.image.name);
    if (!entry && !options.createMissing) {
      throw new UserError(
        `image ${u.image.name} is not in ${overlay.path}: its images: list names ${someOf(entries.map((e) => e.name))} — fix the image name, add an entry for it, or set create-missing: true to have one added`,
      );
    }
    if (u.image.value === 'reference') {
      throw new UserError(
        `${what(u, overlay)}: the image has value: reference, but a kustomization's images: entries hold newName, newTag and digest — use value: auto (or tag, or digest) for this image`,
      );
    }
    const was = current.get(u.image.name)?.value ?? {};
    let shape: ValueShape =
      u.image.value === 'auto' ? (current.get(u.image.name)?.shape ?? 'tag') : u.image.value;
    // Only the digest is known: an entry with just `digest:` runs exactly that image.
    if (shape === 'tag' && u.tag === undefined) shape = 'digest';
    const pin = pinned(u, shape, options, overlay);
    const keepName = sameRepository(
      entry ? (entry.newName ?? entry.name) : u.image.name,
      u.repository,
    );
    // Back to the entry's own name: kustomize reads that as the image, so newName goes.
    const backToName = !keepName && entry !== undefined && sameRepository(entry.name, u.repository);
    const newName: FieldChange = keepName
      ? 'keep'
      : backToName
        ? 'remove'
        : { set: spelled(u.repository) };
    const after: ImageValue = {};
    const repository = keepName ? was.repository : backToName ? undefined : spelled(u.repository);
    if (repository !== undefined) after.repository = repository;
    if (shape === 'digest') {
      if (u.digest === undefined) {
        throw new UserError(
          `${what(u, overlay)}: its entry holds a digest only, and the digest of ${u.tag ?? '?'} is not known`,
        );
      }
      edits.push(
        ...kustomizeEdits(y, u.image.name, {
          newName,
          newTag: 'remove',
          digest: { set: u.digest },
        }),
      );
      after.digest = u.digest;
    } else {
      const tag = u.tag as string;
      let digest: FieldChange = 'keep';
      if (pin) digest = { set: u.digest as string };
      else if (staleDigest(was, u)) digest = 'remove';
      edits.push(...kustomizeEdits(y, u.image.name, { newName, newTag: { set: tag }, digest }));
      after.tag = tag;
      if (pin) after.digest = u.digest;
      else if (digest === 'keep' && was.digest !== undefined) after.digest = was.digest;
    }
    expected.set(u.image.name, after);
  }
  const after = edits.length === 0 ? source : editYaml(source, overlay.path, edits);
  return { after, expected };
}

// ---------------------------------------------------------------------------------------
// Key paths (YAML, JSON, tfvars)

function notNamed(doc: KeyPathDocument, u: ImageUpdate, key: string): UserError {
  const keys = doc.keys();
  const likely = keys.filter((k) => /image|tag|digest|uri|repositor/i.test(k));
  const shown = likely.length > 0 ? likely : keys;
  return new UserError(
    `${doc.file} has no "${key}" for image ${u.image.name} (its ${likely.length > 0 ? 'image-like keys' : 'keys'}: ${someOf(shown)}) — fix key, add the key to the file, or set create-missing: true to have it added`,
  );
}

/** Refuses a new `digest` key where it would not be read as the image's digest. */
function checkDigestPlace(
  doc: KeyPathDocument,
  u: ImageUpdate,
  key: KeyPath,
  digestKey: KeyPath,
): void {
  if (doc.has(digestKey)) return;
  const why =
    key.length === 1
      ? `"${formatKeyPath(key)}" is at the top level, where a "digest" key would be a setting of its own`
      : hasSelector(key)
        ? `"${formatKeyPath(key)}" is a field of a list element (a manifest), where a "digest" field is not read`
        : undefined;
  if (why === undefined) return;
  throw new UserError(
    `${what(u, { path: doc.file })}: the digest must be written (pin-digest, or a tag that moves) but there is no place for it: ${why} — set value: reference to write repository:tag@digest in one value, or add a "${formatKeyPath(digestKey)}" key`,
  );
}

/**
 * Refuses a shape that would not read back as written at `key`: a bare tag at a key named
 * `image` reads as an image name, and a tag at a key named `digest` is where its own digest
 * would be read from.
 */
function checkShapeAt(u: ImageUpdate, overlay: OverlayConfig, keys: ImageKeys, shape: ValueShape) {
  if (shape !== 'tag') return;
  const key = formatKeyPath(keys.value);
  if (readShape('tag', keys.value) === 'reference') {
    throw new UserError(
      `${what(u, overlay)}: "${key}" is a key named image, where a bare word is read as an image name (image: nginx), so a tag alone cannot be written there — set value: reference (or auto) for this image to write repository:tag, or point key at a tag key`,
    );
  }
  if (formatKeyPath(keys.digest) === key) {
    throw new UserError(
      `${what(u, overlay)}: "${key}" is a key named digest, where the digest next to a tag is read from, so a tag cannot be written there — set value: digest (or auto) for this image, or point key at the tag key`,
    );
  }
}

function planKeyPaths(
  state: OverlayState,
  source: ByteText,
  format: Exclude<ResolvedOverlayFormat, 'kustomize'>,
  updates: readonly ImageUpdate[],
  options: PlanOptions,
): Planned {
  const { overlay } = state;
  const doc = openDocument(format, source, overlay.path);
  const sets: KeySet[] = [];
  const byPath = new Map<string, { value: string; image: string }>();
  const expected = new Map<string, ImageValue>();
  const write = (u: ImageUpdate, path: KeyPath, value: string): void => {
    const key = formatKeyPath(path);
    const other = byPath.get(key);
    if (other && other.value !== value && other.image === u.image.name) {
      throw new UserError(
        `${what(u, overlay)}: it would write both "${other.value}" and "${value}" to "${key}" — its key, repository-key and the digest key next to a tag must be different keys`,
      );
    }
    if (other && other.value !== value) {
      throw new UserError(
        `images ${other.image} and ${u.image.name} share "${key}" in ${overlay.path} but would write different values there ("${other.value}", "${value}") — give each image its own key, or deploy them together with the same tag`,
      );
    }
    if (!other) {
      byPath.set(key, { value, image: u.image.name });
      sets.push({ path, value });
    }
  };
  for (const u of updates) {
    const { key, repositoryKey } = u.image;
    if (key === undefined) {
      throw new UserError(
        `${what(u, overlay)}: it is a ${format} file and the image has no key (e.g. key: image.tag)`,
      );
    }
    const keys = imageKeys(key, repositoryKey);
    const current = readKeyPathImage(doc, u.image, []);
    if (!current.found && !doc.has(keys.value) && !options.createMissing) {
      throw notNamed(doc, u, key);
    }
    const shape: ValueShape =
      u.image.value === 'auto' ? (current.shape ?? newKeyShape(keys.value)) : u.image.value;
    checkShapeAt(u, overlay, keys, shape);
    const pin = pinned(u, shape, options, overlay);
    const after: ImageValue = {};
    if (shape === 'reference') {
      const was = current.shape === 'reference' ? current.value.repository : undefined;
      const repository =
        was !== undefined && sameRepository(was, u.repository) ? was : spelled(u.repository);
      const digest = pin || u.tag === undefined ? u.digest : undefined;
      const value = renderReference(repository, u.tag, digest);
      write(u, keys.value, value);
      expected.set(u.image.name, splitReference(value) ?? {});
      continue;
    }
    if (keys.repository) {
      const was = doc.value(keys.repository)?.text;
      if (sameRepository(was, u.repository)) {
        if (was !== undefined) after.repository = was;
      } else {
        after.repository = spelled(u.repository);
        write(u, keys.repository, after.repository);
      }
    }
    if (shape === 'digest') {
      if (u.digest === undefined) {
        throw new UserError(
          `${what(u, overlay)}: "${key}" holds a digest, and the digest of ${u.tag ?? '?'} is not known`,
        );
      }
      write(u, keys.value, u.digest);
      after.digest = u.digest;
    } else {
      if (u.tag === undefined) {
        throw new UserError(
          `${what(u, overlay)}: only its digest is known, and "${key}" holds a tag — set value: digest or value: reference for this image`,
        );
      }
      write(u, keys.value, u.tag);
      after.tag = u.tag;
      const wasDigest = siblingDigest(doc, keys);
      const was: ImageValue = {
        ...(current.found ? { tag: current.value.tag } : {}),
        ...(wasDigest ? { digest: wasDigest } : {}),
      };
      if (pin) {
        checkDigestPlace(doc, u, keys.value, keys.digest);
        write(u, keys.digest, u.digest as string);
        after.digest = u.digest;
      } else if (staleDigest(was, u)) {
        // Emptied rather than removed: chart templates and schemas may expect the key.
        write(u, keys.digest, '');
      } else if (was.digest !== undefined) {
        after.digest = was.digest;
      }
    }
    expected.set(u.image.name, after);
  }
  const after = sets.length === 0 ? source : doc.edit(sets);
  return { after, expected };
}

// ---------------------------------------------------------------------------------------

function sameValue(a: ImageValue | undefined, b: ImageValue | undefined): boolean {
  return a?.repository === b?.repository && a?.tag === b?.tag && a?.digest === b?.digest;
}

/**
 * Plans writing `updates` into the overlay `state` was read from. Pure: works on
 * `state.bytes`; throws a UserError (nothing planned) when the result would be invalid or
 * would not run exactly the given images.
 */
export function planOverlayEdit(
  state: OverlayState,
  updates: readonly ImageUpdate[],
  options: PlanOptions,
): OverlayEdit {
  const { overlay, format } = state;
  const names = new Set<string>();
  for (const u of updates) {
    if (names.has(u.image.name)) {
      throw new Error(`internal error: image ${u.image.name} updated twice in ${overlay.path}`);
    }
    names.add(u.image.name);
    validate(u, overlay);
  }
  const resolved: OverlayConfig = { ...overlay, format };
  const images: ImageConfig[] = updates.map((u) => u.image);
  const source = ByteText.fromBytes(state.bytes);
  const before = readOverlayText(state.bytes, resolved, images).images;
  // Each format's editor has checked its edits (the file parsed again, only the written
  // values changed) and bytes() the new bytes (the old ones outside the written values);
  // what is left to check is that every image reads as planned.
  const planned =
    format === 'kustomize'
      ? planKustomize(state, source, before, updates, options)
      : planKeyPaths(state, source, format, updates, options);
  const after = planned.after.bytes(overlay.path);
  const changed = !after.equals(state.bytes);
  const now = changed ? readOverlayText(after, resolved, images).images : before;
  const changes: OverlayChange[] = [];
  for (const u of updates) {
    const was = before.get(u.image.name);
    const is = now.get(u.image.name);
    const want = planned.expected.get(u.image.name);
    if (!is?.found || !want || !sameValue(is.value, want)) {
      throw new UserError(
        `refusing to write ${overlay.path}: image ${u.image.name} would read as ${is?.found ? formatImageValue(is.value) : 'missing'} instead of ${want ? formatImageValue(want) : '?'}; the file was not changed (please report this)`,
      );
    }
    const from = was?.found ? was.value : undefined;
    if (sameValue(from, is.value)) continue;
    changes.push({
      image: u.image.name,
      ...(from ? { from: formatImageValue(from), before: from } : {}),
      to: formatImageValue(is.value),
      after: is.value,
    });
  }
  return { overlay, format, before: state.bytes, after, changed, changes };
}
