/**
 * Where the overlays are for this run: in the workspace (the checkout, or a second checkout
 * inside it), or in `overlay-repository`, cloned for the run. Resolves the overlay files,
 * says which directory writes must stay inside, and which git repository holds a file.
 */
import { realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { OverlayConfig } from '../config/types.js';
import { Git } from '../git.js';
import type { ClonedRepository } from '../gitops/index.js';
import type { EngineDeps } from './context.js';

export interface Placement {
  overlays: OverlayConfig[];
  fromOverlay?: OverlayConfig;
  /** Writes must stay inside this directory (real path). */
  root: string;
  /** The clone of overlay-repository, when the overlays live there. */
  clone?: ClonedRepository;
  /** The git repository that holds `file` (with credentials, for a clone). */
  gitFor(file: string): Promise<Git>;
  cleanup(): Promise<void>;
}

export async function placeOverlays(deps: EngineDeps): Promise<Placement> {
  const { config, logger } = deps;
  const remote = config.overlayRepository;
  if (remote && (config.overlays.length > 0 || config.fromOverlay)) {
    const paths = [...config.overlays, ...(config.fromOverlay ? [config.fromOverlay] : [])].map(
      (o) => o.path,
    );
    const { cloneOverlayRepository } = await import('../gitops/clone.js');
    const clone = await cloneOverlayRepository(remote, paths, {
      logger,
      env: deps.env,
      ...(config.githubToken ? { githubToken: config.githubToken } : {}),
    });
    const at = (o: OverlayConfig): OverlayConfig => ({ ...o, file: join(clone.root, o.path) });
    return {
      overlays: config.overlays.map(at),
      ...(config.fromOverlay ? { fromOverlay: at(config.fromOverlay) } : {}),
      root: clone.root,
      clone,
      gitFor: () => Promise.resolve(clone.git),
      cleanup: () => clone.cleanup(),
    };
  }
  const root = await realpath(config.workspace);
  // One Git per repository, so its fetches queue behind each other (Git.exclusive).
  const byTop = new Map<string, Git>([[await realpath(deps.git.cwd), deps.git]]);
  return {
    overlays: config.overlays,
    ...(config.fromOverlay ? { fromOverlay: config.fromOverlay } : {}),
    root,
    gitFor: async (file) => {
      // A second checkout inside the workspace has its own history.
      const probe = new Git(dirname(file), logger);
      const top = await realpath(await probe.topLevel());
      let git = byTop.get(top);
      if (!git) byTop.set(top, (git = new Git(top, logger)));
      return git;
    },
    cleanup: () => Promise.resolve(),
  };
}
