/** Writing verified refs into overlays, and committing them. */
import { UserError } from '../errors.js';
import { renderCommitMessage } from '../overlay/commit-message.js';
import { commitOverlays } from '../overlay/commit.js';
import { planOverlayEdit, readOverlay, writeOverlayEdits } from '../overlay/overlay-files.js';
import type { ImageUpdate, OverlayChange, OverlayEdit, OverlayState } from '../overlay/types.js';
import { isMutableTag, mutableTags } from '../plan.js';
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
  const options = {
    pinDigest: config.pinDigest,
    createMissing: config.createMissing,
    isImmutable: (tag: string) => !mutable.includes(tag),
  };
  const planEdits = (current: OverlayState[]): OverlayEdit[] => {
    const edits: OverlayEdit[] = [];
    for (const [i, state] of current.entries()) {
      const mine = updates.filter((u) => {
        const holders = current.filter((s) => s.images.get(u.image.name)?.found);
        return holders.length === 0 ? i === 0 : holders.includes(state);
      });
      if (mine.length > 0) edits.push(planOverlayEdit(state, mine, options));
    }
    return edits.filter((e) => e.changed);
  };
  const edits = planEdits(states);
  result.overlayChanged = edits.length > 0;
  result.overlayFiles = edits.map((e) => e.overlay.path);
  if (config.dryRun || edits.length === 0) return;
  const root = { root: config.workspace };
  await writeOverlayEdits(edits, root);
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
      const again: OverlayState[] = [];
      for (const s of states) again.push(await readOverlay(s.overlay, config.images));
      await writeOverlayEdits(planEdits(again), root);
    },
  });
  if (committed.committed || committed.pushed) result.commitSha = committed.sha;
}

/** Tags alone read best in a commit subject; the full values only when the repository moved. */
export function messageChange(c: OverlayChange): { image: string; from?: string; to: string } {
  const sameRepository = (c.before?.repository ?? '') === (c.after.repository ?? '');
  const from = sameRepository ? (c.before?.tag ?? c.before?.digest) : c.from;
  const to = sameRepository ? (c.after.tag ?? c.after.digest ?? c.to) : c.to;
  return { image: c.image, to, ...(from ? { from } : {}) };
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
    updates.push({
      image: s.image,
      repository: s.image.repository.name,
      tag: r.tag,
      ...(r.digest ? { digest: r.digest } : {}),
    });
  }
  return updates;
}
