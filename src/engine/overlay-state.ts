/**
 * The engine's view of overlay state: read every overlay once, and what one says an image
 * runs. The write phase plans its edits from the same state (no second read).
 */
import type { ImageConfig, OverlayConfig } from '../config/types.js';
import { readOverlay } from '../overlay/overlay-files.js';
import type { OverlayState } from '../overlay/types.js';
import type { ImageValue } from '../overlay/types.js';

export function readOverlayStates(
  overlays: readonly OverlayConfig[],
  images: readonly ImageConfig[],
): Promise<OverlayState[]> {
  return Promise.all(overlays.map((o) => readOverlay(o, images)));
}

/** What `state` says `name` runs, or undefined when it does not name the image. */
export function overlayValue(state: OverlayState, name: string): ImageValue | undefined {
  const s = state.images.get(name);
  return s?.found ? s.value : undefined;
}

/** Where an image's value lives in `state` (images with the same slot share one value). */
export function overlaySlot(state: OverlayState, image: ImageConfig): string | undefined {
  const s = state.images.get(image.name);
  return s?.found ? s.slot : undefined;
}
