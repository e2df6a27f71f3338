/** Writing verified refs into overlays, and committing them. */
import type { ImageConfig } from '../config/types.js';
import { UserError } from '../errors.js';
import { renderCommitMessage } from '../overlay/commit-message.js';
import { commitOverlays } from '../overlay/commit.js';
import { planOverlayEdit, writeOverlayEdits } from '../overlay/overlay-files.js';
import type { ImageUpdate, OverlayChange, OverlayEdit, OverlayState } from '../overlay/types.js';
import { isMutableTag, mutableTags } from '../plan.js';
import { tryParseReference } from '../reference.js';
import type { EngineDeps, Settled } from './context.js';
import type { RunResult } from './types.js';

/**
 * Writes every verified ref into the overlays that already run the image (the first
 * overlay when none does). All edits are planned before any file is written.
 */
export async function applyOverlays(
  settled: Settled[],
  states: OverlayState[],
  deps: EngineDeps,
  result: RunResult,
): Promise<void> {
  const { config } = deps;
  if (config.commit !== 'none' && deps.trigger.pullRequest) {
    // It would push the overlay onto the PR's branch (or, for a fork, a branch of that name here).
    throw new UserError(
      'commit: true does not apply to pull request events; use write-overlay to render a preview',
    );
  }
  const updates = overlayUpdates(settled, deps);
  if (updates.length === 0) return;
  const mutable = mutableTags(config, deps.trigger, deps.now);
  const planEdits = async (): Promise<OverlayEdit[]> => {
    const edits: OverlayEdit[] = [];
    for (const [i, state] of states.entries()) {
      const mine = updates
        .filter((u) => {
          const holders = states.filter((s) => s.images.get(u.image.name)?.found);
          return holders.length === 0 ? i === 0 : holders.includes(state);
        })
        .map((u) =>
          needsNewName(state, u.image) ? { ...u, newName: u.image.repository.familiar } : u,
        );
      if (mine.length > 0)
        edits.push(
          await planOverlayEdit(state.overlay, mine, {
            pinDigest: config.pinDigest,
            mutableTags: mutable,
          }),
        );
    }
    return edits.filter((e) => e.changed);
  };
  const edits = await planEdits();
  result.overlayChanged = edits.length > 0;
  result.overlayFiles = edits.map((e) => e.overlay.path);
  if (config.dryRun || edits.length === 0) return;
  await writeOverlayEdits(edits);
  if (config.commit === 'none') return;
  const message = renderCommitMessage(config.commitMessage, {
    ...(config.environment ? { environment: config.environment } : {}),
    sha: deps.trigger.head,
    changes: edits.flatMap((e) => e.changes.map(messageChange)),
  });
  // Tag and release checkouts are detached: their overlay change goes to the default branch.
  const branch =
    deps.trigger.kind === 'tag' || deps.trigger.kind === 'release'
      ? (deps.trigger.defaultBranch ?? 'main')
      : deps.trigger.branch;
  const committed = await commitOverlays(deps.git, {
    files: edits.map((e) => e.overlay.path),
    message,
    push: true,
    ...(branch ? { branch } : {}),
    logger: deps.logger,
    reapply: async () => {
      await writeOverlayEdits(await planEdits());
    },
  });
  if (committed.committed || committed.pushed) result.commitSha = committed.sha;
}

/** Tags alone read best in a commit subject; the full values only when the repository moved. */
export function messageChange(c: OverlayChange): { image: string; from?: string; to: string } {
  const sameRepository = (c.before?.newName ?? '') === (c.after.newName ?? '');
  const from = sameRepository ? (c.before?.tag ?? c.before?.digest) : c.from;
  const to = sameRepository ? (c.after.tag ?? c.after.digest ?? c.to) : c.to;
  return { image: c.image, to, ...(from ? { from } : {}) };
}

/**
 * Whether the overlay must also say which repository to pull from: when its entry is new
 * or names another repository than the one the tag was verified in (e.g. after a copy).
 */
export function needsNewName(state: OverlayState, image: ImageConfig): boolean {
  const value = state.images.get(image.name);
  const current = value?.newName ?? (state.format === 'kustomize' ? image.name : undefined);
  if (current === undefined) return image.repositoryKey !== undefined;
  const parsed = tryParseReference(current);
  return !parsed.ok || parsed.ref.name !== image.repository.name;
}

export function overlayUpdates(settled: Settled[], deps: EngineDeps): ImageUpdate[] {
  const updates: ImageUpdate[] = [];
  for (const s of settled) {
    const r = s.result;
    if (!s.write || r.status !== 'verified' || !r.tag) continue;
    // Guarantee 1, second half: a tag that moves never goes into an overlay.
    if (isMutableTag(r.tag, deps.config, deps.trigger, deps.now)) {
      throw new Error(`refusing to write the mutable tag ${r.tag} of ${r.name} into an overlay`);
    }
    updates.push({ image: s.image, tag: r.tag, ...(r.digest ? { digest: r.digest } : {}) });
  }
  return updates;
}
