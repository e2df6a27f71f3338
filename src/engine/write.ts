/**
 * Writing verified refs into the overlays, and committing them. Runs only when every image
 * is verified; all edits are planned (and re-parsed) before any file is written.
 */
import type { ImageConfig } from '../config/types.js';
import { renderCommitMessage } from '../overlay/commit-message.js';
import { commitOverlays } from '../overlay/commit.js';
import { planOverlayEdit, writeOverlayEdits } from '../overlay/overlay-files.js';
import type { ImageUpdate, OverlayChange, OverlayEdit, OverlayState } from '../overlay/types.js';
import { tryParseReference } from '../reference.js';
import type { EngineDeps } from './context.js';
import type { Outcome } from './execute.js';
import type { RepositoryCommit, RunFacts } from './types.js';

export interface WriteResult {
  files: string[];
  changed: boolean;
  commits: RepositoryCommit[];
}

/**
 * The overlay updates of verified images whose value changes — and, with pin-digest, of
 * images that keep their value but do not carry its verified digest yet.
 */
export function overlayUpdates(
  outcomes: readonly Outcome[],
  facts: RunFacts,
  pinDigest: boolean,
): ImageUpdate[] {
  const updates: ImageUpdate[] = [];
  for (const o of outcomes) {
    const d = o.decision;
    if (o.status !== 'verified' || !o.target) continue;
    if (d.kind === 'keep') {
      const value = facts.images.find((f) => f.image.name === d.image.name)?.deployed?.value;
      if (pinDigest && value?.tag && value.digest !== o.target.digest) {
        updates.push({ image: d.image, tag: value.tag, digest: o.target.digest });
      }
      continue;
    }
    if (d.kind !== 'tag' && d.kind !== 'build') continue;
    const digest = d.kind === 'tag' ? (d.write.digest ?? o.target.digest) : o.target.digest;
    updates.push({ image: d.image, tag: d.write.tag ?? o.target.tag, digest });
  }
  return updates;
}

/**
 * Whether the overlay must also say which repository to pull from: when its entry is new or
 * names another repository than the one the tag was verified in (e.g. after a copy).
 */
function needsNewName(state: OverlayState, image: ImageConfig): boolean {
  const value = state.images.get(image.name);
  const current = value?.newName ?? (state.format === 'kustomize' ? image.name : undefined);
  if (current === undefined) return image.repositoryKey !== undefined;
  const parsed = tryParseReference(current);
  return !parsed.ok || parsed.ref.name !== image.repository.name;
}

/** Tags alone read best in a commit subject; the full values only when the repository moved. */
export function messageChange(c: OverlayChange): { image: string; from?: string; to: string } {
  const sameRepository = (c.before?.newName ?? '') === (c.after.newName ?? '');
  const from = sameRepository ? (c.before?.tag ?? c.before?.digest) : c.from;
  const to = sameRepository ? (c.after.tag ?? c.after.digest ?? c.to) : c.to;
  return { image: c.image, to, ...(from ? { from } : {}) };
}

export async function writeOverlays(
  outcomes: readonly Outcome[],
  facts: RunFacts,
  deps: EngineDeps,
): Promise<WriteResult> {
  const { config } = deps;
  const states = facts.overlays;
  const updates = overlayUpdates(outcomes, facts, config.pinDigest);
  if (updates.length === 0) return { files: [], changed: false, commits: [] };
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
      if (mine.length > 0) {
        edits.push(
          await planOverlayEdit(state.overlay, mine, {
            pinDigest: config.pinDigest,
            mutableTags: [],
          }),
        );
      }
    }
    return edits.filter((e) => e.changed);
  };
  const edits = await planEdits();
  const files = edits.map((e) => e.overlay.path);
  if (config.dryRun || edits.length === 0) return { files, changed: edits.length > 0, commits: [] };
  await writeOverlayEdits(edits);
  if (config.commit === 'none') return { files, changed: true, commits: [] };
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
    files,
    message,
    push: true,
    ...(branch ? { branch } : {}),
    logger: deps.logger,
    reapply: async () => {
      await writeOverlayEdits(await planEdits());
    },
  });
  return {
    files,
    changed: true,
    commits: [
      {
        repository: '.',
        commit: committed.sha,
        committed: committed.committed,
        pushed: committed.pushed,
        ...(branch ? { branch } : {}),
      },
    ],
  };
}
