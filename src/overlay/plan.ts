/**
 * Planning an overlay write: validate what is to be written, compute the new bytes, say what
 * changes. Pure — nothing touches the disk until writeOverlayEdits.
 *
 * The digest rule: with pin-digest the digest is written next to the tag. Without it, a
 * digest already in the file is removed when the tag changes (or no longer matches the
 * image's digest): kustomize renders `name:tag@digest` — and older kustomize drops the tag
 * when a digest is set — so the runtime would keep pulling the old image by its digest.
 */
import type { OverlayConfig } from '../config/types.js';
import { UserError } from '../errors.js';
import { digestProblem, parseRepositoryName, ReferenceError, tagProblem } from '../reference.js';
import { formatKeyPath } from './key-path.js';
import { imageKeys, keyPathEdits, readKeyPathImage } from './key-path-image.js';
import { findKustomizeImage, kustomizeEdits, type FieldChange } from './kustomize.js';
import { overlayState, resolveFormat } from './state.js';
import type {
  ImageUpdate,
  ImageValue,
  OverlayChange,
  OverlayEdit,
  OverlayImageState,
  PlanOptions,
} from './types.js';
import { editYaml, parseYaml, type YamlEdit, type YamlFile } from './yaml-edit.js';

/** Tags that move; an overlay must name what runs, so these are never written. */
export const ALWAYS_MUTABLE_TAGS: readonly string[] = ['latest'];

/** `ghcr.io/acme/api:sha-1a2b3c4@sha256:…`, or just the tag when the repository is not set. */
export function formatImageValue(value: ImageValue): string {
  let out = value.newName ?? '';
  if (value.tag !== undefined) out += (out ? ':' : '') + value.tag;
  if (value.digest !== undefined) out += `@${value.digest}`;
  return out === '' ? '(none)' : out;
}

function validate(update: ImageUpdate, overlay: OverlayConfig, options: PlanOptions): void {
  const what = `cannot write image ${update.image.name} into ${overlay.path}`;
  const tagIssue = tagProblem(update.tag);
  if (tagIssue) throw new UserError(`${what}: tag "${update.tag}" is not valid: ${tagIssue}`);
  const mutable = [...ALWAYS_MUTABLE_TAGS, ...(options.mutableTags ?? [])];
  if (mutable.includes(update.tag)) {
    throw new UserError(
      `${what}: "${update.tag}" is a mutable tag; overlays name immutable tags (a commit tag like sha-1a2b3c4, or a release) — write one of those`,
    );
  }
  if (update.digest !== undefined) {
    const digestIssue = digestProblem(update.digest);
    if (digestIssue)
      throw new UserError(`${what}: digest "${update.digest}" is not valid: ${digestIssue}`);
  } else if (options.pinDigest) {
    throw new UserError(`${what}: pin-digest is on but the digest of ${update.tag} is not known`);
  }
  if (update.newName !== undefined) {
    try {
      parseRepositoryName(update.newName);
    } catch (err) {
      if (err instanceof ReferenceError) {
        throw new UserError(`${what}: repository "${update.newName}" is not valid: ${err.reason}`);
      }
      throw err;
    }
  }
}

function valueOf(state: OverlayImageState | undefined): ImageValue | undefined {
  if (!state?.found) return undefined;
  const value: ImageValue = {};
  if (state.newName !== undefined) value.newName = state.newName;
  if (state.tag !== undefined) value.tag = state.tag;
  if (state.digest !== undefined) value.digest = state.digest;
  return value;
}

function sameValue(a: ImageValue | undefined, b: ImageValue | undefined): boolean {
  return a?.newName === b?.newName && a?.tag === b?.tag && a?.digest === b?.digest;
}

/** Whether an existing digest is stale once `update` is written (see the module comment). */
function staleDigest(current: ImageValue, update: ImageUpdate): boolean {
  if (current.digest === undefined) return false;
  if (current.tag !== update.tag) return true;
  return update.digest !== undefined && update.digest !== current.digest;
}

