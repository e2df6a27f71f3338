import type { ImageConfig } from '../../src/config/types.js';
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
