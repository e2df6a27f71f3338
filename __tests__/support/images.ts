import type { ImageConfig, OverlayConfig } from '../../src/config/types.js';
import {
  planOverlayEdit,
  readOverlay,
  writeOverlayEdits,
} from '../../src/overlay/overlay-files.js';
import { parseReference } from '../../src/reference.js';

/** An ImageConfig for overlay tests: `ghcr.io/acme/<name>`, root context, no build inputs. */
export function overlayImage(name: string, extra: Partial<ImageConfig> = {}): ImageConfig {
  return {
    name,
    repository: parseReference(`ghcr.io/acme/${name}`),
    context: '.',
    dockerfile: 'Dockerfile',
    paths: [],
    buildArgs: {},
    platforms: [],
    value: 'auto',
    ...extra,
  };
}

/** Test shortcut: writes `tag` for `image` into `overlay` the way the engine does. */
export async function writeOverlayTag(
  overlay: OverlayConfig,
  image: ImageConfig,
  tag: string,
  root: string,
): Promise<void> {
  const state = await readOverlay(overlay, [image]);
  const edit = planOverlayEdit(state, [{ image, repository: image.repository.name, tag }], {
    pinDigest: false,
    createMissing: false,
    isImmutable: () => true,
  });
  await writeOverlayEdits([edit], { root });
}
