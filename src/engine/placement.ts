/**
 * Where the overlays are for this run: in the workspace (the checkout, or a second checkout
 * inside it), or in `overlay-repository`, cloned for the run. Resolves the overlay files,
 * says which directory writes must stay inside, and which git repository holds a file.
 */
import { realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Config, OverlayConfig } from '../config/types.js';
import type { Trigger } from '../event/trigger.js';
import { Git } from '../git.js';
import type { ClonedRepository, RepositoryGroup, WriteBackMode } from '../gitops/index.js';
import type { EngineDeps } from './context.js';
import { writesOverlays } from './decide.js';

export interface Placement {
  overlays: OverlayConfig[];
  fromOverlay?: OverlayConfig;
  /** Writes must stay inside this directory (real path). */
  root: string;
  /** The clone of overlay-repository, when the overlays live there. */
  clone?: ClonedRepository;
  /**
   * Where the overlay change will be committed, located and checked before anything is
   * built or written (a file outside git, a push without a remote fail here): one group per
   * repository that holds target overlays. Absent when the run commits nothing.
   */
  writeBack?: { mode: WriteBackMode; groups: RepositoryGroup[] };
  /** The git repository that holds `file` (with credentials, for a clone). */
  gitFor(file: string): Promise<Git>;
  cleanup(): Promise<void>;
}

/** How the change is written back, or undefined when the run commits nothing. */
export function writeBackMode(config: Config): WriteBackMode | undefined {
  if (!writesOverlays(config) || config.dryRun) return undefined;
  switch (config.commit) {
    case 'none':
      return undefined;
    case 'local':
      return 'commit';
    case 'push':
      return 'push';
    case 'pull-request':
      return 'pull-request';
  }
}

/** The branch a detached checkout commits to: tag and release checkouts go to the default branch. */
export function detachedBranch(trigger: Trigger): string | undefined {
  return trigger.kind === 'tag' || trigger.kind === 'release'
    ? (trigger.defaultBranch ?? 'main')
    : trigger.branch;
}

export async function placeOverlays(deps: EngineDeps): Promise<Placement> {
  const { config, logger } = deps;
  const mode = writeBackMode(config);
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
      ...(remote.allowLocal ? { allowLocalRepository: true } : {}),
    });
    const at = (o: OverlayConfig): OverlayConfig => ({ ...o, file: join(clone.root, o.path) });
    return {
      overlays: config.overlays.map(at),
      ...(config.fromOverlay ? { fromOverlay: at(config.fromOverlay) } : {}),
      root: clone.root,
      clone,
      ...(mode
        ? {
            writeBack: {
              mode,
              groups: [{ repository: clone, files: config.overlays.map((o) => at(o).file) }],
            },
          }
        : {}),
      gitFor: () => Promise.resolve(clone.git),
      cleanup: () => clone.cleanup(),
    };
  }
  const root = await realpath(config.workspace);
  let writeBack: Placement['writeBack'];
  if (mode) {
    const { writeBackTargets } = await import('../gitops/write-back.js');
    const branch = detachedBranch(deps.trigger);
    const groups = await writeBackTargets(
      config.overlays.map((o) => o.file),
      mode,
      {
        cwd: config.workspace,
        workspace: config.workspace,
        logger,
        ...(branch ? { branch } : {}),
      },
    );
    writeBack = { mode, groups };
  }
  // One Git per repository, so its fetches queue behind each other (Git.exclusive).
  const byTop = new Map<string, Git>([[await realpath(deps.git.cwd), deps.git]]);
  const byDir = new Map<string, Promise<Git>>();
  return {
    overlays: config.overlays,
    ...(config.fromOverlay ? { fromOverlay: config.fromOverlay } : {}),
    root,
    ...(writeBack ? { writeBack } : {}),
    gitFor: (file) => {
      // A second checkout inside the workspace has its own history. Each directory is asked
      // once per run (the records and the summary's picture ask for the same files).
      const dir = dirname(file);
      let found = byDir.get(dir);
      if (!found) {
        found = (async () => {
          const shown = await new Git(dir, logger).topLevel();
          const top = await realpath(shown);
          let git = byTop.get(top);
          if (!git) byTop.set(top, (git = new Git(top, logger)));
          git.rememberTopLevel(shown);
          return git;
        })();
        byDir.set(dir, found);
        found.catch(() => byDir.delete(dir));
      }
      return found;
    },
    cleanup: () => Promise.resolve(),
  };
}
