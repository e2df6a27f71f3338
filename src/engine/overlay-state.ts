/**
 * The engine's view of overlay state: read every overlay once, and what one says an image
 * runs. The write phase plans its edits from the same state (no second read). Each file is
 * read with the images as it sees them (imageFor: an image's per-file key and value).
 */
import { imageFor, requireImageFor } from '../config/images.js';
import type { ImageConfig, OverlayConfig } from '../config/types.js';
import { planOverlayEdit, readOverlay } from '../overlay/overlay-files.js';
import { readOverlayText } from '../overlay/state.js';
import type { ImageUpdate, OverlayState, PlanOptions } from '../overlay/types.js';

/**
 * The images as `path` sees them, and those with a key there (or no per-file key map): an
 * image whose key map does not name the file is not looked for in it by key.
 */
function imagesIn(images: readonly ImageConfig[], path: string) {
  const all = images.map((i) => imageFor(i, path));
  return { all, keyed: all.filter((i, n) => i.key !== undefined || !images[n]?.keyByFile) };
}

/** A kustomization names images without keys: there every image is looked for. */
function complete(state: OverlayState, all: readonly ImageConfig[], keyed: number): OverlayState {
  if (keyed === all.length) return state;
  if (state.format === 'kustomize') return readOverlayText(state.text, state.overlay, all);
  const images = new Map(state.images);
  for (const { name } of all)
    if (!images.has(name)) images.set(name, { name, found: false, value: {} });
  return { ...state, images };
}

/** What `text` (the overlay now or at some commit) says about `images`, per-file keys applied. */
export function readOverlayTextFor(
  text: string | Uint8Array,
  overlay: OverlayConfig,
  images: readonly ImageConfig[],
): OverlayState {
  const { all, keyed } = imagesIn(images, overlay.path);
  return complete(readOverlayText(text, overlay, keyed), all, keyed.length);
}

/** Reads one overlay file, per-file keys applied. */
export async function readOverlayFor(
  overlay: OverlayConfig,
  images: readonly ImageConfig[],
): Promise<OverlayState> {
  const { all, keyed } = imagesIn(images, overlay.path);
  return complete(await readOverlay(overlay, keyed), all, keyed.length);
}

export function readOverlayStates(
  overlays: readonly OverlayConfig[],
  images: readonly ImageConfig[],
): Promise<OverlayState[]> {
  return Promise.all(overlays.map((o) => readOverlayFor(o, images)));
}

/**
 * `updates` with each image as `state`'s file sees it, for planning the edit. A key-path file
 * the image's key map does not name cannot hold it: a UserError naming image, file and patterns.
 */
export function updatesFor(state: OverlayState, updates: readonly ImageUpdate[]): ImageUpdate[] {
  const path = state.overlay.path;
  return updates.map((u) => ({
    ...u,
    image: state.format === 'kustomize' ? imageFor(u.image, path) : requireImageFor(u.image, path),
  }));
}

/** Whether `image` can be written into `state` (kustomize, or a key for its file). */
export function canHold(state: OverlayState, image: ImageConfig): boolean {
  return state.format === 'kustomize' || imageFor(image, state.overlay.path).key !== undefined;
}

/**
 * Whether `old` (an overlay's text at the commit that deployed what runs) with `updates`
 * planned in as the write plans them gives `state`'s bytes: the file differs from it only in
 * the images' values. Throws when `old` is not plannable.
 */
export function onlyValuesChanged(
  state: OverlayState,
  old: string,
  images: readonly ImageConfig[],
  updates: readonly ImageUpdate[],
  options: PlanOptions,
): boolean {
  const before = readOverlayTextFor(old, state.overlay, images);
  return planOverlayEdit(before, updatesFor(before, updates), options).after.equals(state.bytes);
}