function kustomizeUpdateEdits(y: YamlFile, update: ImageUpdate, options: PlanOptions): YamlEdit[] {
  const entry = findKustomizeImage(y, update.image.name);
  let digest: FieldChange = 'keep';
  if (options.pinDigest && update.digest !== undefined) digest = { set: update.digest };
  else if (entry && staleDigest({ tag: entry.newTag, digest: entry.digest }, update))
    digest = 'remove';
  return kustomizeEdits(y, update.image.name, {
    newName: update.newName === undefined ? 'keep' : { set: update.newName },
    newTag: { set: update.tag },
    digest,
  });
}

function keyPathUpdateEdits(
  y: YamlFile,
  overlay: OverlayConfig,
  update: ImageUpdate,
  options: PlanOptions,
): YamlEdit[] {
  const { key, repositoryKey, name } = update.image;
  if (key === undefined) {
    throw new UserError(
      `cannot write image ${name} into ${overlay.path}: it is a values file and the image has no helm-key (e.g. api.image.tag)`,
    );
  }
  const keys = imageKeys(key, repositoryKey);
  const current = readKeyPathImage(y, keys);
  let digest: { set: string } | 'clear' | undefined;
  if (options.pinDigest && update.digest !== undefined) digest = { set: update.digest };
  else if (staleDigest(current, update)) digest = 'clear';
  return keyPathEdits(y, keys, {
    tag: update.tag,
    ...(update.newName === undefined ? {} : { newName: update.newName }),
    ...(digest === undefined ? {} : { digest }),
  });
}

function checkDistinct(updates: readonly ImageUpdate[], overlay: OverlayConfig): void {
  const names = new Set<string>();
  const tagKeys = new Map<string, ImageUpdate>();
  for (const u of updates) {
    if (names.has(u.image.name)) {
      throw new Error(`internal error: image ${u.image.name} updated twice in ${overlay.path}`);
    }
    names.add(u.image.name);
    if (u.image.key === undefined) continue;
    const key = formatKeyPath(imageKeys(u.image.key).tag);
    const other = tagKeys.get(key);
    if (other && other.tag !== u.tag) {
      throw new UserError(
        `images ${other.image.name} and ${u.image.name} share helm-key ${key} in ${overlay.path} but would get different tags (${other.tag}, ${u.tag})`,
      );
    }
    tagKeys.set(key, u);
  }
}

/** Plans writing `updates` into an overlay whose current content is `text`. */
export function planOverlayText(
  text: string,
  overlay: OverlayConfig,
  updates: readonly ImageUpdate[],
  options: PlanOptions,
): OverlayEdit {
  for (const u of updates) validate(u, overlay, options);
  checkDistinct(updates, overlay);
  const y = parseYaml(text, overlay.path);
  const images = updates.map((u) => u.image);
  const format = resolveFormat(y, overlay, images);
  const edits = updates.flatMap((u) =>
    format === 'kustomize'
      ? kustomizeUpdateEdits(y, u, options)
      : keyPathUpdateEdits(y, overlay, u, options),
  );
  const after = edits.length === 0 ? text : editYaml(text, overlay.path, edits);
  const resolved = { ...overlay, format };
  const before = overlayState(y, resolved, images).images;
  const now = overlayState(parseYaml(after, overlay.path), resolved, images).images;
  const changes: OverlayChange[] = [];
  for (const u of updates) {
    const from = valueOf(before.get(u.image.name));
    const to = valueOf(now.get(u.image.name)) ?? {};
    if (sameValue(from, to)) continue;
    changes.push({
      image: u.image.name,
      ...(from ? { from: formatImageValue(from), before: from } : {}),
      to: formatImageValue(to),
      after: to,
    });
  }
  return { overlay, format, before: text, after, changed: after !== text, changes };
}
